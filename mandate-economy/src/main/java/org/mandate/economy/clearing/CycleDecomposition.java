package org.mandate.economy.clearing;

/**
 * A set-off split into cycles of bodies, so that each invoice can say against which cycles it was set
 * off: every cycle is a closed chain of invoices, debtor to creditor, through no body twice, all
 * reduced by the cycle's amount, and the cycles through an invoice add up to its set-off exactly.
 *
 * <p>Short cycles are what a treasurer can check; {@link Elimination} finds them. Cycles are stored
 * flat: the invoices of cycle {@code c} are {@code invoice[start[c]] .. invoice[start[c+1]-1]}, in
 * order around the cycle, from its body of least index.
 */
final class CycleDecomposition {
    final int count;
    final int[] start;
    final int[] invoice;
    final long[] amount;

    CycleDecomposition(int count, int[] start, int[] invoice, long[] amount) {
        this.count = count;
        this.start = start;
        this.invoice = invoice;
        this.amount = amount;
    }

    static CycleDecomposition of(int bodies, int[] debtor, int[] creditor, long[] setOff) {
        return Elimination.of(bodies, debtor, creditor, setOff);
    }
}
