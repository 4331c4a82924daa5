package org.mandate.core.count;

import java.util.Arrays;

/** Orders options by a total, highest first, with the tie-break deciding equal totals. */
final class Rankings {

    private Rankings() {
    }

    static int[] byTotalDescending(long[] totals, TieBreak tieBreak) {
        Integer[] order = new Integer[totals.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Long.compare(totals[b], totals[a]);
            return c != 0 ? c : Integer.compare(tieBreak.position(a), tieBreak.position(b));
        });
        int[] ranking = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            ranking[i] = order[i];
        }
        return ranking;
    }
}
