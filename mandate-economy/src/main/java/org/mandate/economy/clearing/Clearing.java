package org.mandate.economy.clearing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.mandate.core.BodyId;

/**
 * Multilateral clearing of invoices: the set-off that cancels the largest possible total of debt while
 * leaving every body's net position unchanged, exact in integers, explained by cycles of bodies.
 *
 * <p>Pure and deterministic, for the domain to call from a decision: no clock, no randomness, no I/O.
 * The result depends on the set of invoices only, not on their order: invoices are taken in order of
 * id and bodies in order of id before anything is computed. Invoices with the same id are a bug in the
 * caller (the reader and the domain refuse them first) and throw {@link IllegalArgumentException}.
 */
public final class Clearing {
    private Clearing() {}

    public static ClearingResult clear(Collection<Invoice> invoices) {
        return clear(invoices, false);
    }

    /**
     * @param parallel whether to clear separate strongly connected components on several threads (the
     *     common fork-join pool); the result is the same either way
     */
    public static ClearingResult clear(Collection<Invoice> invoices, boolean parallel) {
        List<Invoice> sorted = new ArrayList<>(invoices);
        sorted.sort(Comparator.comparing(Invoice::id));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
                throw new IllegalArgumentException("invoice id " + sorted.get(i).id() + " is used twice");
            }
        }
        TreeSet<BodyId> named = new TreeSet<>();
        for (Invoice invoice : sorted) {
            named.add(invoice.debtor());
            named.add(invoice.creditor());
        }
        List<BodyId> bodies = List.copyOf(named);
        Map<BodyId, Integer> index = new HashMap<>();
        for (int v = 0; v < bodies.size(); v++) {
            index.put(bodies.get(v), v);
        }
        int[] debtor = new int[sorted.size()];
        int[] creditor = new int[sorted.size()];
        long[] amount = new long[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            Invoice invoice = sorted.get(i);
            debtor[i] = index.get(invoice.debtor());
            creditor[i] = index.get(invoice.creditor());
            amount[i] = invoice.outstanding();
        }
        InvoiceGraph graph = new InvoiceGraph(bodies.size(), debtor, creditor, amount);
        long[] setOff = MaximumSetOff.of(graph, parallel);
        CycleDecomposition cycles = CycleDecomposition.of(graph.bodies(), debtor, creditor, setOff);
        return new ClearingResult(List.copyOf(sorted), bodies, graph, setOff, cycles);
    }
}
