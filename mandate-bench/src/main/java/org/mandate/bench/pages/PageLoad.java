package org.mandate.bench.pages;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.mandate.record.checkpoint.LogKeys;
import org.mandate.server.Server;
import org.mandate.server.account.Accounts;
import org.mandate.server.engine.Engine;
import org.mandate.store.Store;
import org.mandate.web.Web;

/**
 * Page timing. Grows the federation into {@code --data} once (kept for later runs), starts the server with the
 * pages on it, logs {@code --sessions} members in, then fetches the mix of pages open loop at {@code --rate}
 * requests a second: {@code --warmup} seconds not counted, then {@code --seconds} counted. Prints, per kind of
 * page, p50, p99 and the largest latency in milliseconds from each request's due time, the requests that did not
 * answer 200, and the page's weight (HTML, and the CSS and JavaScript it names).
 *
 * <pre>java -Xmx6g -cp mandate-bench/target/benchmarks.jar org.mandate.bench.pages.PageLoad --data /tmp/pages-100k</pre>
 */
public final class PageLoad {
    static final String PASSWORD = "a long enough passphrase";
    private static final Pattern ASSET = Pattern.compile("<(?:link rel=\"stylesheet\" href|script src)=\"(/[^\"]+)\"");

    private PageLoad() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args, Map.of("data", "target/pages-federation", "members", "100000", "assemblies", "1000",
                "large", "5000", "councils", "10", "sessions", "200", "rate", "100", "warmup", "30", "seconds", "120"));
        PageFederation fed = new PageFederation(Integer.parseInt(o.get("members")), Integer.parseInt(o.get("assemblies")),
                Integer.parseInt(o.get("large")), Integer.parseInt(o.get("councils")));
        Path data = Path.of(o.get("data"));
        int sessions = Integer.parseInt(o.get("sessions"));
        if (!Files.exists(data.resolve("pages.generated"))) {
            generate(fed, data, sessions);
        }
        long started = System.nanoTime();
        try (Server server = Server.start(Store.sqlite(data), data, Clock.systemUTC(), "127.0.0.1", 0, List.of(Web.routes()))) {
            server.engine().reads().await(server.engine().size(), Duration.ofMinutes(30));
            System.out.printf("server up with %,d events in %.1f s (read model folded)%n", server.engine().size(), (System.nanoTime() - started) / 1e9);
            Fetcher fetcher = new Fetcher("http://127.0.0.1:" + server.port());
            Map<Integer, String> cookies = new java.util.LinkedHashMap<>();
            for (int k = 0; k < sessions; k++) {
                cookies.put(sampled(fed, sessions, k), fetcher.logIn(PageFederation.member(sampled(fed, sessions, k)).value(), PASSWORD));
            }
            PageMix mix = new PageMix(fed, cookies);
            weights(fetcher, mix);
            double rate = Double.parseDouble(o.get("rate"));
            fetcher.run(mix.requests((int) (rate * Integer.parseInt(o.get("warmup")))), rate, Duration.ofSeconds(60));
            List<Fetcher.Request> requests = mix.requests((int) (rate * Integer.parseInt(o.get("seconds"))));
            ServerFigures before = ServerFigures.read(fetcher);
            Fetcher.Result result = fetcher.run(requests, rate, Duration.ofSeconds(60));
            ServerFigures after = ServerFigures.read(fetcher);
            System.out.printf("%n%,d requests at %.0f/s open loop over %s s; latency in ms from each request's due time%n",
                    requests.size(), rate, o.get("seconds"));
            System.out.printf("%-22s %7s %8s %8s %8s %7s%n", "page", "count", "p50", "p99", "max", "not 200");
            for (String kind : mix.kinds()) {
                summarize(kind, requests, result);
            }
            summarize(null, requests, result);
            slow(result, rate);
            ServerFigures.print(before, after, requests.size());
        }
    }

    /** Member {@code k} of those given an account: spread over the federation, one in every {@code members / sessions}. */
    static int sampled(PageFederation fed, int sessions, int k) {
        return k * (fed.members / sessions);
    }

    private static void generate(PageFederation fed, Path data, int sessions) throws Exception {
        Files.createDirectories(data);
        LogKeys.generate(data, "localhost/mandate-pages");
        long t0 = System.nanoTime();
        Feeder.MovingClock clock = new Feeder.MovingClock(Instant.now().minus(Duration.ofDays(30)));
        try (Store store = Store.sqlite(data); Engine engine = Engine.open(store, data, clock)) {
            Accounts accounts = new Accounts(store.directory());
            for (int k = 0; k < sessions; k++) {
                accounts.register(PageFederation.member(sampled(fed, sessions, k)), "Member " + k, "", PASSWORD, clock.instant());
            }
            Feeder f = new Feeder(engine, clock);
            fed.people(f);
            System.out.printf("people and assemblies: %,d commands, %.0f s%n", f.commands(), (System.nanoTime() - t0) / 1e9);
            new Growth(fed, f).grow();
            System.out.printf("federation grown: %,d commands, %,d events, %.0f s%n", f.commands(), engine.size(), (System.nanoTime() - t0) / 1e9);
        }
        Files.writeString(data.resolve("pages.generated"), fed.members + " members, " + fed.assemblies + " assemblies, " + fed.large
                + " in a0, " + fed.councils + " councils\n");
    }

    private static void weights(Fetcher fetcher, PageMix mix) throws Exception {
        System.out.printf("%-22s %9s %9s (bytes, uncompressed)%n", "page", "HTML", "with CSS+JS");
        for (String kind : mix.kinds()) {
            Fetcher.Request r = mix.one(kind);
            byte[] html = fetcher.fetch(r);
            long all = html.length;
            Matcher m = ASSET.matcher(new String(html, StandardCharsets.UTF_8));
            while (m.find()) {
                all += fetcher.fetch(new Fetcher.Request(kind, m.group(1), null)).length;
            }
            System.out.printf("%-22s %,9d %,9d  %s%n", kind, html.length, all, r.path());
        }
    }

    private static void summarize(String kind, List<Fetcher.Request> requests, Fetcher.Result result) {
        int[] chosen = IntStream.range(0, requests.size()).filter(i -> kind == null || requests.get(i).kind().equals(kind)).toArray();
        long[] sorted = Arrays.stream(chosen).mapToLong(i -> result.latency()[i]).sorted().toArray();
        long bad = Arrays.stream(chosen).filter(i -> result.status()[i] != 200).count();
        System.out.printf("%-22s %7d %8.1f %8.1f %8.1f %7d%n", kind == null ? "all" : kind, sorted.length, q(sorted, 0.5), q(sorted, 0.99),
                q(sorted, 1.0), bad);
    }

    /**
     * Whether the slow requests were spread over the run or bunched: how many took over 50 ms, and in how many
     * distinct seconds of the schedule they were due. Bunched, they waited out one stall together (the machine
     * or the collector), whatever page they asked for.
     */
    private static void slow(Fetcher.Result result, double rate) {
        long[] latency = result.latency();
        java.util.Set<Long> seconds = new java.util.TreeSet<>();
        int n = 0;
        for (int i = 0; i < latency.length; i++) {
            if (latency[i] > 50_000_000L) {
                n++;
                seconds.add((long) (i / rate));
            }
        }
        System.out.printf("over 50 ms: %d of %d requests, due in %d distinct seconds of the run: %s%n", n, latency.length, seconds.size(),
                seconds.size() > 20 ? seconds.size() + " seconds" : seconds);
    }

    private static double q(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        long v = sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
        return v == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : v / 1e6;
    }

    private static Map<String, String> options(String[] args, Map<String, String> defaults) {
        Map<String, String> o = new TreeMap<>(defaults);
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : null;
            if (name == null || !o.containsKey(name) || i + 1 >= args.length) {
                throw new IllegalArgumentException("unknown or incomplete option " + args[i] + "; options (with defaults): " + o);
            }
            o.put(name, args[i + 1]);
        }
        return o;
    }
}
