package org.mandate.bench.pages;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Fetches pages open loop: request {@code i} is due at {@code start + i / rate} whatever became of those before
 * it, and its latency runs from that due time to the whole body received. A request the generator sends late,
 * or that waits for a connection, counts its wait. Bounded: it sends {@code rate × seconds} requests and waits
 * at most {@code drain} for the last answers; an unanswered request has an infinite latency.
 */
final class Fetcher {
    /** One request: its kind (for the summary), its path, and the session cookie it carries (null for a visitor). */
    record Request(String kind, String path, String cookie) {}

    /** Per request, in the order sent: latency in nanoseconds (Long.MAX_VALUE unanswered), HTTP status (0 unanswered). */
    record Result(long[] latency, int[] status) {}

    private final String base;
    private final HttpClient http;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> Thread.ofPlatform().daemon().name("fetcher").unstarted(r));

    Fetcher(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor).build();
    }

    HttpRequest request(Request r) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + r.path())).timeout(Duration.ofSeconds(30)).GET();
        if (r.cookie() != null) {
            b.header("Cookie", r.cookie());
        }
        return b.build();
    }

    Result run(List<Request> requests, double rate, Duration drain) throws InterruptedException {
        int n = requests.size();
        long[] latency = new long[n];
        Arrays.fill(latency, Long.MAX_VALUE);
        int[] status = new int[n];
        HttpRequest[] built = requests.stream().map(this::request).toArray(HttpRequest[]::new);
        CountDownLatch answered = new CountDownLatch(n);
        double interval = 1e9 / rate;
        long start = System.nanoTime() + 50_000_000;
        for (int i = 0; i < n; i++) {
            long due = start + (long) (i * interval);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int index = i;
            http.sendAsync(built[i], HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, error) -> {
                if (error == null) {
                    latency[index] = System.nanoTime() - due;
                    status[index] = response.statusCode();
                }
                answered.countDown();
            });
        }
        answered.await(drain.toMillis(), TimeUnit.MILLISECONDS);
        return new Result(latency, status);
    }

    /** The body of one page, for its weight. */
    byte[] fetch(Request r) throws Exception {
        return http.send(request(r), HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    /** Logs a member in through the login form; returns the session cookie. */
    String logIn(String member, String password) throws Exception {
        String form = "member=" + member + "&password=" + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding());
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow(() -> new IllegalStateException(member + " could not log in: " + r.statusCode()));
        return cookie.substring(0, cookie.indexOf(';'));
    }
}
