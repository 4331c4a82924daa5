package org.mandate.bench.labour;

import org.mandate.economy.planning.labour.InputTable;

/**
 * The alternative of sweeping in place, good after good, each reading the newest values of its
 * inputs. Fewer sweeps than Jacobi, but one thread only (a good may need the value just written by
 * the one before), and the change of a sweep is not the residual, so reaching the stop costs a
 * separate pass to measure it.
 */
final class GaussSeidel {
    private GaussSeidel() {}

    /** Values, then the passes over the table it took (sweeps and residual passes), in {@code passes[0]}. */
    static double[] solve(InputTable table, double tolerance, int[] passes) {
        int goods = table.goods();
        double[] v = new double[goods];
        for (int j = 0; j < goods; j++) {
            v[j] = table.labour(j);
        }
        double[] scratch = new double[goods];
        int count = 0;
        while (true) {
            double change = 0;
            double largest = 0;
            for (int j = 0; j < goods; j++) {
                double sum = table.labour(j);
                for (int k = table.start(j), end = table.start(j + 1); k < end; k++) {
                    sum += table.quantity(k) * v[table.input(k)];
                }
                change = Math.max(change, sum - v[j]);
                largest = Math.max(largest, sum);
                v[j] = sum;
            }
            count++;
            if (change <= tolerance * largest) {
                count++;
                if (Residual.of(table, v, scratch) <= tolerance) {
                    passes[0] = count;
                    return v;
                }
            }
        }
    }
}
