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
        Indexed x = index(invoices);
        InvoiceGraph graph = new InvoiceGraph(x.bodies.size(), x.debtor, x.creditor, x.amount);
        return result(x, graph, MaximumSetOff.of(graph, parallel));
    }

    /**
     * The report of a set-off already made, such as one read back from the record: the invoices as they
     * stood before it and the amount set off on each (by id; an invoice not named had none). The cycles
     * are found by the same decomposition as {@link #clear}, so a set-off {@code clear} computed is
     * explained again by the same cycles. A set-off that is not one (an amount below zero or above what
     * the invoice owed, an unknown invoice, a net position moved) is a bug in the caller and throws
     * {@link IllegalArgumentException}.
     */
    public static ClearingResult explain(Collection<Invoice> invoices, Map<String, Long> setOff) {
        Indexed x = index(invoices);
        long[] s = new long[x.sorted.size()];
        long[] net = new long[x.bodies.size()];
        Map<String, Long> left = new HashMap<>(setOff);
        for (int i = 0; i < s.length; i++) {
            Long amount = left.remove(x.sorted.get(i).id());
            s[i] = amount == null ? 0 : amount;
            if (s[i] < 0 || s[i] > x.amount[i]) {
                throw new IllegalArgumentException("the set-off of " + x.sorted.get(i).id() + " is outside 0.." + x.amount[i]);
            }
            net[x.debtor[i]] -= s[i];
            net[x.creditor[i]] += s[i];
        }
        if (!left.isEmpty()) {
            throw new IllegalArgumentException("set-offs of invoices not in the clearing: " + new TreeSet<>(left.keySet()));
        }
        for (int v = 0; v < net.length; v++) {
            if (net[v] != 0) {
                throw new IllegalArgumentException("the set-off moves the net position of " + x.bodies.get(v));
            }
        }
        return result(x, new InvoiceGraph(x.bodies.size(), x.debtor, x.creditor, x.amount), s);
    }

    /** Invoices in order of id, bodies in order of id, and each invoice's ends and amount by index. */
    private record Indexed(List<Invoice> sorted, List<BodyId> bodies, int[] debtor, int[] creditor, long[] amount) {}

    private static Indexed index(Collection<Invoice> invoices) {
        List<Invoice> sorted = new ArrayList<>(invoices);
        sorted.sort(Comparator.comparing(Invoice::id));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
                throw new IllegalArgumentException("invoice id " + sorted.get(i).id() + " is used twice");
            }
        }
        // Bodies are gathered by hash and sorted once: a million invoices name each body many times, and
        // a sorted set would compare ids on every one of those (a quarter of a whole clearing's time).
        Map<BodyId, Integer> index = new HashMap<>();
        for (Invoice invoice : sorted) {
            index.putIfAbsent(invoice.debtor(), 0);
            index.putIfAbsent(invoice.creditor(), 0);
        }
        List<BodyId> bodies = new ArrayList<>(index.keySet());
        bodies.sort(Comparator.naturalOrder());
        bodies = List.copyOf(bodies);
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
        return new Indexed(List.copyOf(sorted), bodies, debtor, creditor, amount);
    }

    private static ClearingResult result(Indexed x, InvoiceGraph graph, long[] setOff) {
        CycleDecomposition cycles = CycleDecomposition.of(graph.bodies(), x.debtor, x.creditor, setOff);
        return new ClearingResult(x.sorted, x.bodies, graph, setOff, cycles);
    }
}
