package org.mandate.bench.clearing;

import static org.mandate.bench.measure.Measures.load;
import static org.mandate.bench.measure.Measures.median;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.mandate.economy.clearing.Clearing;
import org.mandate.economy.clearing.InvoiceGraph;
import org.mandate.economy.clearing.MaximumSetOff;
import org.mandate.economy.synthetic.PowerLawInvoices;

/**
 * Times our exact maximum set-off against OR-Tools' MinCostFlow (cost scaling, native code) on the
 * same synthetic power-law invoice graphs in the same run, alternating the two, and checks on every
 * run that both reach the same optimum. OR-Tools is timed on {@code solve()} alone (the arcs are added
 * before the clock starts); ours on the whole {@link MaximumSetOff#of} from the invoice arrays, on one
 * thread (on these graphs one strongly connected component holds almost every invoice, so clearing
 * components in parallel gains nothing, and one thread keeps the CPU time honest). Wall and thread CPU
 * time are both reported: the machine is shared, and CPU time is the steadier of the two.
 * Then the whole clearing by ids with its explanation by cycles ({@link Clearing#clear}) and the
 * explanation alone are timed the same number of times, with the lengths of the cycles.
 *
 * <p>Arguments: runs seed, then pairs of bodies invoices (default: 5 20261125 10000 100000 100000 1000000).
 */
public final class ClearingVersusOrTools {
    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261125L;
        int[] sizes = args.length > 3
                ? Arrays.stream(args, 2, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {10_000, 100_000, 100_000, 1_000_000};
        Loader.loadNativeLibraries();
        for (int k = 0; k + 1 < sizes.length; k += 2) {
            measure(sizes[k], sizes[k + 1], seed, runs);
        }
    }

    private static void measure(int bodies, int invoices, long seed, int runs) throws Exception {
        InvoiceGraph graph = PowerLawInvoices.generate(bodies, invoices, seed);
        long[] net = graph.netPositions();
        long bound = 0;
        for (long x : net) {
            bound += Math.max(0, x);
        }
        System.out.printf("%n%,d bodies, %,d invoices, seed %d: total outstanding %,d, net-internal-debt bound %,d (load %s)%n",
                bodies, invoices, seed, graph.total(), bound, load());
        long[] oursWall = new long[runs];
        long[] oursCpu = new long[runs];
        long[] orWall = new long[runs];
        long[] orCpu = new long[runs];
        long setOff = -1;
        for (int r = -1; r < runs; r++) {
            long wall = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            long[] ours = MaximumSetOff.of(graph, false);
            long oursCpuTime = THREADS.getCurrentThreadCpuTime() - cpu;
            long oursWallTime = System.nanoTime() - wall;
            long total = Arrays.stream(ours).sum();

            MinCostFlow flow = new MinCostFlow();
            for (int i = 0; i < graph.invoices(); i++) {
                flow.addArcWithCapacityAndUnitCost(graph.debtor(i), graph.creditor(i), graph.amount(i), 1);
            }
            for (int v = 0; v < graph.bodies(); v++) {
                flow.setNodeSupply(v, -net[v]);
            }
            wall = System.nanoTime();
            cpu = THREADS.getCurrentThreadCpuTime();
            MinCostFlow.Status status = flow.solve();
            long orCpuTime = THREADS.getCurrentThreadCpuTime() - cpu;
            long orWallTime = System.nanoTime() - wall;
            if (status != MinCostFlow.Status.OPTIMAL || graph.total() - flow.getOptimalCost() != total) {
                throw new IllegalStateException("OR-Tools (" + status + ", set-off " + (graph.total() - flow.getOptimalCost())
                        + ") and ours (" + total + ") disagree");
            }
            setOff = total;
            String which = r < 0 ? "warm-up" : "run " + (r + 1);
            System.out.printf("  %-8s ours %7.0f ms wall %7.0f ms cpu | OR-Tools %7.0f ms wall %7.0f ms cpu | load %s%n",
                    which, oursWallTime / 1e6, oursCpuTime / 1e6, orWallTime / 1e6, orCpuTime / 1e6, load());
            if (r >= 0) {
                oursWall[r] = oursWallTime;
                oursCpu[r] = oursCpuTime;
                orWall[r] = orWallTime;
                orCpu[r] = orCpuTime;
            }
        }
        long remaining = graph.total() - setOff;
        System.out.printf("  set off %,d: share cleared %.4f, remaining / net internal debt %.4f%n",
                setOff, (double) setOff / graph.total(), (double) remaining / bound);
        System.out.printf("  median ours %.0f ms wall, %.0f ms cpu; OR-Tools %.0f ms wall, %.0f ms cpu; ours / OR-Tools %.2f wall, %.2f cpu%n",
                median(oursWall) / 1e6, median(oursCpu) / 1e6, median(orWall) / 1e6, median(orCpu) / 1e6,
                (double) median(oursWall) / median(orWall), (double) median(oursCpu) / median(orCpu));

        ExplanationTimes.measure(graph, setOff, runs);
    }
}
