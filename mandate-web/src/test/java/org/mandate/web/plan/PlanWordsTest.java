package org.mandate.web.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** How the plan pages write the record's whole numbers, read typed decimals back, and place the plot's points. */
class PlanWordsTest {

    @Test
    void thousandths_prices_and_imbalances_read_as_decimals() {
        assertThat(Figures.thousandths(1500)).isEqualTo("1.5");
        assertThat(Figures.thousandths(2_000_000)).isEqualTo("2,000");
        assertThat(Figures.thousandths(-250)).isEqualTo("-0.25");
        assertThat(Figures.price(30_000_000)).isEqualTo("30");
        assertThat(Figures.price(1_234_567)).isEqualTo("1.235");
        assertThat(Figures.price(12_345)).isEqualTo("0.01234");
        assertThat(Figures.signed(25_000)).isEqualTo("+2.5%");
        assertThat(Figures.signed(-3_000)).isEqualTo("−0.3%");
        assertThat(Figures.signed(0)).isEqualTo("0%");
        assertThat(Figures.share(12)).isEqualTo("0.0012%");
        assertThat(Figures.share(1_000_000_000)).isEqualTo("≥ 100,000%");
        assertThat(Figures.signed(1_000_000_000)).isEqualTo("≥ +100,000%");
        assertThat(Figures.tolerance(10)).isEqualTo("1%");
        assertThat(Figures.tolerance(5)).isEqualTo("0.5%");
    }

    @Test
    void a_typed_decimal_becomes_thousandths_exactly_and_a_fourth_decimal_or_a_word_is_refused() {
        assertThat(Figures.parse("1.5")).isEqualTo(1500L);
        assertThat(Figures.parse(" 1,500.25 ")).isEqualTo(1_500_250L);
        assertThat(Figures.parse(".5")).isEqualTo(500L);
        assertThat(Figures.parse("-0.5")).as("the sign reaches the core, which refuses it by its rule").isEqualTo(-500L);
        assertThat(Figures.parse("+2")).isEqualTo(2000L);
        assertThat(Figures.parse("1.2345")).isNull();
        assertThat(Figures.parse("ten")).isNull();
        assertThat(Figures.parse("1e3")).isNull();
        assertThat(Figures.parse("99999999999999999")).isNull();
        assertThat(Figures.parse("0.125", Figures.MILLIONTHS)).as("per-unit coefficients are millionths").isEqualTo(125_000L);
        assertThat(Figures.parse("20.5", Figures.MILLIONTHS)).isEqualTo(20_500_000L);
        assertThat(Figures.parse("0.1234567", Figures.MILLIONTHS)).isNull();
        assertThat(Figures.millionths(125_000)).isEqualTo("0.125");
        assertThat(Figures.typed(20_500_000, Figures.MILLIONTHS)).isEqualTo("20.5");
    }

    @Test
    void what_the_pages_print_reads_back_as_the_same_thousandths() {
        long seed = System.nanoTime();
        System.out.println("seed " + seed);
        Random random = new Random(seed);
        for (int i = 0; i < 1000; i++) {
            long v = random.nextLong(-1_000_000_000_000L, 1_000_000_000_000L);
            assertThat(Figures.parse(Figures.thousandths(v))).as("seed %d, %d", seed, v).isEqualTo(v);
            assertThat(Figures.parse(Figures.typed(v))).as("seed %d, %d", seed, v).isEqualTo(v);
        }
    }

    @Test
    void the_plot_has_one_point_per_round_falling_as_the_imbalance_falls_with_the_tolerance_and_human_rounds_marked() {
        List<Convergence.Round> rounds = new ArrayList<>();
        long[] largest = {400_000, 90_000, 20_000, 0, 8_000, 900};
        for (int i = 0; i < largest.length; i++) {
            rounds.add(new Convergence.Round(i + 1, largest[i], "round " + (i + 1), i == 4));
        }
        Convergence plot = Convergence.draw(rounds, 10_000, List.of(5), "tolerance 1%", "Human round {0}: round {1}");

        assertThat(plot.points()).hasSize(6);
        for (int i = 1; i < 3; i++) {
            assertThat(Double.parseDouble(plot.points().get(i).y())).as("lower on the page is larger y").isGreaterThan(Double.parseDouble(plot.points().get(i - 1).y()));
        }
        assertThat(Double.parseDouble(plot.points().get(3).y())).as("zero is drawn at the floor").isEqualTo(plot.bottom(), org.assertj.core.data.Offset.offset(0.1));
        double tolerance = Double.parseDouble(plot.toleranceY());
        assertThat(Double.parseDouble(plot.points().get(5).y())).as("900 ppm lies below the 1% line").isGreaterThan(tolerance);
        assertThat(Double.parseDouble(plot.points().get(4).y())).as("8,000 ppm too, but closer").isGreaterThan(tolerance)
                .isLessThan(Double.parseDouble(plot.points().get(5).y()));
        assertThat(plot.human()).extracting(Convergence.Mark::label, Convergence.Mark::x).containsExactly(org.assertj.core.groups.Tuple.tuple("H1",
                plot.points().get(4).x()));
        assertThat(plot.yTicks()).extracting(Convergence.Tick::label).containsExactly("0.0001%", "0.001%", "0.01%", "0.1%", "1%", "10%", "100%");
        for (Convergence.Point p : plot.points()) {
            double x = Double.parseDouble(p.x());
            assertThat(x).isBetween((double) plot.left(), (double) plot.right());
        }
    }

    @Test
    void a_plot_of_one_round_stands_in_the_middle() {
        Convergence plot = Convergence.draw(List.of(new Convergence.Round(1, 5_000, "", false)), 10_000, List.of(), "", "");
        assertThat(Double.parseDouble(plot.points().get(0).x())).isEqualTo((plot.left() + plot.right()) / 2.0, org.assertj.core.data.Offset.offset(0.1));
        assertThat(plot.xTicks()).extracting(Convergence.Tick::label).containsExactly("1");
    }
}
