package org.mandate.economy.clearing;

import java.util.Arrays;

/**
 * Explains a set-off by short cycles, eliminating bodies one at a time, those with the fewest invoices
 * first. What enters a body equals what leaves it, so each arc into the body can be paired with arcs
 * out of it: a pair that leaves from and returns to the same body is a cycle, recorded at once; any
 * other pair becomes one arc that bypasses the eliminated body (a chain of invoices). When the last
 * body is gone every invoice's set-off has been recorded in cycles, exactly, in time close to linear.
 *
 * <p>Pairing is where cycles are kept short. At each body, in order: arcs back to the body they came
 * from are paired first (invoices with invoices before chains, so whatever was set off both ways
 * between two bodies is explained by cycles of those two bodies alone); then pairs whose bypass an
 * existing arc will close when the next of its ends goes (a triangle, for two invoices), looked up in
 * a {@link PairSet} within a budget per arc; then the rest. Throughout, the shortest arcs in are
 * paired with the longest out, so that no chain grows much longer than the others. Bodies trading
 * little go first: their bypasses join the busier bodies they trade with, where most cycles close.
 *
 * <p>Each cycle recorded empties an arc at the body being eliminated, so there are at most as many
 * cycles as arcs ever made (invoices and bypasses; in practice fewer than the invoices with a
 * set-off), plus the rare extra ones from splitting a chain that passes a body twice.
 */
final class Elimination {
    /** Look-ups allowed per arc at a body for closable pairs: keeps a body with many arcs linear in them. */
    private static final int LOOKUPS_PER_ARC = 16;

    private final Arcs arcs;
    private final PairSet pairs;
    private final CycleBook book;
    /** Per body, the first arc out of the body being eliminated that goes to it (a position in {@link #out}), or -1. */
    private final int[] back;
    private int[] backNext = new int[16];
    private final Side in = new Side();
    private final Side out = new Side();
    private int[] chain = new int[64];
    private int[] after = new int[16];
    /** Cycles found, as the two arcs that close each and its amount, in the order found. */
    private int closures;
    private int[] closedIn = new int[64];
    private int[] closedOut = new int[64];
    private long[] closedAmount = new long[64];

    private Elimination(int bodies, int[] debtor, int[] creditor, long[] setOff) {
        int arcsWithSetOff = 0;
        for (long s : setOff) {
            if (s > 0) {
                arcsWithSetOff++;
            }
        }
        arcs = new Arcs(bodies, 4 * arcsWithSetOff);
        book = new CycleBook(bodies, debtor, creditor);
        back = new int[bodies];
        Arrays.fill(back, -1);
        for (int i = 0; i < setOff.length; i++) {
            if (setOff[i] > 0) {
                arcs.invoice(debtor[i], creditor[i], setOff[i], i);
            }
        }
        pairs = new PairSet((int) Math.min(1 << 28, 4L * arcsWithSetOff));
        for (int k = 0; k < arcs.count; k++) {
            pairs.add(arcs.from[k], arcs.to[k]);
        }
    }

    static CycleDecomposition of(int bodies, int[] debtor, int[] creditor, long[] setOff) {
        Elimination e = new Elimination(bodies, debtor, creditor, setOff);
        for (int v : e.quietestFirst(bodies)) {
            e.eliminate(v);
        }
        e.recordClosures();
        return e.book.decomposition();
    }

    /** Bodies with any set-off, by the number of invoices with a set-off they are party to, then by index. */
    private int[] quietestFirst(int bodies) {
        long[] degree = new long[bodies];
        for (int k = 0; k < arcs.count; k++) {
            degree[arcs.from[k]]++;
            degree[arcs.to[k]]++;
        }
        long[] keyed = new long[bodies];
        int n = 0;
        for (int v = 0; v < bodies; v++) {
            if (degree[v] > 0) {
                keyed[n++] = degree[v] << 32 | v;
            }
        }
        Arrays.sort(keyed, 0, n);
        int[] quietest = new int[n];
        for (int k = 0; k < n; k++) {
            quietest[k] = (int) keyed[k];
        }
        return quietest;
    }

    private void eliminate(int w) {
        in.gather(arcs, arcs.into(w), arcs.intoCount(w), true, false);
        out.gather(arcs, arcs.outOf(w), arcs.outOfCount(w), false, true);
        closeBack(1);
        closeBack(Integer.MAX_VALUE);
        joinClosable();
        joinRest();
        in.spend(arcs);
        out.spend(arcs);
    }

