package org.mandate.bench.labour;

import static org.mandate.bench.measure.Measures.load;
import static org.mandate.bench.measure.Measures.median;

import java.lang.management.ManagementFactory;
import org.mandate.economy.planning.labour.InputTable;
import org.mandate.economy.planning.labour.LabourOutcome;
import org.mandate.economy.planning.labour.LabourValues;
import org.mandate.economy.planning.labour.Precision;
import org.mandate.economy.planning.labour.synthetic.SyntheticEconomy;

/**
 * Whether sweeping on both cores pays, on a shared machine: the shipped computation on both cores and
 * on one thread, alternated run by run so that both meet the same load (JMH runs one after the other,
 * minutes apart). Prints each run's wall and process CPU time with the load, then the medians and
 * the ratio of the medians of wall times.
 *
 * <p>Arguments: runs (default 9), goods (1,000,000), mean inputs (25), seed (20261125).
 */
public final class BothCoresOrOne {
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        int goods = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int inputs = args.length > 2 ? Integer.parseInt(args[2]) : 25;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 20261125L;
        InputTable table = SyntheticEconomy.generate(goods, inputs, seed);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long[][] wall = new long[2][runs];
        long[][] cpu = new long[2][runs];
        for (int r = -2; r < runs; r++) {
            for (int both = 1; both >= 0; both--) {
                Precision precision = both == 1 ? Precision.of(1e-10) : Precision.of(1e-10).sequential();
                long w = System.nanoTime();
                long c = os.getProcessCpuTime();
                LabourOutcome.Solved solved = (LabourOutcome.Solved) LabourValues.compute(table, precision);
                long wallTime = System.nanoTime() - w;
                long cpuTime = os.getProcessCpuTime() - c;
                System.out.printf("%-8s %-10s %6.0f ms wall %6.0f ms cpu, %d passes, residual %.2e, load %s%n",
                        r < 0 ? "warm-up" : "run " + (r + 1), both == 1 ? "both cores" : "one thread",
                        wallTime / 1e6, cpuTime / 1e6, solved.sweeps(), solved.residual(), load());
                if (r >= 0) {
                    wall[both][r] = wallTime;
                    cpu[both][r] = cpuTime;
                }
            }
        }
        System.out.printf("medians: both cores %.0f ms wall, %.0f ms cpu; one thread %.0f ms wall, %.0f ms cpu; one / both wall %.2f%n",
                median(wall[1]) / 1e6, median(cpu[1]) / 1e6, median(wall[0]) / 1e6, median(cpu[0]) / 1e6,
                (double) median(wall[0]) / median(wall[1]));
    }
}
