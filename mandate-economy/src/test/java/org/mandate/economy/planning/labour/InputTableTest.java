package org.mandate.economy.planning.labour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every rule of a table of inputs, found and named, through the builder and through the compressed arrays. */
class InputTableTest {

    @Test
    void a_valid_table_keeps_every_figure_in_order_by_good() {
        CheckedTable checked = InputTable.builder(3).input(2, 0, 0.5).labour(1, 4).input(0, 1, 0.25).input(2, 1, 0.125).build();

        InputTable table = ((CheckedTable.Valid) checked).table();
        assertThat(table.goods()).isEqualTo(3);
        assertThat(table.entries()).isEqualTo(3);
        assertThat(table.labour(1)).isEqualTo(4);
        assertThat(table.start(2)).isEqualTo(1);
        assertThat(table.input(1)).isZero();
        assertThat(table.quantity(2)).isEqualTo(0.125);
    }

    @Test
    void refuses_negative_labour() {
        assertThat(only(InputTable.builder(2).labour(1, -1).build()))
                .isEqualTo(new InputProblem(InputRule.NEGATIVE_LABOUR, 1,
                        "good 1 takes -1.0 hours of labour per unit; work done cannot be negative"));
    }

    @Test
    void refuses_a_negative_quantity_of_an_input() {
        InputProblem problem = only(InputTable.builder(2).input(0, 1, -0.5).build());

        assertThat(problem.rule()).isEqualTo(InputRule.NEGATIVE_QUANTITY);
        assertThat(problem.good()).isZero();
        assertThat(problem.sentence()).startsWith("good 0 uses -0.5 of good 1 per unit; a quantity used up cannot be negative");
    }

    @Test
    void refuses_figures_that_are_not_numbers() {
        CheckedTable checked = InputTable.builder(2).labour(0, Double.NaN).input(1, 0, Double.POSITIVE_INFINITY).build();

        assertThat(problems(checked)).extracting(InputProblem::rule).containsExactly(InputRule.NOT_A_NUMBER, InputRule.NOT_A_NUMBER);
    }

    @Test
    void refuses_goods_outside_the_table_whether_made_or_used() {
        CheckedTable checked = InputTable.builder(2).labour(2, 1).input(-1, 0, 0.1).input(0, 5, 0.1).build();

        assertThat(problems(checked)).extracting(InputProblem::rule).containsOnly(InputRule.UNKNOWN_GOOD).hasSize(3);
        assertThat(problems(checked).get(2).sentence()).isEqualTo("good 0 uses good 5, which is not among the 2 goods (numbered 0 to 1)");
    }

    @Test
    void refuses_labour_or_an_input_stated_twice() {
        CheckedTable checked = InputTable.builder(2).labour(0, 1).labour(0, 2).input(1, 0, 0.1).input(1, 0, 0.2).build();

        assertThat(problems(checked)).extracting(InputProblem::rule).containsExactly(InputRule.STATED_TWICE, InputRule.STATED_TWICE);
    }

    @Test
    void compressed_arrays_are_checked_by_the_same_rules() {
        CheckedTable checked = InputTable.of(new double[] {1, -2}, new int[] {0, 2, 3}, new int[] {1, 1, 7}, new double[] {0.1, 0.2, -0.3});

        assertThat(problems(checked)).extracting(InputProblem::rule)
                .containsExactly(InputRule.NEGATIVE_LABOUR, InputRule.STATED_TWICE, InputRule.UNKNOWN_GOOD);
    }

    @Test
    void compressed_arrays_are_copied_so_the_caller_cannot_change_a_table() {
        double[] quantity = {0.5};
        InputTable table = ((CheckedTable.Valid) InputTable.of(new double[] {1, 1}, new int[] {0, 1, 1}, new int[] {1}, quantity)).table();

        quantity[0] = -9;

        assertThat(table.quantity(0)).isEqualTo(0.5);
    }

    @Test
    void compressed_arrays_that_do_not_fit_together_are_a_programming_error() {
        assertThatThrownBy(() -> InputTable.of(new double[] {1}, new int[] {0, 2}, new int[] {0}, new double[] {0.1}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lists_a_hundred_problems_and_counts_them_all() {
        InputTableBuilder builder = InputTable.builder(1_000);
        for (int j = 0; j < 1_000; j++) {
            builder.labour(j, -1);
        }

        CheckedTable.Refused refused = (CheckedTable.Refused) builder.build();

        assertThat(refused.problems()).hasSize(CheckedTable.Refused.LISTED);
        assertThat(refused.count()).isEqualTo(1_000);
    }

    @Test
    void building_again_counts_each_problem_once() {
        InputTableBuilder builder = InputTable.builder(1).labour(3, 1);
        builder.build();

        assertThat(problems(builder.build())).hasSize(1);
    }

    private static List<InputProblem> problems(CheckedTable checked) {
        assertThat(checked).isInstanceOf(CheckedTable.Refused.class);
        return ((CheckedTable.Refused) checked).problems();
    }

    private static InputProblem only(CheckedTable checked) {
        assertThat(problems(checked)).hasSize(1);
        return problems(checked).get(0);
    }
}
