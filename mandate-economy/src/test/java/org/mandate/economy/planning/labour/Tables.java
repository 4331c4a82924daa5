package org.mandate.economy.planning.labour;

import static org.assertj.core.api.Assertions.assertThat;

/** Helpers the labour tests share: reading a table that must be valid, and the residual measured afresh. */
final class Tables {
    private Tables() {}

    static InputTable valid(CheckedTable checked) {
        assertThat(checked).isInstanceOf(CheckedTable.Valid.class);
        return ((CheckedTable.Valid) checked).table();
    }

    static LabourOutcome.Solved solved(LabourOutcome outcome) {
        assertThat(outcome).isInstanceOf(LabourOutcome.Solved.class);
        return (LabourOutcome.Solved) outcome;
    }

    /** {@code max_j |v[j] - l[j] - sum_i a[i][j] v[i]| / max_j |v[j]|}, from the definition, in its own order of sums. */
    static double residual(InputTable table, double[] values) {
        double[] inputs = new double[table.goods()];
        for (int j = 0; j < table.goods(); j++) {
            for (int k = table.start(j + 1) - 1; k >= table.start(j); k--) {
                inputs[j] += table.quantity(k) * values[table.input(k)];
            }
        }
        double miss = 0;
        double largest = 0;
        for (int j = 0; j < table.goods(); j++) {
            miss = Math.max(miss, Math.abs(values[j] - table.labour(j) - inputs[j]));
            largest = Math.max(largest, Math.abs(values[j]));
        }
        return largest == 0 ? (miss == 0 ? 0 : Double.POSITIVE_INFINITY) : miss / largest;
    }
}
