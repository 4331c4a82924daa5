package org.mandate.bench.labour;

import org.mandate.economy.planning.labour.InputTable;

/** The relative residual {@code max_j |v[j] - l[j] - (Aᵀv)[j]| / max_j |v[j]|}, the same stop for every method. */
final class Residual {
    private Residual() {}

    static double of(InputTable table, double[] values, double[] scratch) {
        table.costOfInputs(values, scratch);
        double miss = 0;
        double largest = 0;
        for (int j = 0; j < values.length; j++) {
            miss = Math.max(miss, Math.abs(values[j] - table.labour(j) - scratch[j]));
            largest = Math.max(largest, Math.abs(values[j]));
        }
        return miss / largest;
    }
}
