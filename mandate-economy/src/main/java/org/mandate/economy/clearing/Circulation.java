package org.mandate.economy.clearing;

import java.util.Arrays;

/**
 * The set-off still to be explained as cycles: per invoice the amount {@code left} not yet assigned to
 * a cycle, and the invoices with something left indexed by debtor ({@code out}) and by creditor
 * ({@code in}). Cancelling a cycle takes its least amount off every invoice on it and records it; the
 * rest is always a circulation again.
 */
final class Circulation {
    final int bodies;
    final int[] debtor;
    final int[] creditor;
    final long[] left;
    final int[] outFirst;
    final int[] out;
    final int[] inFirst;
    final int[] in;
    /** How many invoices the adjacency holds: those that had something left at the last {@link #compact}. */
    int arcs;
    private int count;
    private int[] start = new int[16];
    private int[] invoice = new int[64];
    private long[] amount = new long[16];

    Circulation(int bodies, int[] debtor, int[] creditor, long[] setOff) {
        this.bodies = bodies;
        this.debtor = debtor;
        this.creditor = creditor;
        this.left = setOff.clone();
        this.outFirst = new int[bodies + 1];
        this.inFirst = new int[bodies + 1];
        for (int i = 0; i < debtor.length; i++) {
            if (left[i] > 0) {
                outFirst[debtor[i] + 1]++;
                inFirst[creditor[i] + 1]++;
            }
        }
        for (int v = 0; v < bodies; v++) {
            outFirst[v + 1] += outFirst[v];
            inFirst[v + 1] += inFirst[v];
        }
        this.out = new int[outFirst[bodies]];
        this.in = new int[inFirst[bodies]];
        this.arcs = out.length;
        int[] o = Arrays.copyOf(outFirst, bodies);
        int[] n = Arrays.copyOf(inFirst, bodies);
        for (int i = 0; i < debtor.length; i++) {
            if (left[i] > 0) {
                out[o[debtor[i]]++] = i;
                in[n[creditor[i]]++] = i;
            }
        }
    }

    /**
     * Drops emptied invoices from both adjacencies, in place and in the same order, so that searches
     * cost what is left rather than what there was.
     */
    void compact() {
        arcs = compact(outFirst, out);
        compact(inFirst, in);
    }

    private int compact(int[] first, int[] adjacent) {
        int kept = 0;
        for (int v = 0; v < bodies; v++) {
            int from = first[v];
            int to = first[v + 1];
            first[v] = kept;
            for (int p = from; p < to; p++) {
                if (left[adjacent[p]] > 0) {
                    adjacent[kept++] = adjacent[p];
                }
            }
        }
        first[bodies] = kept;
        return kept;
    }

    /**
     * Cancels the cycle made of invoices {@code cycle[from..to)} (each one's creditor is the next one's
     * debtor, the last one's creditor the first one's debtor) and returns the position of the first
     * invoice it emptied.
     */
    int cancel(int[] cycle, int from, int to) {
        long least = Long.MAX_VALUE;
        for (int j = from; j < to; j++) {
            least = Math.min(least, left[cycle[j]]);
        }
        if (least <= 0) {
            throw new IllegalStateException("a cycle to cancel has an invoice with nothing left");
        }
        int emptied = -1;
        for (int j = from; j < to; j++) {
            left[cycle[j]] -= least;
            if (emptied < 0 && left[cycle[j]] == 0) {
                emptied = j;
            }
        }
        record(cycle, from, to, least);
        return emptied;
    }

    private void record(int[] cycle, int from, int to, long value) {
        if (count + 1 >= start.length) {
            start = Arrays.copyOf(start, start.length * 2);
            amount = Arrays.copyOf(amount, amount.length * 2);
        }
        int at = start[count];
        int length = to - from;
        if (at + length > invoice.length) {
            invoice = Arrays.copyOf(invoice, Math.max(invoice.length * 2, at + length));
        }
        System.arraycopy(cycle, from, invoice, at, length);
        amount[count] = value;
        start[++count] = at + length;
    }

    CycleDecomposition cycles() {
        return new CycleDecomposition(count, Arrays.copyOf(start, count + 1), Arrays.copyOf(invoice, start[count]),
                Arrays.copyOf(amount, count));
    }
}
