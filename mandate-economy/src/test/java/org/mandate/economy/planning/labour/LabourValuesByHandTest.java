package org.mandate.economy.planning.labour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mandate.economy.planning.labour.Tables.solved;
import static org.mandate.economy.planning.labour.Tables.valid;

import org.junit.jupiter.api.Test;

/** Economies small enough to solve on paper; the working is in the comments. */
class LabourValuesByHandTest {
    private static final int CORN = 0;
    private static final int IRON = 1;

    @Test
    void corn_and_iron_take_four_and_ten_hours() {
        // A unit of corn takes 2 hours, a quarter of a unit of corn (seed) and a tenth of iron (tools);
        // a unit of iron takes 6 hours, half a unit of corn (food) and a fifth of iron.
        //   c = 2 + 0.25 c + 0.1 i   ->  0.75 c = 2 + 0.1 i
        //   i = 6 + 0.5 c  + 0.2 i   ->  0.8 i  = 6 + 0.5 c  ->  i = 7.5 + 0.625 c
        //   0.75 c = 2 + 0.75 + 0.0625 c  ->  0.6875 c = 2.75  ->  c = 4, and i = 7.5 + 2.5 = 10.
        InputTable table = valid(InputTable.builder(2)
                .labour(CORN, 2).input(CORN, CORN, 0.25).input(CORN, IRON, 0.1)
                .labour(IRON, 6).input(IRON, CORN, 0.5).input(IRON, IRON, 0.2)
                .build());

        LabourOutcome.Solved solved = solved(LabourValues.compute(table, Precision.of(1e-12)));

        assertThat(solved.values()[CORN]).isCloseTo(4, within(1e-10));
        assertThat(solved.values()[IRON]).isCloseTo(10, within(1e-10));
        assertThat(solved.residual()).isLessThanOrEqualTo(1e-12);
    }

    @Test
    void a_chain_of_production_is_exact_after_one_sweep_per_stage() {
        // Coal takes 3 hours and nothing else; steel 1 hour and 2 coal; a tractor 10 hours, half a
        // unit of steel and 1 coal. Coal = 3, steel = 1 + 2*3 = 7, tractor = 10 + 0.5*7 + 3 = 16.5.
        // From v = l = (3, 1, 10): sweep 1 gives (3, 7, 13.5), sweep 2 gives (3, 7, 16.5), and sweep 3
        // changes nothing, which measures a residual of exactly 0 for the values of sweep 2.
        InputTable table = valid(InputTable.builder(3)
                .labour(0, 3)
                .labour(1, 1).input(1, 0, 2)
                .labour(2, 10).input(2, 1, 0.5).input(2, 0, 1)
                .build());

        LabourOutcome.Solved solved = solved(LabourValues.compute(table, Precision.of(0)));

        assertThat(solved.values()).containsExactly(3, 7, 16.5);
        assertThat(solved.sweeps()).isEqualTo(3);
        assertThat(solved.residual()).isZero();
    }

    @Test
    void a_good_made_with_no_labour_from_goods_made_with_some_embodies_theirs() {
        // Good 0 takes 5 hours; good 1 takes no labour directly but uses 0.4 of good 0: 1 = 0 + 0.4*5 = 2.
        InputTable table = valid(InputTable.builder(2).labour(0, 5).input(1, 0, 0.4).build());

        LabourOutcome.Solved solved = solved(LabourValues.compute(table, Precision.of(1e-12)));

        assertThat(solved.values()).containsExactly(5, 2);
    }

    @Test
    void an_economy_with_no_labour_at_all_has_values_of_zero_without_sweeping() {
        InputTable table = valid(InputTable.builder(2).input(0, 1, 0.5).input(1, 0, 0.5).build());

        LabourOutcome.Solved solved = solved(LabourValues.compute(table, Precision.of(1e-10)));

        assertThat(solved.values()).containsExactly(0, 0);
        assertThat(solved.sweeps()).isZero();
    }
}
