package org.mandate.economy.planning.labour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.economy.planning.labour.Tables.solved;

import org.junit.jupiter.api.Test;
import org.mandate.economy.planning.labour.synthetic.SyntheticEconomy;

/**
 * On a synthetic economy large enough to be swept in parallel (20,000 goods, about 500,000 entries):
 * the residual reported is the residual of the values returned, recomputed from its definition, and
 * within the one asked for; and threads change nothing.
 */
class ResidualAndThreadsTest {
    private static final InputTable ECONOMY = SyntheticEconomy.generate(20_000, 25, 11);

    @Test
    void the_residual_reported_is_that_of_the_values_returned_and_within_the_one_asked_for() {
        for (double asked : new double[] {1e-3, 1e-6, 1e-10, 1e-14}) {
            LabourOutcome.Solved solved = solved(LabourValues.compute(ECONOMY, Precision.of(asked)));

            double measured = Tables.residual(ECONOMY, solved.values());
            assertThat(measured).as("asked %g", asked).isLessThanOrEqualTo(asked);
            assertThat(Math.abs(measured - solved.residual())).as("asked %g", asked).isLessThanOrEqualTo(1e-15);
        }
    }

    @Test
    void sweeps_cut_short_by_their_limit_give_lower_bounds_of_the_values() {
        LabourOutcome.Solved solved = solved(LabourValues.compute(ECONOMY, Precision.of(1e-12)));
        for (int limit : new int[] {1, 3, 6}) {
            LabourOutcome.SweepLimit stopped = (LabourOutcome.SweepLimit) LabourValues.compute(ECONOMY, Precision.of(1e-12).withSweepLimit(limit));

            for (int j = 0; j < ECONOMY.goods(); j++) {
                assertThat(stopped.lowerBounds()[j]).as("limit %d, good %d", limit, j).isLessThanOrEqualTo(solved.values()[j] * (1 + 1e-11));
            }
        }
    }

    @Test
    void the_bounds_finish_in_well_under_half_the_plain_sweeps_at_the_same_values() {
        // Plain Jacobi sweeps written out here, to the same residual.
        double[] plain = new double[ECONOMY.goods()];
        double[] next = new double[ECONOMY.goods()];
        for (int j = 0; j < plain.length; j++) {
            plain[j] = ECONOMY.labour(j);
        }
        int plainSweeps = 0;
        while (Tables.residual(ECONOMY, plain) > 1e-10) {
            ECONOMY.costOfInputs(plain, next);
            for (int j = 0; j < plain.length; j++) {
                plain[j] = ECONOMY.labour(j) + next[j];
            }
            plainSweeps++;
        }

        LabourOutcome.Solved solved = solved(LabourValues.compute(ECONOMY, Precision.of(1e-10)));

        assertThat(solved.sweeps()).isLessThan(plainSweeps / 2);
        for (int j = 0; j < plain.length; j++) {
            assertThat(solved.values()[j]).as("good %d", j).isCloseTo(plain[j], org.assertj.core.api.Assertions.within(1e-8 * plain[j]));
        }
    }

    @Test
    void sweeping_on_every_thread_gives_the_same_values_bit_for_bit_as_on_one() {
        LabourOutcome.Solved parallel = solved(LabourValues.compute(ECONOMY, Precision.of(1e-10)));
        LabourOutcome.Solved sequential = solved(LabourValues.compute(ECONOMY, Precision.of(1e-10).sequential()));

        assertThat(parallel.values()).isEqualTo(sequential.values());
        assertThat(parallel.sweeps()).isEqualTo(sequential.sweeps());
    }

    @Test
    void sweeping_until_nothing_changes_ends_where_every_equation_holds_to_the_last_bits() {
        LabourOutcome.Solved exact = solved(LabourValues.compute(ECONOMY, Precision.of(0)));

        assertThat(exact.residual()).isZero();
        assertThat(Tables.residual(ECONOMY, exact.values())).isLessThanOrEqualTo(1e-15);
    }
}
