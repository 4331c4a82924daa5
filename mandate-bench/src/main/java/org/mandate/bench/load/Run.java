package org.mandate.bench.load;

import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * One open-loop run at one offered rate: how many requests were due, how many answered with 2xx, their
 * rate, and the latency quantiles in milliseconds counted from each request's due time. A request never
 * answered has an infinite latency, so a server that drops work cannot look fast. {@code sendLagP99} is how
 * late the generator sent its requests (99th percentile): part of each latency, and high when all
 * connections were busy or the generator itself waited for a CPU (or for a collection: it shares the
 * server's JVM). {@code p99FromSend} counts from the actual send instead: the server's and the loopback's
 * share alone, for reading beside the true latency, never instead of it.
 */
record Run(double offered, int due, int ok, double achieved, double p50, double p99, double p999, double max, String errorExample,
        double serverCpuMicros, double generatorCpuMicros, double sendLagP99, double p99FromSend) {

    /**
     * The requests of {@code result} whose index passes {@code which} (all, or one kind of a mix), over the
     * run's real length: from the first due time to the last answer, longer than offered when the server
     * fell behind. The offered rate is scaled to the share of requests chosen.
     */
    static Run of(OpenLoop.Result result, IntPredicate which) {
        long[] chosen = IntStream.range(0, result.latencyNanos().length).filter(which).mapToLong(i -> result.latencyNanos()[i]).sorted().toArray();
        int ok = (int) IntStream.range(0, result.status().length).filter(which).filter(i -> result.status()[i] / 100 == 2).count();
        double share = result.latencyNanos().length == 0 ? 1 : chosen.length / (double) result.latencyNanos().length;
        return new Run(result.offered() * share, chosen.length, ok, ok / result.busySeconds(),
                quantile(chosen, 0.50), quantile(chosen, 0.99), quantile(chosen, 0.999), quantile(chosen, 1.0), result.errorExample(),
                perRequest(result.cpu().processNanos() - result.cpu().generatorNanos(), result), perRequest(result.cpu().generatorNanos(), result),
                quantile(IntStream.range(0, result.sendLagNanos().length).filter(which).mapToLong(i -> result.sendLagNanos()[i]).sorted().toArray(), 0.99),
                quantile(IntStream.range(0, result.latencyNanos().length).filter(which).mapToLong(i -> fromSend(result, i)).sorted().toArray(), 0.99));
    }

    /** From the moment the request was sent to its answer: the server's and the loopback's share of its latency. */
    private static long fromSend(OpenLoop.Result result, int i) {
        long latency = result.latencyNanos()[i];
        return latency == Long.MAX_VALUE || result.sendLagNanos()[i] == Long.MAX_VALUE ? Long.MAX_VALUE : latency - result.sendLagNanos()[i];
    }

    /** Microseconds of CPU per request answered, over the whole run (all kinds of a mix together). */
    private static double perRequest(long nanos, OpenLoop.Result result) {
        long answered = java.util.Arrays.stream(result.status()).filter(s -> s != 0).count();
        return answered == 0 ? Double.NaN : nanos / 1e3 / answered;
    }

    private static double quantile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        long v = sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
        return v == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : v / 1e6;
    }

    /** Failed requests: an error status, or no answer in time. */
    int errors() {
        return due - ok;
    }
}
