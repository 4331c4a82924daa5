package org.mandate.bench.labour;

import org.mandate.economy.planning.labour.InputTable;

/**
 * Jacobi sweeps with nothing added, one thread: {@code v = l + Aᵀv} repeated until the change, which is
 * exactly the residual of the values swept from, is within the tolerance. What the shipped method
 * finishes early from.
 */
final class PlainJacobi {
    private PlainJacobi() {}

    static double[] solve(InputTable table, double tolerance, int[] passes) {
        int goods = table.goods();
        double[] v = new double[goods];
        double[] next = new double[goods];
        for (int j = 0; j < goods; j++) {
            v[j] = table.labour(j);
        }
        int count = 0;
        while (true) {
            table.costOfInputs(v, next);
            count++;
            double change = 0;
            double largest = 0;
            for (int j = 0; j < goods; j++) {
                next[j] += table.labour(j);
                change = Math.max(change, Math.abs(next[j] - v[j]));
                largest = Math.max(largest, v[j]);
            }
            if (change <= tolerance * largest) {
                passes[0] = count;
                return v;
            }
            double[] swap = v;
            v = next;
            next = swap;
        }
    }
}
