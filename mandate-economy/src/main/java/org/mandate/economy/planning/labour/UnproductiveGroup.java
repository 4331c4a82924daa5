package org.mandate.economy.planning.labour;

import java.util.stream.IntStream;

/**
 * Looks for a proof that an economy is not productive: a group of goods and positive weights on them
 * such that each good's inputs from within the group weigh at least as much as the good itself
 * ({@code sum over i in group of a[i][j] x[i] >= x[j]}). By the Collatz–Wielandt bound the inputs
 * matrix then has spectral radius at least 1, and no finite labour values exist for the group.
 *
 * <p>Starting from the goods with positive weight, goods that fall short are dropped, which can make
 * others fall short, a bounded number of passes; what stays is the proof. With weights all one, it
 * finds goods that, among themselves, use at least a unit of inputs per unit made; with the values
 * or the last change of the sweeps as weights, the goods whose labour keeps growing. Not finding a group proves
 * nothing; the sweeps go on.
 *
 * <p>The group found can hold goods that merely use the culprits (their labour grows too); they are
 * peeled off, last users first, since no good left in the group uses them, and what remains is the
 * group that feeds itself: the goods to change.
 */
final class UnproductiveGroup {
    private static final int PASSES = 32;

    private UnproductiveGroup() {}

    /** The group, in increasing order, or null if none was found within the passes. */
    static int[] find(InputTable table, double[] weight) {
        int[] start = table.start();
        int[] input = table.input();
        double[] quantity = table.quantity();
        int goods = table.goods();
        boolean[] in = new boolean[goods];
        int size = 0;
        for (int j = 0; j < goods; j++) {
            in[j] = weight[j] > 0;
            size += in[j] ? 1 : 0;
        }
        for (int pass = 0; pass < PASSES && size > 0; pass++) {
            int dropped = 0;
            for (int j = 0; j < goods; j++) {
                if (in[j]) {
                    double within = 0;
                    for (int k = start[j], end = start[j + 1]; k < end; k++) {
                        if (in[input[k]]) {
                            within += quantity[k] * weight[input[k]];
                        }
                    }
                    if (within < weight[j]) {
                        in[j] = false;
                        dropped++;
                    }
                }
            }
            size -= dropped;
            if (dropped == 0) {
                peelUnused(start, input, in);
                return IntStream.range(0, goods).filter(j -> in[j]).toArray();
            }
        }
        return null;
    }

    /**
     * Drops goods that no good in the group uses, until every good left is used by one left. A good
     * no one in the group uses adds nothing to any other's inputs, so the proof still holds without it.
     */
    private static void peelUnused(int[] start, int[] input, boolean[] in) {
        int goods = in.length;
        int[] users = new int[goods];
        for (int j = 0; j < goods; j++) {
            if (in[j]) {
                for (int k = start[j]; k < start[j + 1]; k++) {
                    users[input[k]]++;
                }
            }
        }
        int[] unused = new int[goods];
        int pending = 0;
        for (int j = 0; j < goods; j++) {
            if (in[j] && users[j] == 0) {
                unused[pending++] = j;
            }
        }
        while (pending > 0) {
            int j = unused[--pending];
            in[j] = false;
            for (int k = start[j]; k < start[j + 1]; k++) {
                int used = input[k];
                if (--users[used] == 0 && in[used]) {
                    unused[pending++] = used;
                }
            }
        }
    }
}
