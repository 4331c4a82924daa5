package org.mandate.economy.clearing;

import java.util.stream.IntStream;

/**
 * The greatest set-off of an {@link InvoiceGraph}: per invoice the amount {@code 0 <= s <= outstanding}
 * that is cancelled, such that every body's net position is unchanged and the total is the largest
 * possible. Exact, in integers.
 *
 * <p>Set-off is a circulation, so it lives inside strongly connected components; each component is
 * cleared on its own (in parallel if asked: the components share nothing, so the result is the same
 * either way). Inside a component the remaining debts form a flow that routes every body's net
 * position, and the least total remaining debt is a minimum-cost flow with cost one per unit per
 * invoice, found by {@link PrimalDual}.
 */
public final class MaximumSetOff {
    private MaximumSetOff() {}

    /** The set-off per invoice, in the graph's invoice order. */
    public static long[] of(InvoiceGraph graph, boolean parallel) {
        int[] debtor = graph.debtors();
        int[] creditor = graph.creditors();
        long[] amount = graph.amounts();
        StrongComponents scc = StrongComponents.of(graph.bodies(), debtor, creditor);
        int[] component = scc.component;

        // Number each body within its component and gather each component's internal invoices.
        int[] size = new int[scc.count];
        int[] local = new int[graph.bodies()];
        for (int v = 0; v < graph.bodies(); v++) {
            local[v] = size[component[v]]++;
        }
        int[] arcStart = new int[scc.count + 1];
        for (int i = 0; i < debtor.length; i++) {
            if (component[debtor[i]] == component[creditor[i]]) {
                arcStart[component[debtor[i]] + 1]++;
            }
        }
        for (int c = 0; c < scc.count; c++) {
            arcStart[c + 1] += arcStart[c];
        }
        int[] arcInvoice = new int[arcStart[scc.count]];
        int[] fill = java.util.Arrays.copyOf(arcStart, scc.count);
        for (int i = 0; i < debtor.length; i++) {
            int c = component[debtor[i]];
            if (c == component[creditor[i]]) {
                arcInvoice[fill[c]++] = i;
            }
        }

        long[] setOff = new long[debtor.length];
        IntStream cleared = IntStream.range(0, scc.count).filter(c -> arcStart[c + 1] > arcStart[c]);
        if (parallel) {
            cleared = cleared.parallel();
        }
        cleared.forEach(c -> {
            int from = arcStart[c];
            int arcs = arcStart[c + 1] - from;
            int[] tail = new int[arcs];
            int[] head = new int[arcs];
            long[] capacity = new long[arcs];
            for (int a = 0; a < arcs; a++) {
                int i = arcInvoice[from + a];
                tail[a] = local[debtor[i]];
                head[a] = local[creditor[i]];
                capacity[a] = amount[i];
            }
            ResidualNetwork network = new ResidualNetwork(size[c], tail, head, capacity);
            PrimalDual.route(network);
            for (int a = 0; a < arcs; a++) {
                int i = arcInvoice[from + a];
                setOff[i] = amount[i] - network.remaining(a);
            }
        });
        return setOff;
    }
}
