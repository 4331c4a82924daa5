package org.mandate.core.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScoreTest {

    @Test
    void elects_the_option_with_the_highest_total() {
        int[] scores = {
            5, 3, 0,
            4, 5, 1,
            0, 2, 5};
        var r = Score.count(3, 5, scores, null, TieBreak.identity(3));
        assertThat(r.totals()).containsExactly(9, 10, 6);
        assertThat(r.winner()).isEqualTo(1);
        assertThat(r.ranking()).containsExactly(1, 0, 2);
    }

    @Test
    void breaks_equal_totals_by_the_tie_break() {
        int[] scores = {2, 1, 1, 2};
        assertThat(Score.count(2, 2, scores, null, TieBreak.of(1, 0)).winner()).isEqualTo(1);
        assertThat(Score.count(2, 2, scores, null, TieBreak.of(0, 1)).winner()).isZero();
    }

    @Test
    void multiplies_scores_by_ballot_weight() {
        var r = Score.count(2, 3, new int[] {3, 0, 0, 2}, new long[] {1, 2}, TieBreak.identity(2));
        assertThat(r.totals()).containsExactly(3, 4);
        assertThat(r.winner()).isEqualTo(1);
    }

    @Test
    void refuses_scores_outside_the_range() {
        assertThatThrownBy(() -> Score.count(2, 3, new int[] {4, 0}, null, TieBreak.identity(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Score.count(2, 3, new int[] {-1, 0}, null, TieBreak.identity(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Score.count(2, 3, new int[] {1, 0, 1}, null, TieBreak.identity(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
