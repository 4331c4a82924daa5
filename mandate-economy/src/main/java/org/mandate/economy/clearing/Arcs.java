package org.mandate.economy.clearing;

import java.util.Arrays;

/**
 * The arcs {@link Elimination} works on: each invoice with a set-off is an arc from its debtor to its
 * creditor carrying that set-off, and eliminating a body joins an arc into it with an arc out of it
 * into one arc standing for both (a chain of invoices through bodies already eliminated). A joined arc
 * keeps its two parts rather than a copy of its invoices, so joining costs the same however long the
 * chain, and {@link #invoices} lists them only when a cycle is found.
 *
 * <p>Each body lists the arcs out of it and into it, in the order they were made, in arrays of its
 * own (read in order, not by following links around the pool). An arc is used up, its amount zero,
 * once either end is eliminated, and is then skipped rather than removed: a body's lists are read
 * once, when it is eliminated.
 */
final class Arcs {
    static final int NONE = -1;

    int count;
    int[] from;
    int[] to;
    long[] amount;
    /** Invoices on the chain: 1 for an invoice. */
    int[] length;
    /**
     * At {@code 2k} an invoice's index or a joined arc's part into the eliminated body, at {@code 2k+1}
     * {@link #NONE} or the part out of it: side by side, so following a chain reads one place per arc.
     */
    private int[] parts;
    private final int[][] outOf;
    private final int[] outs;
    private final int[][] into;
    private final int[] ins;
    private int[] pending = new int[64];

    Arcs(int bodies, int capacity) {
        int n = Math.max(16, capacity);
        from = new int[n];
        to = new int[n];
        amount = new long[n];
        length = new int[n];
        parts = new int[2 * n];
        outOf = new int[bodies][];
        outs = new int[bodies];
        into = new int[bodies][];
        ins = new int[bodies];
    }

    int invoice(int debtor, int creditor, long setOff, int invoice) {
        return add(debtor, creditor, setOff, invoice, NONE, 1);
    }

    /** The arc {@code a -> (eliminated body) -> b} made of arcs {@code into} and {@code out}, carrying {@code carried} of both. */
    int join(int a, int b, long carried, int into, int out, int chain) {
        return add(a, b, carried, into, out, chain);
    }

    private int add(int a, int b, long carried, int one, int two, int chain) {
        if (count == from.length) {
            int n = count * 2;
            from = Arrays.copyOf(from, n);
            to = Arrays.copyOf(to, n);
            amount = Arrays.copyOf(amount, n);
            length = Arrays.copyOf(length, n);
            parts = Arrays.copyOf(parts, 2 * n);
        }
        int k = count++;
        from[k] = a;
        to[k] = b;
        amount[k] = carried;
        length[k] = chain;
        parts[2 * k] = one;
        parts[2 * k + 1] = two;
        outOf[a] = append(outOf[a], outs[a]++, k);
        into[b] = append(into[b], ins[b]++, k);
        return k;
    }

    private static int[] append(int[] list, int at, int k) {
        if (list == null) {
            list = new int[4];
        } else if (at == list.length) {
            list = Arrays.copyOf(list, at * 2);
        }
        list[at] = k;
        return list;
    }

    /** Arcs ever into {@code v}, the first {@link #intoCount} of the array; those used up are still listed. */
    int[] into(int v) {
        return into[v];
    }

    int intoCount(int v) {
        return ins[v];
    }

    int[] outOf(int v) {
        return outOf[v];
    }

    int outOfCount(int v) {
        return outs[v];
    }

    /**
     * Writes the invoices of arc {@code k} in order along the chain to {@code into} from {@code at};
     * returns the position after the last (the array must have room for {@code length[k]} more).
     */
    int invoices(int k, int[] into, int at) {
        int top = 0;
        pending = grow(pending, length[k]);
        pending[top++] = k;
        while (top > 0) {
            int x = pending[--top];
            int one = parts[2 * x];
            int two = parts[2 * x + 1];
            if (two == NONE) {
                into[at++] = one;
            } else {
                pending[top++] = two;
                pending[top++] = one;
            }
        }
        return at;
    }

    static int[] grow(int[] array, int size) {
        return array.length >= size ? array : Arrays.copyOf(array, Math.max(size, array.length * 2));
    }

    static long[] grow(long[] array, int size) {
        return array.length >= size ? array : Arrays.copyOf(array, Math.max(size, array.length * 2));
    }
}
