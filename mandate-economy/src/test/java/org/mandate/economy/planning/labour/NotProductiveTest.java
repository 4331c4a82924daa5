package org.mandate.economy.planning.labour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.economy.planning.labour.Tables.valid;

import org.junit.jupiter.api.Test;

/**
 * Economies that use up at least as much as they make have no labour values; the outcome must say
 * so and name the goods, within a bounded number of sweeps, never loop or return numbers.
 */
class NotProductiveTest {

    @Test
    void a_good_that_uses_a_whole_unit_of_itself_is_named_before_any_sweep() {
        InputTable table = valid(InputTable.builder(3).labour(0, 1).labour(1, 1).input(1, 1, 1.0).input(2, 1, 0.5).labour(2, 1).build());

        LabourOutcome outcome = LabourValues.compute(table, Precision.of(1e-10));

        assertThat(outcome).isInstanceOf(LabourOutcome.NotProductive.class);
        LabourOutcome.NotProductive refused = (LabourOutcome.NotProductive) outcome;
        assertThat(refused.group()).containsExactly(1);
        assertThat(refused.sweeps()).isZero();
        assertThat(refused.sentence()).startsWith("Good 1 cannot be made by labour at all: it uses up at least as much of itself as it makes");
    }

    @Test
    void corn_and_iron_that_use_up_more_than_they_make_are_named_although_one_column_adds_up_to_less_than_one() {
        // A unit of corn takes 2 iron; a unit of iron takes 0.6 corn. Iron's inputs add up to 0.6, under
        // one, so the shortcut on whole units finds nothing; but each round trip corn -> iron -> corn
        // needs 2 * 0.6 = 1.2 corn per corn: the largest eigenvalue is sqrt(1.2) > 1, and the labour
        // of both grows without end until the sweeps prove it.
        InputTable table = valid(InputTable.builder(3)
                .labour(0, 1).input(0, 1, 2)
                .labour(1, 1).input(1, 0, 0.6)
                .labour(2, 1).input(2, 2, 0.5)
                .build());

        LabourOutcome outcome = LabourValues.compute(table, Precision.of(1e-10));

        assertThat(outcome).isInstanceOf(LabourOutcome.NotProductive.class);
        LabourOutcome.NotProductive refused = (LabourOutcome.NotProductive) outcome;
        assertThat(refused.group()).containsExactly(0, 1);
        assertThat(refused.sweeps()).isPositive().isLessThan(100);
        assertThat(refused.sentence()).startsWith("Goods 0 and 1 cannot be made by labour at all: between them");
    }

    @Test
    void goods_that_merely_use_a_non_productive_pair_are_not_blamed_for_it() {
        // Corn and iron as above; good 2 uses corn, good 3 uses goods 2 and 4, good 4 is sound. The
        // labour of goods 2 and 3 grows with corn's, but they only suffer from the pair.
        InputTable table = valid(InputTable.builder(5)
                .labour(0, 1).input(0, 1, 2)
                .labour(1, 1).input(1, 0, 0.6)
                .labour(2, 1).input(2, 0, 0.3)
                .labour(3, 1).input(3, 2, 0.3).input(3, 4, 0.3)
                .labour(4, 1).input(4, 4, 0.3)
                .build());

        LabourOutcome.NotProductive refused = (LabourOutcome.NotProductive) LabourValues.compute(table, Precision.of(1e-10));

        assertThat(refused.group()).containsExactly(0, 1);
        assertThat(refused.sweeps()).isPositive();
    }

    @Test
    void goods_that_each_use_a_whole_unit_of_the_other_are_named_before_any_sweep() {
        // c = 1 + i and i = 0 + c: no finite solution.
        InputTable table = valid(InputTable.builder(2).labour(0, 1).input(0, 1, 1).labour(1, 0).input(1, 0, 1).build());

        LabourOutcome.NotProductive refused = (LabourOutcome.NotProductive) LabourValues.compute(table, Precision.of(1e-10));

        assertThat(refused.group()).containsExactly(0, 1);
        assertThat(refused.sweeps()).isZero();
    }

    @Test
    void a_barely_productive_economy_stops_at_the_sweep_limit_with_lower_bounds_and_its_rate() {
        // Good 0 uses 0.999 of itself and takes 1 hour: v = 1 / (1 - 0.999) = 1000, approached by
        // 1 + 0.999 + 0.999^2 + ..., far more than 50 sweeps away. Good 1 uses half a unit of itself,
        // so the changes shrink at two rates (0.5 and 0.999) and bound nothing tightly enough to
        // finish early.
        InputTable table = valid(InputTable.builder(2).labour(0, 1).input(0, 0, 0.999).labour(1, 1).input(1, 1, 0.5).build());

        LabourOutcome outcome = LabourValues.compute(table, Precision.of(1e-10).withSweepLimit(50));

        assertThat(outcome).isInstanceOf(LabourOutcome.SweepLimit.class);
        LabourOutcome.SweepLimit stopped = (LabourOutcome.SweepLimit) outcome;
        assertThat(stopped.sweeps()).isEqualTo(50);
        assertThat(stopped.lowerBounds()[0]).isGreaterThan(40).isLessThan(1000);
        assertThat(stopped.residual()).isEqualTo(Tables.residual(table, stopped.lowerBounds()));
        assertThat(stopped.contraction()).isBetween(0.998, 1.0);
        assertThat(stopped.sentence()).contains("not reached in 50 sweeps");
    }
}
