package org.mandate.economy.clearing;

/**
 * A set-off split into cycles of bodies, so that each invoice can say against which cycles it was set
 * off: every cycle is a closed chain of invoices, debtor to creditor, all reduced by the cycle's
 * amount, and the cycles through an invoice add up to its set-off exactly. Each cycle empties at
 * least one invoice, so there are at most as many cycles as invoices with a set-off.
 *
 * <p>Short cycles are what a treasurer can check, so most of the set-off is first explained by
 * cycles through a few busy bodies ({@link HubCycles}); the rest by walking ({@link CycleWalk}).
 * Cycles are stored flat: the invoices of cycle {@code c} are
 * {@code invoice[start[c]] .. invoice[start[c+1]-1]}, in order around the cycle.
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
        Circulation c = new Circulation(bodies, debtor, creditor, setOff);
        HubCycles.peel(c);
        CycleWalk.peel(c);
        return c.cycles();
    }
}
