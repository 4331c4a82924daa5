package org.mandate.economy.planning.labour;

/**
 * What each good takes to make, per unit: hours of direct labour, and the quantities of other goods
 * used up. Goods are numbered {@code 0..goods-1}. The inputs are compressed by good (each good's
 * inputs side by side): good {@code j}'s entries are {@code start(j) <= k < start(j + 1)}, entry
 * {@code k} using {@code quantity(k)} of good {@code input(k)} per unit of {@code j}. Millions of
 * goods with dozens of inputs each fit in a few plain arrays, and a pass over all of them reads
 * memory in order.
 *
 * <p>A table is valid by construction (read through {@link #of} or {@link InputTableBuilder}) and
 * never changes. Whether its economy is productive is not a property of the table's entries one by
 * one; {@link LabourValues} finds out.
 */
public final class InputTable {
    private final double[] labour;
    private final int[] start;
    private final int[] input;
    private final double[] quantity;

    InputTable(double[] labour, int[] start, int[] input, double[] quantity) {
        this.labour = labour;
        this.start = start;
        this.input = input;
        this.quantity = quantity;
    }

    /**
     * Reads a table from compressed arrays: {@code labour[j]} hours per unit of good {@code j}, whose
     * inputs are entries {@code start[j]} up to {@code start[j+1]} of {@code input} and
     * {@code quantity}. The figures are checked (each problem named) and copied, so the caller keeps
     * its arrays. Arrays that do not fit together (lengths, {@code start} not running from 0 up to the
     * number of entries) are a programming error and throw {@link IllegalArgumentException}.
     */
    public static CheckedTable of(double[] labour, int[] start, int[] input, double[] quantity) {
        if (start.length != labour.length + 1 || input.length != quantity.length || start[0] != 0
                || start[labour.length] != input.length) {
            throw new IllegalArgumentException("compressed arrays must have goods + 1 starts, from 0 to the number of entries");
        }
        for (int j = 0; j < labour.length; j++) {
            if (start[j] > start[j + 1]) {
                throw new IllegalArgumentException("the start of good " + (j + 1) + "'s inputs comes before good " + j + "'s");
            }
        }
        return TableCheck.check(labour.clone(), start.clone(), input.clone(), quantity.clone());
    }

    public static InputTableBuilder builder(int goods) {
        return new InputTableBuilder(goods);
    }

    public int goods() {
        return labour.length;
    }

    /** How many (good, input) entries the table holds. */
    public int entries() {
        return input.length;
    }

    public double labour(int good) {
        return labour[good];
    }

    /** Where good {@code good}'s entries begin; {@code start(goods())} is the number of entries. */
    public int start(int good) {
        return start[good];
    }

    public int input(int entry) {
        return input[entry];
    }

    public double quantity(int entry) {
        return quantity[entry];
    }

    /**
     * What each good's inputs cost per unit at the given unit values ({@code into[j] = sum of
     * quantity * unitValues[input]} over good {@code j}'s inputs): one plain pass over the table, the
     * unit of work every method of computing labour values repeats.
     */
    public void costOfInputs(double[] unitValues, double[] into) {
        for (int j = 0; j < labour.length; j++) {
            double sum = 0;
            for (int k = start[j], end = start[j + 1]; k < end; k++) {
                sum += quantity[k] * unitValues[input[k]];
            }
            into[j] = sum;
        }
    }

    double[] labour() {
        return labour;
    }

    int[] start() {
        return start;
    }

    int[] input() {
        return input;
    }

    double[] quantity() {
        return quantity;
    }
}
