package org.mandate.core.count;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Identical preference lists merged, weights summed, flattened for a fast inner loop. */
record MeekBallots(int[] prefs, int[] start, long[] weight, long totalWeight) {

    int groups() {
        return weight.length;
    }

    static MeekBallots group(int candidates, int[][] ballots, long[] weights) {
        Map<Key, Long> merged = new HashMap<>();
        long total = 0;
        boolean[] seen = new boolean[candidates];
        for (int b = 0; b < ballots.length; b++) {
            int[] list = ballots[b];
            for (int c : list) {
                if (c < 0 || c >= candidates || seen[c]) {
                    throw new IllegalArgumentException("ballot " + b + " lists candidate " + c + " out of range or twice");
                }
                seen[c] = true;
            }
            for (int c : list) {
                seen[c] = false;
            }
            long w = Exact.weight(weights, b);
            total = Math.addExact(total, w);
            if (w > 0 && list.length > 0) {
                merged.merge(new Key(list), w, Math::addExact);
            }
        }
        int n = merged.size();
        int[] start = new int[n + 1];
        long[] weight = new long[n];
        int length = 0;
        for (Key k : merged.keySet()) {
            length += k.list.length;
        }
        int[] prefs = new int[length];
        int g = 0;
        int at = 0;
        for (Map.Entry<Key, Long> e : merged.entrySet()) {
            int[] list = e.getKey().list;
            start[g] = at;
            System.arraycopy(list, 0, prefs, at, list.length);
            at += list.length;
            weight[g++] = e.getValue();
        }
        start[n] = at;
        return new MeekBallots(prefs, start, weight, total);
    }

    private record Key(int[] list) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(list, k.list);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(list);
        }
    }
}
