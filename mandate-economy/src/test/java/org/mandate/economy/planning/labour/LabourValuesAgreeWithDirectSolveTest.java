package org.mandate.economy.planning.labour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.economy.planning.labour.Tables.solved;
import static org.mandate.economy.planning.labour.Tables.valid;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

/**
 * Seeded random productive economies of up to 40 goods, solved by the sweeps and by Gaussian
 * elimination on {@code (I - Aᵀ) v = l} written out here. Units are then changed at random, good by
 * good, so that columns of the inputs matrix often add up to more than one although the economy stays
 * as productive as it was: the sweeps must not rely on column sums. Every failure names its seed.
 * (A residual of 1e-12 bounds the error by 1e-12 times the norm of {@code (I - Aᵀ)^-1}: at most 20
 * in the original units, times the spread of the units, about 100; hence the 1e-8 allowed.)
 */
class LabourValuesAgreeWithDirectSolveTest {
    private static final int INSTANCES = 300;

    @Test
    void the_sweeps_agree_with_a_direct_solve_on_random_small_economies() {
        long base = System.nanoTime();
        System.out.println("the_sweeps_agree_with_a_direct_solve_on_random_small_economies: seeds from " + base);
        for (int i = 0; i < INSTANCES; i++) {
            long seed = base + i;
            RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
            int goods = 1 + random.nextInt(40);
            double[][] a = new double[goods][goods];
            double[] labour = new double[goods];
            InputTableBuilder builder = InputTable.builder(goods);
            double[] unit = new double[goods];
            for (int j = 0; j < goods; j++) {
                unit[j] = Math.exp(random.nextGaussian());
                labour[j] = random.nextDouble() < 0.2 ? 0 : random.nextDouble(5);
            }
            for (int j = 0; j < goods; j++) {
                double share = random.nextDouble(0.95);
                int inputs = random.nextInt(goods + 1);
                for (int n = 0; n < inputs; n++) {
                    int used = random.nextInt(goods);
                    if (a[used][j] == 0) {
                        // Quantities in the original units add up to at most share < 1 per good;
                        // measured in the new units, a[i][j] scales by unit[j] / unit[i].
                        a[used][j] = share / inputs * unit[j] / unit[used];
                        builder.input(j, used, a[used][j]);
                    }
                }
                labour[j] *= unit[j];
                builder.labour(j, labour[j]);
            }
            InputTable table = valid(builder.build());

            LabourOutcome.Solved solved = solved(LabourValues.compute(table, Precision.of(1e-12)));
            double[] direct = directSolve(a, labour);

            double largest = 0;
            for (double v : direct) {
                largest = Math.max(largest, Math.abs(v));
            }
            for (int j = 0; j < goods; j++) {
                assertThat(Math.abs(solved.values()[j] - direct[j])).as("seed %d, good %d", seed, j)
                        .isLessThanOrEqualTo(1e-8 * largest);
            }
            assertThat(Tables.residual(table, solved.values())).as("seed %d", seed).isLessThanOrEqualTo(1e-12);
        }
    }

    /** Gaussian elimination with partial pivoting on {@code (I - Aᵀ) v = l}, row {@code j} being good {@code j}'s equation. */
    static double[] directSolve(double[][] a, double[] labour) {
        int n = labour.length;
        double[][] m = new double[n][n + 1];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                m[j][i] = (i == j ? 1 : 0) - a[i][j];
            }
            m[j][n] = labour[j];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            for (int row = col + 1; row < n; row++) {
                double factor = m[row][col] / m[col][col];
                for (int c = col; c <= n; c++) {
                    m[row][c] -= factor * m[col][c];
                }
            }
        }
        double[] v = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double sum = m[row][n];
            for (int c = row + 1; c < n; c++) {
                sum -= m[row][c] * v[c];
            }
            v[row] = sum / m[row][row];
        }
        return v;
    }
}
