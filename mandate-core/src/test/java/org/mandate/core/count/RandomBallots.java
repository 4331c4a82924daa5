package org.mandate.core.count;

import java.util.SplittableRandom;

/** Seeded generators for the property tests; every failure message names its seed. */
final class RandomBallots {

    private RandomBallots() {
    }

    static int[] permutation(SplittableRandom rnd, int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    /** A ranked ballot: random ranks 1..k with ties, some options unranked. */
    static int[] ranks(SplittableRandom rnd, int k) {
        int[] r = new int[k];
        for (int o = 0; o < k; o++) {
            r[o] = rnd.nextInt(5) == 0 ? Schulze.UNRANKED : 1 + rnd.nextInt(k);
        }
        return r;
    }

    /** A preference list: a random prefix of a random permutation, never empty. */
    static int[] preferences(SplittableRandom rnd, int k) {
        int[] p = permutation(rnd, k);
        return java.util.Arrays.copyOf(p, 1 + rnd.nextInt(k));
    }

    static long[] weights(SplittableRandom rnd, int n, int max) {
        long[] w = new long[n];
        for (int i = 0; i < n; i++) {
            w[i] = 1 + rnd.nextInt(max);
        }
        return w;
    }

    /** Ballot rows of a flat array in the order given by {@code order}. */
    static int[] reorderFlat(int[] flat, int k, int[] order) {
        int[] out = new int[flat.length];
        for (int i = 0; i < order.length; i++) {
            System.arraycopy(flat, order[i] * k, out, i * k, k);
        }
        return out;
    }

    static long[] reorder(long[] w, int[] order) {
        long[] out = new long[w.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = w[order[i]];
        }
        return out;
    }

    static int[][] reorder(int[][] rows, int[] order) {
        int[][] out = new int[rows.length][];
        for (int i = 0; i < order.length; i++) {
            out[i] = rows[order[i]];
        }
        return out;
    }
}
