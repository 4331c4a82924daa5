package org.mandate.bench.load;

import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.mandate.server.Server;
import org.mandate.server.account.Accounts;
import org.mandate.store.Store;

/**
 * Page-sized queries over HTTP against a server holding {@link QueryFederation} (100,000 members in 1,000
 * assemblies by default), open loop at fixed rates up a ladder, each request one of four kinds in turn:
 * a body, a page of a body's members after a random member (a cursor), a proposal, a member. Each is
 * asked with a member's API token, as a script would. Issue 5 asks for p99 under 5 ms.
 *
 * <pre>java -Xmx4g -cp mandate-bench/target/benchmarks.jar org.mandate.bench.load.QueryLoad --db sqlite</pre>
 */
public final class QueryLoad {
    /** Issue 5: any page-sized query within 5 ms at the 99th percentile. */
    static final double QUERY_P99_MS = 5;
    private static final String[] KINDS = {"body", "members page", "proposal", "member"};
    private static final int READERS = 1_000;

    private QueryLoad() {
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("db", "sqlite");
        defaults.put("rates", "500,1000,2000,3000,4000,5000,6000,8000");
        defaults.put("seconds", "20");
        defaults.put("runs", "3");
        defaults.put("warmup", "10");
        defaults.put("connections", "64");
        defaults.put("members", "100000");
        defaults.put("assemblies", "1000");
        Args args = new Args(argv, defaults);
        PrintStream out = System.out;
        out.println(Args.banner("QueryLoad", argv));
        for (String db : args.get("db").equals("both") ? List.of("sqlite", "postgresql") : List.of(args.get("db"))) {
            try (Database database = Database.start(db)) {
                run(database, new QueryFederation(args.integer("members"), args.integer("assemblies")), args, out);
            }
        }
    }

    private static void run(Database database, QueryFederation federation, Args args, PrintStream out) {
        String name = "queries";
        database.create(name);
        long t0 = System.nanoTime();
        long events;
        try (Store store = database.open(name)) {
            federation.grow(new StoreFeeder(store, database.dataDir(name), Instant.now().minus(QueryFederation.SPAN)));
            events = store.size();
        }
        out.printf("%s: %,d members in %,d assemblies, %,d events, generated and stored in %.1f s%n", database.kind(),
                federation.members, federation.assemblies, events, (System.nanoTime() - t0) / 1e9);
        Store store = database.open(name);
        t0 = System.nanoTime();
        try (Server server = Server.start(store, database.dataDir(name), Clock.systemUTC(), VoteLoad.HOST, 0)) {
            double opened = (System.nanoTime() - t0) / 1e9;
            if (!server.engine().reads().await(events, Duration.ofMinutes(5))) {
                throw new IllegalStateException("the read model did not catch up with " + events + " events");
            }
            out.printf("%s: server started in %.1f s, read model caught up after %.1f s%n", database.kind(), opened, (System.nanoTime() - t0) / 1e9);
            String[] tokens = tokens(new Accounts(store.directory()), federation);
            OpenLoop client = new OpenLoop(new InetSocketAddress(VoteLoad.HOST, server.port()), args.integer("connections"));
            String host = VoteLoad.HOST + ":" + server.port();
            int seconds = args.integer("seconds");
            double[] rates = args.rates("rates");
            long[] next = {0};
            SplittableRandom random = new SplittableRandom(20261125);
            java.util.function.BiFunction<Double, Integer, OpenLoop.Result> offer = (rate, length) -> {
                long base = next[0];
                OpenLoop.Result r = client.offer(rate, Duration.ofSeconds(length), Duration.ofSeconds(30),
                        i -> request(federation, tokens, random, (int) ((base + i) % KINDS.length), host));
                next[0] += r.latencyNanos().length;
                return r;
            };
            Run w = Run.of(offer.apply(rates[0], args.integer("warmup")), i -> true);
            out.printf("%s queries warm-up, %s s at %,.0f/s: p99 %s ms, errors %d%n", database.kind(), args.get("warmup"), rates[0],
                    Ladder.ms(w.p99()), w.errors());
            String label = database.kind() + " queries";
            List<Ladder.Step> steps = Ladder.climb(label, rates, QUERY_P99_MS, args.integer("runs"), rate -> {
                long base = next[0];
                OpenLoop.Result r = offer.apply(rate, seconds);
                StringBuilder kinds = new StringBuilder();
                for (int k = 0; k < KINDS.length; k++) {
                    int kind = k;
                    Run byKind = Run.of(r, i -> (base + i) % KINDS.length == kind);
                    kinds.append(String.format("  %s p50 %s p99 %s (from send %s) ms", KINDS[k], Ladder.ms(byKind.p50()), Ladder.ms(byKind.p99()),
                            Ladder.ms(byKind.p99FromSend())));
                }
                out.println(label + " " + String.format("%,.0f/s, the run below, by kind:", rate) + kinds);
                return Run.of(r, i -> true);
            }, () -> sleep(1000), out);
            out.println(label + ", medians of " + args.get("runs") + " runs of " + seconds + " s, p99 limit " + QUERY_P99_MS + " ms:\n" + Ladder.HEADER);
            steps.forEach(s -> out.println(s.summary()));
            out.printf("%s: highest rate with p99 under %.0f ms: %,.0f/s%n", label, QUERY_P99_MS, Ladder.highestSustainable(steps));
        }
    }

    /** API tokens of {@value #READERS} members, spread over the assemblies. */
    private static String[] tokens(Accounts accounts, QueryFederation federation) {
        String[] tokens = new String[Math.min(READERS, federation.members)];
        Instant now = Instant.now();
        for (int t = 0; t < tokens.length; t++) {
            int member = (int) ((long) t * federation.members / tokens.length);
            tokens[t] = accounts.createApiToken(QueryFederation.member(member), "reader", now).token();
        }
        return tokens;
    }

    private static byte[] request(QueryFederation f, String[] tokens, SplittableRandom random, int kind, String host) {
        int a = random.nextInt(f.assemblies);
        String path = switch (kind) {
            case 0 -> "/api/v1/bodies/" + QueryFederation.assembly(a).value();
            case 1 -> "/api/v1/bodies/" + QueryFederation.assembly(a).value() + "/members?after="
                    + cursor(QueryFederation.member(a * f.per + random.nextInt(f.per)).value());
            case 2 -> "/api/v1/proposals/" + QueryFederation.proposal(a, random.nextInt(QueryFederation.PROPOSALS)).value();
            default -> "/api/v1/members/" + QueryFederation.member(a * f.per + random.nextInt(f.per)).value();
        };
        return Http.get(path, host, tokens[random.nextInt(tokens.length)]);
    }

    private static String cursor(String memberId) {
        return org.mandate.server.query.PageRequest.encode(memberId);
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
