package org.mandate.bench.load;

import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mandate.record.checkpoint.LogKeys;
import org.mandate.server.Server;
import org.mandate.server.account.Accounts;
import org.mandate.server.engine.Writer;
import org.mandate.store.Store;

/**
 * Votes over HTTP against a real server, open loop, up a ladder of rates: first the server as it is
 * (group commit, up to {@link Writer#BATCH} commands per transaction), then, in the same run, the same
 * server writing each vote in its own transaction with its own fsync, as a typical CRUD application
 * would. Or {@code --target healthz}: the generator against the server's cheapest endpoint, the
 * physical limit of this client and HTTP stack on this machine.
 *
 * <pre>java -Xmx4g -cp mandate-bench/target/benchmarks.jar org.mandate.bench.load.VoteLoad --db sqlite</pre>
 */
public final class VoteLoad {
    static final String HOST = "127.0.0.1";
    /** Issue 5: a vote is acknowledged, durable, within 50 ms at the 99th percentile. */
    static final double COMMAND_P99_MS = 50;

    private VoteLoad() {
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("db", "sqlite");
        defaults.put("target", "votes");
        defaults.put("mode", "both");
        defaults.put("rates", "1000,2000,3000,4000,5000,6000,7000,8000,10000,12000");
        defaults.put("baseline-rates", "100,200,300,400,500,600,800,1000,1250,1500,2000,2500,3000,4000");
        defaults.put("seconds", "20");
        defaults.put("runs", "3");
        defaults.put("warmup", "10");
        defaults.put("connections", "256");
        defaults.put("members", "2000");
        defaults.put("assemblies", "20");
        defaults.put("capacity", "yes");
        Args args = new Args(argv, defaults);
        PrintStream out = System.out;
        out.printf("VoteLoad %s; %d cores; load %s; %s%n", Arrays.toString(argv), Runtime.getRuntime().availableProcessors(),
                Ladder.loadAverage(), Runtime.version());
        for (String db : args.get("db").equals("both") ? List.of("sqlite", "postgresql") : List.of(args.get("db"))) {
            try (Database database = Database.start(db)) {
                if (args.get("target").equals("healthz")) {
                    healthz(database, args, out);
                } else {
                    votes(database, args, out);
                }
            }
        }
    }

    private static void votes(Database database, Args args, PrintStream out) throws Exception {
        String mode = args.get("mode");
        Map<String, Double> best = new LinkedHashMap<>();
        if (!mode.equals("single")) {
            best.put("group commit", ladder(database, "group", Writer.BATCH, args.rates("rates"), args, out));
        }
        if (!mode.equals("group")) {
            best.put("one transaction per vote", ladder(database, "single", 1, args.rates("baseline-rates"), args, out));
        }
        out.printf("%s: highest sustainable rate %s%n", database.kind(), best);
        if (best.size() == 2 && best.get("one transaction per vote") > 0) {
            out.printf("%s: group commit / one transaction per vote = %.1f%n", database.kind(),
                    best.get("group commit") / best.get("one transaction per vote"));
        }
    }

