package org.mandate.core.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApprovalTest {

    @Test
    void elects_the_most_approved_options_for_the_seats() {
        int[][] ballots = {{0, 1}, {1}, {1, 2}, {2, 3}, {0, 1, 2}};
        var r = Approval.count(4, ballots, null, 2, TieBreak.identity(4));
        assertThat(r.approvals()).containsExactly(2, 4, 3, 1);
        assertThat(r.ranking()).containsExactly(1, 2, 0, 3);
        assertThat(r.winners()).containsExactly(1, 2);
    }

    @Test
    void breaks_a_tie_for_the_last_seat_by_the_tie_break() {
        int[][] ballots = {{0, 1}, {2}, {1, 2}, {0}};
        var r = Approval.count(3, ballots, null, 1, TieBreak.of(2, 0, 1));
        assertThat(r.approvals()).containsExactly(2, 2, 2);
        assertThat(r.winners()).containsExactly(2);
        assertThat(Approval.count(3, ballots, null, 2, TieBreak.of(1, 2, 0)).winners()).containsExactly(1, 2);
    }

    @Test
    void weighs_each_ballot_by_its_weight() {
        int[][] ballots = {{0}, {1}};
        var r = Approval.count(2, ballots, new long[] {2, 3}, 1, TieBreak.identity(2));
        assertThat(r.approvals()).containsExactly(2, 3);
        assertThat(r.winners()).containsExactly(1);
    }

    @Test
    void counts_an_empty_ballot_as_approving_nothing() {
        var r = Approval.count(2, new int[][] {{}, {0}}, null, 1, TieBreak.of(1, 0));
        assertThat(r.approvals()).containsExactly(1, 0);
        assertThat(r.winners()).containsExactly(0);
    }

    @Test
    void refuses_repeated_or_unknown_options() {
        assertThatThrownBy(() -> Approval.count(2, new int[][] {{0, 0}}, null, 1, TieBreak.identity(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Approval.count(2, new int[][] {{2}}, null, 1, TieBreak.identity(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Approval.count(2, new int[][] {{0}}, null, 3, TieBreak.identity(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