    /**
     * Pairs arcs in from a body with arcs out back to it, up to the given length: cycles now. Called
     * first for invoices alone, so that what was set off both ways between two bodies makes cycles of
     * those two alone; then for all, the shortest chains in with the longest out, which keeps cycles
     * even in length.
     */
    private void closeBack(int longest) {
        backNext = Arcs.grow(backNext, out.count);
        for (int j = out.count - 1; j >= 0; j--) {
            if (out.length[j] <= longest) {
                backNext[j] = back[out.end[j]];
                back[out.end[j]] = j;
            }
        }
        for (int i = 0; i < in.count && in.length[i] <= longest; i++) {
            int a = in.end[i];
            while (in.left[i] > 0 && back[a] >= 0) {
                int j = back[a];
                if (out.left[j] == 0) {
                    back[a] = backNext[j];
                } else {
                    close(i, j);
                }
            }
        }
        for (int j = 0; j < out.count; j++) {
            back[out.end[j]] = -1;
        }
    }

    /** Joins pairs whose bypass {@code a -> b} an existing arc {@code b -> a} will close, within the budget. */
    private void joinClosable() {
        long budget = (long) LOOKUPS_PER_ARC * (in.count + out.count);
        after = Arcs.grow(after, out.count);
        for (int j = 0; j < out.count; j++) {
            after[j] = j + 1;
        }
        for (int i = 0; i < in.count && budget > 0; i++) {
            for (int j = live(0); j < out.count && in.left[i] > 0 && budget > 0; j = live(j + 1)) {
                budget--;
                if (pairs.contains(out.end[j], in.end[i])) {
                    join(i, j);
                }
            }
        }
    }

    /**
     * The first arc out at or after position {@code j} with something left, or {@code out.count}:
     * emptied arcs are skipped by pointers shortened on every call, so that a body with many arcs is
     * not read again and again past those already used up.
     */
    private int live(int j) {
        int r = j;
        while (r < out.count && out.left[r] == 0) {
            r = after[r];
        }
        while (j < r) {
            int next = after[j];
            after[j] = r;
            j = next;
        }
        return r;
    }

    /** Joins what is left in order: the shortest arcs in with the longest out. */
    private void joinRest() {
        int j = 0;
        for (int i = 0; i < in.count; i++) {
            while (in.left[i] > 0) {
                while (j < out.count && out.left[j] == 0) {
                    j++;
                }
                if (j == out.count) {
                    throw new IllegalStateException("the set-off to explain is not a circulation");
                }
                join(i, j);
            }
        }
    }

    /**
     * Notes the cycle made of in-arc {@code i} and out-arc {@code j}, which return to the same body; its
     * invoices are listed once every body is gone ({@link #recordClosures}), so that following chains
     * does not push the arcs still being paired out of the cache (measured: about a tenth less time).
     */
    private void close(int i, int j) {
        long z = Math.min(in.left[i], out.left[j]);
        closedIn = Arcs.grow(closedIn, closures + 1);
        closedOut = Arcs.grow(closedOut, closures + 1);
        closedAmount = Arcs.grow(closedAmount, closures + 1);
        closedIn[closures] = in.arc[i];
        closedOut[closures] = out.arc[j];
        closedAmount[closures++] = z;
        in.left[i] -= z;
        out.left[j] -= z;
    }

    private void recordClosures() {
        for (int c = 0; c < closures; c++) {
            chain = Arcs.grow(chain, arcs.length[closedIn[c]] + arcs.length[closedOut[c]]);
            int length = arcs.invoices(closedIn[c], chain, 0);
            length = arcs.invoices(closedOut[c], chain, length);
            book.closed(chain, length, closedAmount[c]);
        }
    }

    /** Replaces as much of in-arc {@code i} and out-arc {@code j} as they share by one arc bypassing the body. */
    private void join(int i, int j) {
        long z = Math.min(in.left[i], out.left[j]);
        arcs.join(in.end[i], out.end[j], z, in.arc[i], out.arc[j], in.length[i] + out.length[j]);
        pairs.add(in.end[i], out.end[j]);
        in.left[i] -= z;
        out.left[j] -= z;
    }
}
