package org.mandate.core.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mandate.core.count.Aggregation.DID_NOT_VOTE;

import org.junit.jupiter.api.Test;
import org.mandate.core.count.Aggregation.Input;

class AggregationTest {

    private static final int[] NONE = {};

    /*
     * Bodies: 0 and 1 assemblies under local council 2; 3 an assembly under council 4 only.
     * Member 0 is in assemblies 0 and 1 and votes option 1.
     */
    @Test
    void a_member_of_two_assemblies_counts_in_each_but_once_in_their_common_council() {
        boolean[] assembly = {true, true, false, true, false};
        int[][] parents = {{2}, {2}, NONE, {4}, NONE};
        int[][] members = {{0, 1}, {0}, {1}, {3}};
        int[] ballot = {1, 0, DID_NOT_VOTE, 1};
        var r = Aggregation.aggregate(new Input(5, assembly, parents, members, ballot, 2));
        assertThat(r.perBody()[0]).containsExactly(1, 1);
        assertThat(r.perBody()[1]).containsExactly(0, 1);
        assertThat(r.perBody()[2]).containsExactly(1, 1);
        assertThat(r.rollPerBody()).containsExactly(2, 2, 3, 1, 1);
        assertThat(r.turnoutPerBody()).containsExactly(2, 1, 2, 1, 1);
        assertThat(r.perBody()[4]).containsExactly(0, 1);
    }

    /*
     * Two axes and three levels: assemblies 0, 1, 2; local 3 (0, 1) and local 4 (2) under regional 5;
     * trade federation 6 (1, 2); confederation 7 above regional 5 and trade federation 6. Assembly 1
     * reaches 7 along two paths (1-3-5-7 and 1-6-7) and must count there once.
     */
    @Test
    void a_body_on_two_axes_counts_once_at_the_top() {
        boolean[] assembly = {true, true, true, false, false, false, false, false};
        int[][] parents = {{3}, {3, 6}, {4, 6}, {5}, {5}, {7}, {7}, NONE};
        int[][] members = {{0}, {0}, {1}, {1}, {1}, {2}, {0, 2}};
        int[] ballot = {0, 1, 2, 2, DID_NOT_VOTE, 0, 2};
        var r = Aggregation.aggregate(new Input(8, assembly, parents, members, ballot, 3));
        assertThat(r.perBody()[0]).containsExactly(1, 1, 1); // members 0, 1, 6
        assertThat(r.perBody()[1]).containsExactly(0, 0, 2); // members 2, 3, 4 (4 did not vote)
        assertThat(r.perBody()[2]).containsExactly(1, 0, 1); // members 5, 6
        assertThat(r.perBody()[3]).containsExactly(1, 1, 3); // assemblies 0 and 1
        assertThat(r.perBody()[4]).containsExactly(1, 0, 1);
        assertThat(r.perBody()[5]).containsExactly(2, 1, 3); // everyone, member 6 once
        assertThat(r.perBody()[6]).containsExactly(1, 0, 3); // assemblies 1 and 2, member 6 once
        assertThat(r.perBody()[7]).containsExactly(2, 1, 3);
        assertThat(r.rollPerBody()).containsExactly(3, 3, 2, 6, 2, 7, 5, 7);
        assertThat(r.turnoutPerBody()).containsExactly(3, 2, 2, 5, 2, 6, 4, 6);
    }

    @Test
    void one_assembly_one_vote_counts_each_assemblys_leading_option() {
        // same federation; assembly 0 leads with a three-way tie, assembly 1 with option 2,
        // assembly 2 ties 0 and 2; assembly 8 (under 4) has nobody voting and abstains
        boolean[] assembly = {true, true, true, false, false, false, false, false, true};
        int[][] parents = {{3}, {3, 6}, {4, 6}, {5}, {5}, {7}, {7}, NONE, {4}};
        int[][] members = {{0}, {0}, {1}, {1}, {1}, {2}, {0, 2}, {8}};
        int[] ballot = {0, 1, 2, 2, DID_NOT_VOTE, 0, 2, DID_NOT_VOTE};
        var r = Aggregation.aggregateByAssembly(new Input(9, assembly, parents, members, ballot, 3), TieBreak.of(2, 1, 0));
        // assembly 0: 1/1/1 -> tie-break picks 2; assembly 1: 2; assembly 2: 1/0/1 -> 2
        assertThat(r.perBody()[0]).containsExactly(0, 0, 1);
        assertThat(r.perBody()[2]).containsExactly(0, 0, 1);
        assertThat(r.perBody()[8]).containsExactly(0, 0, 0);
        assertThat(r.perBody()[4]).containsExactly(0, 0, 1);
        assertThat(r.perBody()[7]).containsExactly(0, 0, 3);
        assertThat(r.rollPerBody()).containsExactly(1, 1, 1, 2, 2, 4, 2, 4, 1);
        assertThat(r.turnoutPerBody()).containsExactly(1, 1, 1, 2, 1, 3, 2, 3, 0);
        var other = Aggregation.aggregateByAssembly(new Input(9, assembly, parents, members, ballot, 3), TieBreak.of(0, 1, 2));
        assertThat(other.perBody()[7]).containsExactly(2, 0, 1);
    }

    @Test
    void a_council_with_nothing_beneath_has_an_empty_figure() {
        var r = Aggregation.aggregate(new Input(2, new boolean[] {true, false}, new int[][] {NONE, NONE},
                new int[][] {{0}}, new int[] {0}, 1));
        assertThat(r.perBody()[1]).containsExactly(0);
        assertThat(r.rollPerBody()).containsExactly(1, 0);
    }

    @Test
    void refuses_malformed_input() {
        boolean[] two = {true, false};
        assertThatThrownBy(() -> Aggregation.aggregate(new Input(2, new boolean[] {false, false},
                new int[][] {{1}, {0}}, new int[0][], new int[0], 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cycle");
        assertThatThrownBy(() -> Aggregation.aggregate(new Input(2, two, new int[][] {NONE, {0}}, new int[0][], new int[0], 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only councils");
        assertThatThrownBy(() -> Aggregation.aggregate(new Input(2, two, new int[][] {{1}, NONE}, new int[][] {{1}}, new int[] {0}, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an assembly");
        assertThatThrownBy(() -> Aggregation.aggregate(new Input(2, two, new int[][] {{1}, NONE}, new int[][] {{0}}, new int[] {1}, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chose option 1");
        assertThatThrownBy(() -> Aggregation.aggregate(new Input(2, two, new int[][] {{1}, NONE}, new int[][] {{0}}, new int[0], 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Aggregation.aggregate(new Input(2, two, new int[][] {{2}, NONE}, new int[0][], new int[0], 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
