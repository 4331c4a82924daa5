package org.mandate.bench.planning;

import static org.mandate.bench.measure.Measures.load;
import static org.mandate.bench.measure.Measures.median;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.mandate.economy.planning.model.PlanningInstance;
import org.mandate.economy.planning.procedure.HumanRounds;
import org.mandate.economy.planning.procedure.PlanningOutcome;
import org.mandate.economy.planning.procedure.Procedure;
import org.mandate.economy.planning.procedure.Round;
import org.mandate.economy.planning.procedure.Settings;
import org.mandate.economy.synthetic.PlanningEconomies;
import org.mandate.planning.lp.CentralOptimum;
import org.mandate.planning.lp.LpReference;

/**
 * The participatory procedure against OR-Tools on the same synthetic economies
 * ({@link PlanningEconomies}), in the same run: per instance, the procedure (all cores, as the
 * councils' responses are computed in parallel) a given number of times, then the central optimum of
 * the same welfare once by the given solver, timed on {@code solve()} alone (the model is built before
 * the clock starts). Prints, per run, rounds, wall and process CPU time, the largest remaining
 * imbalance and the welfare; then the medians, the reference and the ratio of welfares. The load
 * average is printed beside every figure: the machine is shared.
 *
 * <p>Arguments: {@code case runs seed [solver]} (runs 0: the reference alone), where case is {@code a} (100 goods, 1,000 workers'
 * and 1,000 consumers' councils), {@code b} (1,000 goods, 10,000 and 10,000), {@code c} (200,000 goods,
 * one workers' council of two techniques per good, 100,000 consumers' councils), and solver is
 * {@code GLOP}, {@code PDLP} or {@code none} (default: GLOP for a, PDLP otherwise).
 */
public final class PlanningVersusOrTools {
    private PlanningVersusOrTools() {}

    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "a";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261125L;
        PlanningEconomies.Shape shape = shape(which);
        String solver = args.length > 3 ? args[3] : which.equals("a") ? "GLOP" : "PDLP";
        long generating = System.nanoTime();
        PlanningInstance instance = PlanningEconomies.generate(shape, seed);
        System.out.printf(Locale.ROOT, "case %s, seed %d: %s; generated in %.1f s; %d processors (load %s)%n", which, seed, shape,
                (System.nanoTime() - generating) / 1e9, Runtime.getRuntime().availableProcessors(), load());
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        int[] rounds = new int[runs];
        double welfare = Double.NaN;
        for (int r = runs == 0 ? 0 : -1; r < runs; r++) {
            long cpuBefore = processCpu();
            long start = System.nanoTime();
            PlanningOutcome outcome = Procedure.run(instance, Settings.defaults().withKeepPrices(false), HumanRounds.none());
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (processCpu() - cpuBefore) / 1e9;
            Round last = outcome.rounds().get(outcome.rounds().size() - 1);
            System.out.printf(Locale.ROOT, "  %-8s %s in %d rounds: %.2f s wall, %.2f s cpu; largest imbalance %.4f %%; welfare %.6g, bound %.6g (load %s)%n",
                    r < 0 ? "warm-up" : "run " + (r + 1), outcome.getClass().getSimpleName(), outcome.rounds().size(), seconds, cpuSeconds,
                    100 * last.largestImbalance(), last.welfare(), last.welfareBound(), load());
            if (r >= 0) {
                wall[r] = seconds;
                cpu[r] = cpuSeconds;
                rounds[r] = outcome.rounds().size();
            }
            welfare = last.welfare();
        }
        if (runs > 0) {
            System.out.printf(Locale.ROOT, "  median %d rounds, %.2f s wall, %.2f s cpu%n", median(rounds), median(wall), median(cpu));
        }
        if (!solver.equalsIgnoreCase("none")) {
            long cpuBefore = processCpu();
            LpReference lp = CentralOptimum.solve(instance, CentralOptimum.Solver.valueOf(solver.toUpperCase(Locale.ROOT)), 1e-4,
                    Runtime.getRuntime().availableProcessors());
            double lpCpu = (processCpu() - cpuBefore) / 1e9;
            System.out.printf(Locale.ROOT, "  OR-Tools %s: %s in %.2f s wall (solve only), %.2f s cpu (building the model too); welfare %.6g; "
                    + "its own largest imbalance %.4f %% (load %s)%n", lp.solver(), lp.status(), lp.seconds(), lpCpu, lp.welfare(),
                    100 * lp.largestImbalance(), load());
            if (runs > 0) {
                System.out.printf(Locale.ROOT, "  participatory / central welfare %.5f; our median wall / OR-Tools %.3f%n", welfare / lp.welfare(),
                        median(wall) / lp.seconds());
            }
        }
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The cases of issue 8: {@code a} (100 goods, 1,000 + 1,000 councils), {@code b} (1,000 goods, 10,000 + 10,000), {@code c} (200,000 goods). */
    static PlanningEconomies.Shape shape(String which) {
        return switch (which) {
            case "a" -> new PlanningEconomies.Shape(100, 1_000, 1_000, 1, 3, 10, 0.1);
            case "b" -> new PlanningEconomies.Shape(1_000, 10_000, 10_000, 1, 5, 20, 0.1);
            case "c" -> new PlanningEconomies.Shape(200_000, 200_000, 100_000, 2, 3, 5, 0.1);
            default -> throw new IllegalArgumentException("case a, b or c");
        };
    }
}
