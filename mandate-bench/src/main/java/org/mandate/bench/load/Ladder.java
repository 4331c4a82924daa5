package org.mandate.bench.load;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;

/**
 * Steps the offered rate up a ladder, a few runs at each rung, and stops at the first rung where the
 * server no longer keeps up (a request failed or the achieved rate fell short). A rate is sustainable when, over the medians of its runs, no request failed, the p99
 * latency is under a limit (50 ms for commands, 5 ms for queries, as issue 5 asks) and the achieved rate
 * is within 2% of the offered one.
 */
final class Ladder {
    static final double ACHIEVED_FRACTION = 0.98;

    /** The runs at one rate, and the medians the verdict is drawn from. */
    record Step(double rate, double p99LimitMs, List<Run> runs) {
        double median(ToDoubleFunction<Run> f) {
            double[] v = runs.stream().mapToDouble(f).sorted().toArray();
            return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        }

        /** Every request answered and the rate held: the server keeps up, whatever its latency. */
        boolean keepsUp() {
            return median(Run::errors) == 0 && median(Run::achieved) >= ACHIEVED_FRACTION * rate;
        }

        boolean sustainable() {
            return keepsUp() && median(Run::p99) < p99LimitMs;
        }

        String summary() {
            return String.format("| %,.0f | %,.0f | %s | %s | %s | %s | %s | %d | %.0f | %s |", rate, median(Run::achieved), ms(median(Run::p50)),
                    ms(median(Run::p99)), ms(median(Run::p999)), ms(median(Run::max)), ms(median(Run::p99FromSend)),
                    runs.stream().mapToInt(Run::errors).sum(), median(Run::serverCpuMicros), sustainable() ? "yes" : "no");
        }
    }

    static final String HEADER = "| offered /s | achieved /s | p50 ms | p99 ms | p99.9 ms | max ms | p99 from send ms | errors | server CPU µs/request"
            + " | sustainable |\n|---|---|---|---|---|---|---|---|---|---|";

    private Ladder() {
    }

    /**
     * One server's ladder: {@code run} does one run at a rate, {@code settle} waits until the server has
     * finished what a run left, {@code beforeRung} notes what the machine is like before each rung.
     */
    record Climber(String label, double[] rates, DoubleFunction<Run> run, Runnable settle, Runnable beforeRung) {}

    /** Climbs one ladder; returns every step taken. */
    static List<Step> climb(String label, double[] rates, double p99LimitMs, int runs, DoubleFunction<Run> run, Runnable settle,
            PrintStream out) {
        return climbTogether(List.of(new Climber(label, rates, run, settle, () -> { })), p99LimitMs, runs, out).get(0);
    }

    /**
     * Climbs several ladders in step, run by run (the first's run 1 at its rung, the second's run 1 at its
     * rung, then each one's run 2...), so that what they are held against was measured under the same
     * conditions of a shared machine. A ladder stops at its first rung where the server did not keep up.
     * Returns each ladder's steps, in the order given.
     */
    static List<List<Step>> climbTogether(List<Climber> climbers, double p99LimitMs, int runs, PrintStream out) {
        List<List<Step>> steps = new ArrayList<>();
        climbers.forEach(c -> steps.add(new ArrayList<>()));
        boolean[] stopped = new boolean[climbers.size()];
        for (int rung = 0; ; rung++) {
            List<List<Run>> done = new ArrayList<>();
            boolean any = false;
            for (int c = 0; c < climbers.size(); c++) {
                stopped[c] |= rung >= climbers.get(c).rates().length;
                any |= !stopped[c];
                done.add(new ArrayList<>());
                if (!stopped[c]) {
                    climbers.get(c).beforeRung().run();
                }
            }
            if (!any) {
                return steps;
            }
            for (int r = 1; r <= runs; r++) {
                for (int c = 0; c < climbers.size(); c++) {
                    if (!stopped[c]) {
                        Climber climber = climbers.get(c);
                        Run x = climber.run().apply(climber.rates()[rung]);
                        climber.settle().run();
                        done.get(c).add(x);
                        print(climber.label(), climber.rates()[rung], r, x, out);
                    }
                }
            }
            for (int c = 0; c < climbers.size(); c++) {
                if (!stopped[c]) {
                    Step step = new Step(climbers.get(c).rates()[rung], p99LimitMs, done.get(c));
                    steps.get(c).add(step);
                    out.println(climbers.get(c).label() + " " + step.summary());
                    // On a shared machine a rung's p99 can fail while the next passes; climb while the rate is kept up.
                    stopped[c] = !step.keepsUp();
                }
            }
        }
    }

    private static void print(String label, double rate, int r, Run x, PrintStream out) {
        out.printf("%s %,.0f/s run %d: achieved %,.0f/s p50 %s p99 %s p99.9 %s max %s ms (sent late by %s ms at p99; p99 from the"
                        + " send %s ms), errors %d, CPU per request: server %.0f µs, generator %.0f µs; load %s%s%n", label, rate, r,
                x.achieved(), ms(x.p50()), ms(x.p99()), ms(x.p999()), ms(x.max()), ms(x.sendLagP99()), ms(x.p99FromSend()), x.errors(),
                x.serverCpuMicros(), x.generatorCpuMicros(), loadAverage(),
                x.errorExample() == null ? "" : " (e.g. " + abbreviate(x.errorExample()) + ")");
    }

    /** The highest rate of the steps that was sustainable, or 0. */
    static double highestSustainable(List<Step> steps) {
        return steps.stream().filter(Step::sustainable).mapToDouble(Step::rate).max().orElse(0);
    }

    static double[] parseRates(String csv) {
        return Arrays.stream(csv.split(",")).mapToDouble(s -> Double.parseDouble(s.trim())).toArray();
    }

    static String ms(double v) {
        return Double.isInfinite(v) ? "∞" : v < 10 ? String.format("%.2f", v) : String.format("%,.0f", v);
    }

    /** The 1-minute load average, from /proc/loadavg (what {@code uptime} shows). */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 160 ? one.substring(0, 160) + "…" : one;
    }
}
