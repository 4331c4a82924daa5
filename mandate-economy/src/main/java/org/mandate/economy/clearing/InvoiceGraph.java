package org.mandate.economy.clearing;

import java.util.Arrays;

/**
 * Invoices as plain arrays: invoice {@code i} says body {@code debtor[i]} owes body
 * {@code creditor[i]} the outstanding amount {@code amount[i]} (in the smallest unit). Bodies are
 * numbered {@code 0..bodies-1}. This is the form the solver works on; {@link Clearing} builds it from
 * invoices named by ids.
 *
 * <p>The arrays are copied in, so a graph never changes after it is made. Bad arrays are
 * programming errors (the reader and the domain refuse bad input first) and throw
 * {@link IllegalArgumentException}.
 */
public final class InvoiceGraph {
    private final int bodies;
    private final int[] debtor;
    private final int[] creditor;
    private final long[] amount;
    private final long total;

    public InvoiceGraph(int bodies, int[] debtor, int[] creditor, long[] amount) {
        if (bodies < 0 || debtor.length != creditor.length || debtor.length != amount.length) {
            throw new IllegalArgumentException("a graph needs as many debtors, creditors and amounts as invoices");
        }
        long sum = 0;
        for (int i = 0; i < debtor.length; i++) {
            if (debtor[i] < 0 || debtor[i] >= bodies || creditor[i] < 0 || creditor[i] >= bodies) {
                throw new IllegalArgumentException("invoice " + i + " names a body outside 0.." + (bodies - 1));
            }
            if (debtor[i] == creditor[i]) {
                throw new IllegalArgumentException("invoice " + i + " is from a body to itself");
            }
            if (amount[i] <= 0) {
                throw new IllegalArgumentException("invoice " + i + " has an amount that is not positive");
            }
            sum = Math.addExact(sum, amount[i]);
        }
        this.bodies = bodies;
        this.debtor = debtor.clone();
        this.creditor = creditor.clone();
        this.amount = amount.clone();
        this.total = sum;
    }

    public int bodies() {
        return bodies;
    }

    public int invoices() {
        return debtor.length;
    }

    public int debtor(int invoice) {
        return debtor[invoice];
    }

    public int creditor(int invoice) {
        return creditor[invoice];
    }

    public long amount(int invoice) {
        return amount[invoice];
    }

    /** The sum of all outstanding amounts; it fits a long, or the graph would not have been made. */
    public long total() {
        return total;
    }

    /** Per body, what it is owed minus what it owes: positive for net creditors. */
    public long[] netPositions() {
        long[] net = new long[bodies];
        for (int i = 0; i < debtor.length; i++) {
            net[creditor[i]] += amount[i];
            net[debtor[i]] -= amount[i];
        }
        return net;
    }

    int[] debtors() {
        return debtor;
    }

    int[] creditors() {
        return creditor;
    }

    long[] amounts() {
        return amount;
    }

    @Override
    public String toString() {
        return "InvoiceGraph[" + bodies + " bodies, " + debtor.length + " invoices, total " + total
                + (debtor.length <= 8 ? ", " + Arrays.toString(debtor) + "->" + Arrays.toString(creditor) : "") + "]";
    }
}
