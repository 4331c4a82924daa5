package org.mandate.economy.planning.labour;

import java.util.Arrays;

/**
 * States a table of inputs one figure at a time, for small tables and for readers of outside data:
 * {@code labour(good, hours)} and {@code input(good, used, quantity)} in any order, then
 * {@link #build()}, which names every problem (a good out of range, a figure stated twice, a negative
 * or non-numeric figure) or gives the table. A good whose labour is never stated takes none directly.
 * Entries are kept in plain growing arrays and put in order by good with a counting sort, so stating
 * tens of millions of entries costs no more than the arrays themselves.
 */
public final class InputTableBuilder {
    private final int goods;
    private final double[] labour;
    private final boolean[] labourStated;
    private final TableCheck problems = new TableCheck();
    private int[] good = new int[16];
    private int[] used = new int[16];
    private double[] quantity = new double[16];
    private int entries;

    InputTableBuilder(int goods) {
        if (goods < 0) {
            throw new IllegalArgumentException("a table cannot have a negative number of goods");
        }
        this.goods = goods;
        this.labour = new double[goods];
        this.labourStated = new boolean[goods];
    }

    /** Hours of direct labour per unit of {@code good}. */
    public InputTableBuilder labour(int good, double hours) {
        if (known(good)) {
            if (labourStated[good]) {
                problems.add(InputRule.STATED_TWICE, good, "good " + good
                        + "'s labour per unit is stated more than once; state it once");
            }
            labourStated[good] = true;
            labour[good] = hours;
        }
        return this;
    }

    /** {@code quantity} of good {@code used} is used up per unit of {@code good}. */
    public InputTableBuilder input(int good, int used, double quantity) {
        if (known(good)) {
            if (entries == this.good.length) {
                int grown = Math.max(16, entries + (entries >> 1));
                this.good = Arrays.copyOf(this.good, grown);
                this.used = Arrays.copyOf(this.used, grown);
                this.quantity = Arrays.copyOf(this.quantity, grown);
            }
            this.good[entries] = good;
            this.used[entries] = used;
            this.quantity[entries] = quantity;
            entries++;
        }
        return this;
    }

    /** The table as stated so far; the builder can go on and build again. */
    public CheckedTable build() {
        int[] start = new int[goods + 1];
        for (int e = 0; e < entries; e++) {
            start[good[e] + 1]++;
        }
        for (int j = 0; j < goods; j++) {
            start[j + 1] += start[j];
        }
        int[] next = Arrays.copyOf(start, goods);
        int[] input = new int[entries];
        double[] sorted = new double[entries];
        for (int e = 0; e < entries; e++) {
            int k = next[good[e]]++;
            input[k] = used[e];
            sorted[k] = quantity[e];
        }
        return problems.copy().finish(labour.clone(), start, input, sorted);
    }

    private boolean known(int good) {
        if (good >= 0 && good < goods) {
            return true;
        }
        problems.add(InputRule.UNKNOWN_GOOD, good, "good " + good + " is not among the " + goods
                + " goods (numbered 0 to " + (goods - 1) + ")");
        return false;
    }
}
