package org.mandate.bench.pages;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the server says of its own work, read before and after a run: from its {@code /metrics} (scraped from
 * this host, as its operator's Prometheus would), the count and total time of the GET requests it answered per
 * route template, so the mean time spent inside the server per kind of page, without the network or the
 * generator; and from this JVM, the CPU time and the garbage collectors' time over the run.
 */
final class ServerFigures {
    private static final Pattern LINE = Pattern.compile(
            "http_server_requests_seconds_(count|sum)\\{method=\"GET\",route=\"([^\"]+)\",status=\"200\",?\\} ([0-9.E+-]+)");

    /** Per route: requests answered and seconds spent. */
    record Route(double count, double seconds) {}

    final Map<String, Route> routes = new TreeMap<>();
    final long cpuNanos;
    final long gcMillis;
    final double load;

    private ServerFigures(String scrape) {
        Map<String, double[]> r = new TreeMap<>();
        Matcher m = LINE.matcher(scrape);
        while (m.find()) {
            r.computeIfAbsent(m.group(2), k -> new double[2])[m.group(1).equals("count") ? 0 : 1] = Double.parseDouble(m.group(3));
        }
        r.forEach((route, v) -> routes.put(route, new Route(v[0], v[1])));
        cpuNanos = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        gcMillis = ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    static ServerFigures read(Fetcher fetcher) throws Exception {
        return new ServerFigures(new String(fetcher.fetch(new Fetcher.Request("metrics", "/metrics", null)), java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Prints, per route, the requests answered between {@code before} and {@code after} and their mean time inside the server. */
    static void print(ServerFigures before, ServerFigures after, long requests) {
        System.out.printf("%nInside the server (its own request timer, GET answered 200), over the counted run:%n");
        System.out.printf("%-24s %7s %9s%n", "route", "count", "mean ms");
        after.routes.forEach((route, a) -> {
            Route b = before.routes.getOrDefault(route, new Route(0, 0));
            double n = a.count() - b.count();
            if (n > 0 && !route.equals("/metrics")) {
                System.out.printf("%-24s %7.0f %9.2f%n", route, n, (a.seconds() - b.seconds()) * 1000 / n);
            }
        });
        System.out.printf("CPU of this JVM (server and generator together): %.2f ms per request; garbage collectors: %d ms in all%n",
                (after.cpuNanos - before.cpuNanos) / 1e6 / requests, after.gcMillis - before.gcMillis);
        System.out.printf("machine load average (1 min) before and after the counted run: %.2f, %.2f on %d cores%n", before.load, after.load,
                Runtime.getRuntime().availableProcessors());
    }
}
