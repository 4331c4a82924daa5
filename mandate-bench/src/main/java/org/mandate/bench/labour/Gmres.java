package org.mandate.bench.labour;

import java.util.Arrays;
import org.mandate.economy.planning.labour.InputTable;

/**
 * The Krylov alternative: restarted GMRES on {@code (I - Aᵀ) v = l} from {@code v = l}, modified
 * Gram–Schmidt, Givens rotations. Each iteration is one pass over the table plus the orthogonalisation
 * against every earlier direction (a million doubles each). The inner stop is on the 2-norm residual
 * GMRES tracks, which bounds the residual's largest entry, against the largest labour figure, which
 * bounds the largest value from below: both safe, so the true relative residual, measured at each
 * restart, usually lands well below the tolerance.
 */
final class Gmres {
    private Gmres() {}

    static double[] solve(InputTable table, double tolerance, int restart, int[] passes) {
        int n = table.goods();
        double[] x = new double[n];
        double scale = 0;
        for (int j = 0; j < n; j++) {
            x[j] = table.labour(j);
            scale = Math.max(scale, x[j]);
        }
        double[][] basis = new double[restart + 1][n];
        double[][] h = new double[restart + 1][restart];
        double[] cos = new double[restart];
        double[] sin = new double[restart];
        double[] g = new double[restart + 1];
        double[] w = new double[n];
        int count = 0;
        while (true) {
            table.costOfInputs(x, w);
            count++;
            double[] r = basis[0];
            double miss = 0;
            double largest = 0;
            for (int j = 0; j < n; j++) {
                r[j] = table.labour(j) - x[j] + w[j];
                miss = Math.max(miss, Math.abs(r[j]));
                largest = Math.max(largest, Math.abs(x[j]));
            }
            if (miss <= tolerance * largest) {
                passes[0] = count;
                return x;
            }
            double beta = Math.sqrt(dot(r, r));
            scale(r, 1 / beta);
            Arrays.fill(g, 0);
            g[0] = beta;
            int used = 0;
            while (used < restart) {
                int i = used++;
                table.costOfInputs(basis[i], w);
                count++;
                for (int j = 0; j < n; j++) {
                    w[j] = basis[i][j] - w[j];
                }
                for (int b = 0; b <= i; b++) {
                    h[b][i] = dot(w, basis[b]);
                    axpy(-h[b][i], basis[b], w);
                }
                h[i + 1][i] = Math.sqrt(dot(w, w));
                System.arraycopy(w, 0, basis[i + 1], 0, n);
                scale(basis[i + 1], 1 / h[i + 1][i]);
                for (int b = 0; b < i; b++) {
                    double top = h[b][i];
                    h[b][i] = cos[b] * top + sin[b] * h[b + 1][i];
                    h[b + 1][i] = -sin[b] * top + cos[b] * h[b + 1][i];
                }
                double radius = Math.hypot(h[i][i], h[i + 1][i]);
                cos[i] = h[i][i] / radius;
                sin[i] = h[i + 1][i] / radius;
                h[i][i] = radius;
                g[i + 1] = -sin[i] * g[i];
                g[i] *= cos[i];
                if (Math.abs(g[i + 1]) <= tolerance * scale) {
                    break;
                }
            }
            double[] y = new double[used];
            for (int i = used - 1; i >= 0; i--) {
                double sum = g[i];
                for (int c = i + 1; c < used; c++) {
                    sum -= h[i][c] * y[c];
                }
                y[i] = sum / h[i][i];
            }
            for (int i = 0; i < used; i++) {
                axpy(y[i], basis[i], x);
            }
        }
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            sum += a[j] * b[j];
        }
        return sum;
    }

    private static void axpy(double factor, double[] from, double[] into) {
        for (int j = 0; j < from.length; j++) {
            into[j] += factor * from[j];
        }
    }

    private static void scale(double[] values, double factor) {
        for (int j = 0; j < values.length; j++) {
            values[j] *= factor;
        }
    }
}
