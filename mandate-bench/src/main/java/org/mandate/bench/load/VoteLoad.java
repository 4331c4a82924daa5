package org.mandate.bench.load;

import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
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
        out.println(Args.banner("VoteLoad", argv));
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

    /**
     * Both modes side by side: each on its own server and store in this JVM, climbing its ladder in step
     * with the other, run by run, so the two are measured under the same conditions.
     */
    private static void votes(Database database, Args args, PrintStream out) throws Exception {
        String mode = args.get("mode");
        List<Mode> modes = new ArrayList<>();
        try {
            if (!mode.equals("single")) {
                modes.add(Mode.start(database, "group_commit", "group-commit", Writer.BATCH, args.rates("rates"), args, out));
            }
            if (!mode.equals("group")) {
                modes.add(Mode.start(database, "one_per_transaction", "one-per-transaction", 1, args.rates("baseline-rates"), args, out));
            }
            int seconds = args.integer("seconds");
            int runs = args.integer("runs");
            for (Mode m : modes) {
                Run w = m.offer(m.rates[0], args.integer("warmup"));
                m.settle();
                out.printf("%s warm-up, %s s at %,.0f/s: p99 %s ms, errors %d%n", m.label, args.get("warmup"), m.rates[0], Ladder.ms(w.p99()), w.errors());
            }
            List<Ladder.Climber> climbers = modes.stream().map(m -> new Ladder.Climber(m.label, m.rates, rate -> m.offer(rate, seconds), m::settle,
                    () -> out.println(m.label + " " + Fsync.probe(m.dataDir)))).toList();
            List<List<Ladder.Step>> steps = Ladder.climbTogether(climbers, COMMAND_P99_MS, runs, out);
            for (int i = 0; i < modes.size(); i++) {
                out.println(modes.get(i).label + ", medians of " + runs + " runs of " + seconds + " s:\n" + Ladder.HEADER);
                steps.get(i).forEach(s -> out.println(s.summary()));
            }
            if (args.get("capacity").equals("yes")) {
                capacity(modes, steps, runs, seconds, out);
            }
            double[] best = steps.stream().mapToDouble(Ladder::highestSustainable).toArray();
            for (int i = 0; i < modes.size(); i++) {
                out.printf("%s: highest sustainable rate %,.0f/s%n", modes.get(i).label, best[i]);
            }
            if (best.length == 2 && best[1] > 0) {
                out.printf("%s: group commit / one transaction per vote, highest sustainable rates: %.1f%n", database.kind(), best[0] / best[1]);
            }
        } finally {
            modes.forEach(Mode::close);
        }
    }

    /**
     * The most each server answers per second when offered far more than it can take: twice the last rate
     * of its ladder, the modes in turn. Latency means nothing here (the backlog grows for the whole run);
     * the achieved rate, over the time until the last answer, is the server's capacity.
     */
    private static void capacity(List<Mode> modes, List<List<Ladder.Step>> steps, int runs, int seconds, PrintStream out) {
        double[][] achieved = new double[modes.size()][runs];
        for (int r = 0; r < runs; r++) {
            for (int i = 0; i < modes.size(); i++) {
                Mode m = modes.get(i);
                double rate = 2 * steps.get(i).get(steps.get(i).size() - 1).rate();
                Run x = m.offer(rate, seconds);
                m.settle();
                achieved[i][r] = x.achieved();
                out.printf("%s capacity run %d, offered %,.0f/s: achieved %,.0f/s, server CPU %.0f µs per request, load %s%n", m.label, r + 1,
                        rate, x.achieved(), x.serverCpuMicros(), Ladder.loadAverage());
            }
        }
        double[] median = new double[modes.size()];
        for (int i = 0; i < modes.size(); i++) {
            Arrays.sort(achieved[i]);
            median[i] = achieved[i][runs / 2];
            out.printf("%s capacity: median achieved %,.0f/s%n", modes.get(i).label, median[i]);
        }
        if (modes.size() == 2) {
            out.printf("capacity, group commit / one transaction per vote: %.1f%n", median[0] / median[1]);
        }
    }

    /** One mode's server, with its federation and its client, ready for votes. */
    private static final class Mode implements AutoCloseable {
        final String label;
        final double[] rates;
        final Path dataDir;
        private final Server server;
        private final VoteFederation federation;
        private final OpenLoop client;
        private final String host;
        private long next;

        private Mode(String label, double[] rates, Path dataDir, Server server, VoteFederation federation, OpenLoop client) {
            this.label = label;
            this.rates = rates;
            this.dataDir = dataDir;
            this.server = server;
            this.federation = federation;
            this.client = client;
            this.host = HOST + ":" + server.port();
        }

        /** Builds the federation on a server with group commit (fast), then restarts that server writing at most {@code batch} commands a transaction. */
        static Mode start(Database database, String name, String what, int batch, double[] rates, Args args, PrintStream out) {
            int seconds = args.integer("seconds");
            int runs = args.integer("runs");
            // room for every run of the ladder, the warm-up and the capacity runs at twice the top rate
            long votes = (long) ((Arrays.stream(rates).sum() + 2 * Arrays.stream(rates).max().orElse(0)) * seconds * runs
                    + rates[0] * args.integer("warmup")) + 1;
            database.create(name);
            Path dir = database.dataDir(name);
            LogKeys.generate(dir, "localhost/mandate");
            long t0 = System.nanoTime();
            Store store = database.open(name);
            VoteFederation federation;
            try (Server server = Server.start(store, dir, Clock.systemUTC(), HOST, 0)) {
                federation = VoteFederation.build(server.engine().writer(), new Accounts(store.directory()),
                        args.integer("members"), args.integer("assemblies"), votes);
            }
            String label = database.kind() + " " + what;
            out.printf("%s: federation of %s members in %s assemblies, room for %,d votes, built in %.1f s%n", label,
                    args.get("members"), args.get("assemblies"), federation.capacity(), (System.nanoTime() - t0) / 1e9);
            Server server = Server.start(database.open(name), dir, Clock.systemUTC(), HOST, 0, List.of(), batch);
            return new Mode(label, rates, dir, server, federation,
                    new OpenLoop(new InetSocketAddress(HOST, server.port()), args.integer("connections")));
        }

        /** One run: votes never cast before, from where the last run stopped. */
        Run offer(double rate, int seconds) {
            long base = next;
            Run r = client.run(rate, Duration.ofSeconds(seconds), Duration.ofSeconds(30), i -> federation.vote(base + i, host));
            next += r.due();
            return r;
        }

        void settle() {
            quiet(server.engine().writer());
        }

        @Override
        public void close() {
            server.close();
        }
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
