package org.mandate.bench.clearing;

import org.mandate.bench.measure.Measures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mandate.economy.clearing.Clearing;
import org.mandate.economy.clearing.ClearingResult;
import org.mandate.economy.clearing.Invoice;
import org.mandate.economy.clearing.InvoiceGraph;
import org.mandate.economy.clearing.InvoiceSetOff;

/** The part of {@link ClearingVersusOrTools} that times the clearing by ids and its explanation by cycles. */
final class ExplanationTimes {
    private ExplanationTimes() {}

    /**
     * The whole clearing by ids, and the explanation of its set-off by cycles, medians of as many runs
     * as above after one warm-up. The explanation's own time is that of {@link Clearing#explain} on the
     * set-off less that of {@code explain} on no set-off at all (the same invoices indexed by id and
     * checked, and a report built, but no cycles), both measured in the same runs.
     */
    static void measure(InvoiceGraph graph, long setOff, int runs) throws Exception {
        List<Invoice> named = new ArrayList<>(graph.invoices());
        for (int i = 0; i < graph.invoices(); i++) {
            named.add(Invoice.of("inv-" + i, "body-" + graph.debtor(i), "body-" + graph.creditor(i), graph.amount(i)));
        }
        long[][] wall = new long[3][runs];
        long[][] cpu = new long[3][runs];
        ClearingResult result = null;
        Map<String, Long> recorded = new HashMap<>();
        for (int r = -1; r < runs; r++) {
            result = null;
            long[] w = new long[3];
            long[] c = new long[3];
            long wallStart = System.nanoTime();
            long cpuStart = ClearingVersusOrTools.THREADS.getCurrentThreadCpuTime();
            result = Clearing.clear(named);
            c[0] = ClearingVersusOrTools.THREADS.getCurrentThreadCpuTime() - cpuStart;
            w[0] = System.nanoTime() - wallStart;
            if (result.federation().setOff() != setOff) {
                throw new IllegalStateException("the clearing by ids set off " + result.federation().setOff() + ", not " + setOff);
            }
            if (recorded.isEmpty()) {
                for (InvoiceSetOff i : result.invoiceSetOffs()) {
                    if (i.setOff() > 0) {
                        recorded.put(i.invoice().id(), i.setOff());
                    }
                }
            }
            for (int k = 1; k <= 2; k++) {
                Map<String, Long> given = k == 1 ? recorded : Map.of();
                wallStart = System.nanoTime();
                cpuStart = ClearingVersusOrTools.THREADS.getCurrentThreadCpuTime();
                ClearingResult explained = Clearing.explain(named, given);
                c[k] = ClearingVersusOrTools.THREADS.getCurrentThreadCpuTime() - cpuStart;
                w[k] = System.nanoTime() - wallStart;
                if (k == 1 && explained.cycleCount() != result.cycleCount()) {
                    throw new IllegalStateException("explaining the recorded set-off gave other cycles");
                }
            }
            System.out.printf("  %-8s whole clearing %7.0f ms wall %7.0f ms cpu | explain set-off %7.0f / %7.0f | explain nothing %7.0f / %7.0f | load %s%n",
                    r < 0 ? "warm-up" : "run " + (r + 1), w[0] / 1e6, c[0] / 1e6, w[1] / 1e6, c[1] / 1e6, w[2] / 1e6, c[2] / 1e6, Measures.load());
            if (r >= 0) {
                for (int k = 0; k < 3; k++) {
                    wall[k][r] = w[k];
                    cpu[k][r] = c[k];
                }
            }
        }
        long[] ownWall = new long[runs];
        long[] ownCpu = new long[runs];
        for (int r = 0; r < runs; r++) {
            ownWall[r] = wall[1][r] - wall[2][r];
            ownCpu[r] = cpu[1][r] - cpu[2][r];
        }
        System.out.printf("  median whole clearing by ids %.0f ms wall, %.0f ms cpu; explanation's own %.0f ms wall, %.0f ms cpu%n",
                Measures.median(wall[0]) / 1e6, Measures.median(cpu[0]) / 1e6, Measures.median(ownWall) / 1e6, Measures.median(ownCpu) / 1e6);
        int[] lengths = new int[result.cycleCount()];
        long entries = 0;
        for (int c = 1; c <= lengths.length; c++) {
            lengths[c - 1] = result.cycle(c).length();
            entries += lengths[c - 1];
        }
        Arrays.sort(lengths);
        int n = Math.max(1, lengths.length);
        System.out.printf("  %,d cycles, %,d invoice entries; invoices per cycle: mean %.2f, median %d, p99 %d, max %d%n",
                lengths.length, entries, (double) entries / n, at(lengths, 0.5), at(lengths, 0.99), at(lengths, 1.0));
    }

    /** The value at {@code share} of the sorted values (nearest rank), 0 if there are none. */
    private static int at(int[] sorted, double share) {
        return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(share * sorted.length) - 1)];
    }

}