    /** Builds the federation on a server with group commit, restarts it with {@code batch}, and climbs the ladder. */
    private static double ladder(Database database, String name, int batch, double[] rates, Args args, PrintStream out) throws Exception {
        int seconds = args.integer("seconds");
        int runs = args.integer("runs");
        int warmup = args.integer("warmup");
        // room for every run of the ladder, the warm-up and the capacity runs at twice the top rate
        long votes = (long) ((Arrays.stream(rates).sum() + 2 * Arrays.stream(rates).max().orElse(0)) * seconds * runs + rates[0] * warmup) + 1;
        database.create(name);
        LogKeys.generate(database.dataDir(name), "localhost/mandate");
        VoteFederation federation;
        long t0 = System.nanoTime();
        Store store = database.open(name);
        try (Server server = Server.start(store, database.dataDir(name), Clock.systemUTC(), HOST, 0)) {
            federation = VoteFederation.build(server.engine().writer(), new Accounts(store.directory()),
                    args.integer("members"), args.integer("assemblies"), votes);
        }
        String label = database.kind() + " " + (batch == 1 ? "one-per-transaction" : "group-commit");
        out.printf("%s: federation of %s members in %s assemblies, room for %,d votes, built in %.1f s%n", label,
                args.get("members"), args.get("assemblies"), federation.capacity(), (System.nanoTime() - t0) / 1e9);
        try (Server server = Server.start(database.open(name), database.dataDir(name), Clock.systemUTC(), HOST, 0, List.of(), batch)) {
            OpenLoop client = new OpenLoop(new InetSocketAddress(HOST, server.port()), args.integer("connections"));
            String host = HOST + ":" + server.port();
            long[] next = {0};
            java.util.function.BiFunction<Double, Integer, Run> offer = (rate, length) -> {
                long base = next[0];
                Run r = client.run(rate, Duration.ofSeconds(length), Duration.ofSeconds(30), i -> federation.vote(base + i, host));
                next[0] += r.due();
                return r;
            };
            Runnable settle = () -> quiet(server.engine().writer());
            Run w = offer.apply(rates[0], warmup);
            settle.run();
            out.printf("%s warm-up, %d s at %,.0f/s: p99 %s ms, errors %d%n", label, warmup, rates[0], Ladder.ms(w.p99()), w.errors());
            List<Ladder.Step> steps = Ladder.climb(label, rates, COMMAND_P99_MS, runs, rate -> offer.apply(rate, seconds), settle, out);
            out.println(label + ", medians of " + runs + " runs of " + seconds + " s:\n" + Ladder.HEADER);
            steps.forEach(s -> out.println(s.summary()));
            if (args.get("capacity").equals("yes")) {
                capacity(label, 2 * steps.get(steps.size() - 1).rate(), runs, rate -> offer.apply(rate, seconds), settle, out);
            }
            return Ladder.highestSustainable(steps);
        }
    }

    /**
     * The most the server answers per second when offered far more than it can take: twice the last rate
     * of the ladder. Latency means nothing here (the backlog grows for the whole run); the achieved rate,
     * over the time until the last answer, is the server's capacity, whatever its latency.
     */
    private static void capacity(String label, double rate, int runs, java.util.function.DoubleFunction<Run> run, Runnable settle,
            PrintStream out) {
        double[] achieved = new double[runs];
        for (int r = 0; r < runs; r++) {
            Run x = run.apply(rate);
            settle.run();
            achieved[r] = x.achieved();
            out.printf("%s capacity run %d, offered %,.0f/s: achieved %,.0f/s, server CPU %.0f µs per request, load %s%n", label, r + 1, rate,
                    x.achieved(), x.serverCpuMicros(), Ladder.loadAverage());
        }
        Arrays.sort(achieved);
        out.printf("%s capacity: median achieved %,.0f/s when offered %,.0f/s%n", label, achieved[runs / 2], rate);
    }

    private static void healthz(Database database, Args args, PrintStream out) {
        database.create("healthz");
        LogKeys.generate(database.dataDir("healthz"), "localhost/mandate");
        try (Server server = Server.start(database.open("healthz"), database.dataDir("healthz"), Clock.systemUTC(), HOST, 0)) {
            OpenLoop client = new OpenLoop(new InetSocketAddress(HOST, server.port()), args.integer("connections"));
            byte[] request = Http.get("/healthz", HOST + ":" + server.port());
            int seconds = args.integer("seconds");
            java.util.function.DoubleFunction<Run> run = rate -> client.run(rate, Duration.ofSeconds(seconds), Duration.ofSeconds(30), i -> request);
            double[] rates = args.rates("rates");
            run.apply(rates[0]);
            List<Ladder.Step> steps = Ladder.climb("healthz", rates, COMMAND_P99_MS, args.integer("runs"), run, VoteLoad::pause, out);
            out.println("GET /healthz, medians of " + args.get("runs") + " runs of " + seconds + " s:\n" + Ladder.HEADER);
            steps.forEach(s -> out.println(s.summary()));
            out.printf("healthz: highest sustainable rate %,.0f/s%n", Ladder.highestSustainable(steps));
        }
    }

    /** Waits until the writer has applied nothing new for half a second, then a second more. */
    private static void quiet(Writer writer) {
        long last = -1;
        while (writer.applied() != last) {
            last = writer.applied();
            sleep(500);
        }
        pause();
    }

    private static void pause() {
        sleep(1000);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
