package org.mandate.economy.clearing;

import java.util.Arrays;

/**
 * Cycles as they are found, stored flat. A closed chain of invoices is split where it passes a body
 * twice, so every cycle recorded is simple (no body twice, so never longer than there are bodies), and
 * each starts at its body of least index (the first by id), so the same cycle always reads the same.
 */
final class CycleBook {
    private final int[] debtor;
    private final int[] creditor;
    /** Per body, where it stands on the chain being split, or -1. */
    private final int[] at;
    private int[] open = new int[64];
    private int[] turned = new int[64];
    private int count;
    private int[] start = new int[16];
    private int[] invoice = new int[64];
    private long[] amount = new long[16];

    CycleBook(int bodies, int[] debtor, int[] creditor) {
        this.debtor = debtor;
        this.creditor = creditor;
        this.at = new int[bodies];
        Arrays.fill(at, -1);
    }

    /** Records the closed chain {@code chain[0..length)} (each invoice's creditor the next one's debtor, the last one's the first one's) with {@code value} on every invoice. */
    void closed(int[] chain, int length, long value) {
        open = Arcs.grow(open, length);
        int top = 0;
        for (int k = 0; k < length; k++) {
            int e = chain[k];
            int d = debtor[e];
            if (at[d] >= 0) {
                int from = at[d];
                for (int j = from; j < top; j++) {
                    at[debtor[open[j]]] = -1;
                }
                simple(open, from, top, value);
                top = from;
            }
            at[d] = top;
            open[top++] = e;
        }
        if (creditor[open[top - 1]] != debtor[open[0]]) {
            throw new IllegalStateException("a chain to record is not closed");
        }
        for (int j = 0; j < top; j++) {
            at[debtor[open[j]]] = -1;
        }
        simple(open, 0, top, value);
    }

    private void simple(int[] cycle, int from, int to, long value) {
        int length = to - from;
        int least = from;
        for (int j = from + 1; j < to; j++) {
            if (debtor[cycle[j]] < debtor[cycle[least]]) {
                least = j;
            }
        }
        turned = Arcs.grow(turned, length);
        System.arraycopy(cycle, least, turned, 0, to - least);
        System.arraycopy(cycle, from, turned, to - least, least - from);
        if (count + 1 >= start.length) {
            start = Arrays.copyOf(start, start.length * 2);
            amount = Arrays.copyOf(amount, amount.length * 2);
        }
        int first = start[count];
        if (first + length > invoice.length) {
            invoice = Arrays.copyOf(invoice, Math.max(invoice.length * 2, first + length));
        }
        System.arraycopy(turned, 0, invoice, first, length);
        amount[count] = value;
        start[++count] = first + length;
    }

    CycleDecomposition decomposition() {
        return new CycleDecomposition(count, Arrays.copyOf(start, count + 1), Arrays.copyOf(invoice, start[count]),
                Arrays.copyOf(amount, count));
    }
}
