package org.mandate.economy.clearing;

import java.util.Arrays;

/**
 * The arcs on one side of the body being eliminated (all in, or all out), copied out of {@link Arcs}
 * with the body at their other end, what they have left and their length, so that pairing them reads
 * memory in order instead of jumping about the pool.
 */
final class Side {
    int count;
    int[] arc = new int[16];
    int[] end = new int[16];
    long[] left = new long[16];
    int[] length = new int[16];
    private long[] order = new long[16];

    /** Takes the arcs with something left from a list of {@code arcs} (into or out of one body), sorted by length. */
    void gather(Arcs arcs, int[] list, int listed, boolean into, boolean longestFirst) {
        int n = 0;
        for (int p = 0; p < listed; p++) {
            int k = list[p];
            if (arcs.amount[k] > 0) {
                order = Arcs.grow(order, n + 1);
                long chain = arcs.length[k];
                order[n++] = (longestFirst ? Integer.MAX_VALUE - chain : chain) << 32 | k;
            }
        }
        Arrays.sort(order, 0, n);
        if (arc.length < n) {
            int size = Math.max(n, arc.length * 2);
            arc = new int[size];
            end = new int[size];
            left = new long[size];
            length = new int[size];
        }
        for (int i = 0; i < n; i++) {
            int k = (int) order[i];
            arc[i] = k;
            end[i] = into ? arcs.from[k] : arcs.to[k];
            left[i] = arcs.amount[k];
            length[i] = arcs.length[k];
        }
        count = n;
    }

    /** Marks every arc of this side used up in the pool: the body is gone, and all it carried was paired. */
    void spend(Arcs arcs) {
        for (int i = 0; i < count; i++) {
            if (left[i] != 0) {
                throw new IllegalStateException("the set-off to explain is not a circulation");
            }
            arcs.amount[arc[i]] = 0;
        }
    }
}
