package org.mandate.core.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MajorityTest {

    private static final Majority.Rule MORE_THAN_HALF = new Majority.Rule(Fraction.ZERO, Majority.Threshold.moreThan(1, 2), false);
    private static final Majority.Rule TWO_THIRDS = new Majority.Rule(Fraction.ZERO, Majority.Threshold.atLeast(2, 3), false);

    private static Verdict verdict(Majority.Rule rule, long yes, long no, long abstain, long roll) {
        return Majority.count(new Majority.Tally(yes, no, abstain, roll), rule).verdict();
    }

    @Test
    void rejects_an_exact_half_when_more_than_half_is_required() {
        assertThat(verdict(MORE_THAN_HALF, 10, 10, 0, 20)).isEqualTo(Verdict.REJECTED);
        assertThat(verdict(MORE_THAN_HALF, 11, 10, 0, 21)).isEqualTo(Verdict.ADOPTED);
    }

    @Test
    void adopts_an_exact_half_when_at_least_half_is_required() {
        var atLeastHalf = new Majority.Rule(Fraction.ZERO, Majority.Threshold.atLeast(1, 2), false);
        assertThat(verdict(atLeastHalf, 10, 10, 0, 20)).isEqualTo(Verdict.ADOPTED);
        assertThat(verdict(atLeastHalf, 9, 10, 0, 20)).isEqualTo(Verdict.REJECTED);
    }

    @Test
    void adopts_exactly_two_thirds_when_at_least_two_thirds_is_required() {
        assertThat(verdict(TWO_THIRDS, 20, 10, 0, 30)).isEqualTo(Verdict.ADOPTED);
        assertThat(verdict(TWO_THIRDS, 19, 10, 0, 30)).isEqualTo(Verdict.REJECTED);
        var moreThanTwoThirds = new Majority.Rule(Fraction.ZERO, Majority.Threshold.moreThan(2, 3), false);
        assertThat(verdict(moreThanTwoThirds, 20, 10, 0, 30)).isEqualTo(Verdict.REJECTED);
    }

    @Test
    void counts_abstentions_against_the_threshold_only_when_the_rule_says_so() {
        var inBase = new Majority.Rule(Fraction.ZERO, Majority.Threshold.moreThan(1, 2), true);
        assertThat(verdict(MORE_THAN_HALF, 6, 4, 5, 15)).isEqualTo(Verdict.ADOPTED);
        assertThat(verdict(inBase, 6, 4, 5, 15)).isEqualTo(Verdict.REJECTED);
        var result = Majority.count(new Majority.Tally(6, 4, 5, 15), inBase);
        assertThat(result.base()).isEqualTo(15);
        assertThat(result.participation()).isEqualTo(15);
    }

    @Test
    void meets_the_quorum_exactly_on_the_boundary_and_counts_abstentions_towards_it() {
        var halfQuorum = new Majority.Rule(Fraction.HALF, Majority.Threshold.moreThan(1, 2), false);
        assertThat(verdict(halfQuorum, 3, 1, 1, 10)).isEqualTo(Verdict.ADOPTED); // 5 of 10 took part
        assertThat(verdict(halfQuorum, 3, 1, 0, 10)).isEqualTo(Verdict.QUORUM_NOT_MET);
        var thirdQuorum = new Majority.Rule(Fraction.of(1, 3), Majority.Threshold.moreThan(1, 2), false);
        assertThat(verdict(thirdQuorum, 1, 0, 2, 10)).isEqualTo(Verdict.QUORUM_NOT_MET); // 3/10 < 1/3
        assertThat(verdict(thirdQuorum, 1, 0, 3, 10)).isEqualTo(Verdict.ADOPTED);
    }

    @Test
    void rejects_when_nobody_voted_yes_or_no() {
        var atLeastHalf = new Majority.Rule(Fraction.ZERO, Majority.Threshold.atLeast(1, 2), false);
        assertThat(verdict(atLeastHalf, 0, 0, 7, 7)).isEqualTo(Verdict.REJECTED);
    }

    @Test
    void compares_huge_weighted_counts_exactly() {
        long big = Long.MAX_VALUE / 3;
        // yes/base = big/(2*big) exactly one half: not more than half, but at least half.
        assertThat(verdict(MORE_THAN_HALF, big, big, 0, Long.MAX_VALUE)).isEqualTo(Verdict.REJECTED);
        var atLeastHalf = new Majority.Rule(Fraction.ZERO, Majority.Threshold.atLeast(1, 2), false);
        assertThat(verdict(atLeastHalf, big, big, 0, Long.MAX_VALUE)).isEqualTo(Verdict.ADOPTED);
        // (M-1)/M against (M-1)/M and against big/(big+1): a double cannot tell these apart.
        long m = Long.MAX_VALUE;
        var nearlyAll = new Majority.Rule(Fraction.ZERO, Majority.Threshold.atLeast(m - 1, m), false);
        assertThat(verdict(nearlyAll, m - 1, 1, 0, m)).isEqualTo(Verdict.ADOPTED);
        assertThat(verdict(nearlyAll, big, 1, 0, m)).isEqualTo(Verdict.REJECTED);
        var moreThanNearlyAll = new Majority.Rule(Fraction.ZERO, Majority.Threshold.moreThan(m - 1, m), false);
        assertThat(verdict(moreThanNearlyAll, m - 1, 1, 0, m)).isEqualTo(Verdict.REJECTED);
    }

    @Test
    void refuses_thresholds_that_cannot_mean_anything() {
        assertThatThrownBy(() -> Majority.Threshold.moreThan(1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Majority.Threshold.atLeast(0, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fraction.of(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Majority.Tally(5, 5, 1, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
