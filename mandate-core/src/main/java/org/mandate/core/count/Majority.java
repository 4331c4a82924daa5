package org.mandate.core.count;

import java.util.Objects;

/**
 * Simple or qualified majority with a quorum.
 *
 * <p>The quorum is a fraction of the roll and counts everyone who took part, abstentions included.
 * The threshold is a fraction of the base: yes plus no, plus abstentions if the rule says they count.
 * "More than half" and "at least two thirds" are different rules and are spelled differently
 * ({@link Threshold#moreThan}, {@link Threshold#atLeast}), because charters use both and a tie on the
 * boundary must land the way the charter says. Arithmetic is exact cross-multiplication.
 */
public final class Majority {

    private Majority() {
    }

    public enum Comparison {
        /** Adopted only if yes/base is strictly greater than the fraction. */
        MORE_THAN,
        /** Adopted if yes/base equals or exceeds the fraction. */
        AT_LEAST
    }

    public record Threshold(Fraction share, Comparison comparison) {
        public Threshold {
            Objects.requireNonNull(share);
            Objects.requireNonNull(comparison);
            if (share.numerator() == 0) {
                throw new IllegalArgumentException("a threshold of zero would adopt with no votes");
            }
            if (comparison == Comparison.MORE_THAN && share.numerator() == share.denominator()) {
                throw new IllegalArgumentException("more than all votes can never be reached");
            }
        }

        public static Threshold moreThan(long numerator, long denominator) {
            return new Threshold(Fraction.of(numerator, denominator), Comparison.MORE_THAN);
        }

        public static Threshold atLeast(long numerator, long denominator) {
            return new Threshold(Fraction.of(numerator, denominator), Comparison.AT_LEAST);
        }

        /** Whether {@code yes} out of {@code base} reaches this threshold; an empty base reaches nothing. */
        public boolean isMetBy(long yes, long base) {
            if (base == 0) {
                return false;
            }
            int sign = share.comparePartOf(yes, base);
            return comparison == Comparison.MORE_THAN ? sign > 0 : sign >= 0;
        }
    }

    public record Rule(Fraction quorum, Threshold threshold, boolean abstentionsInBase) {
        public Rule {
            Objects.requireNonNull(quorum);
            Objects.requireNonNull(threshold);
        }

        /** More than half of yes+no, no quorum: the plainest rule, useful as a default. */
        public static Rule simple() {
            return new Rule(Fraction.ZERO, Threshold.moreThan(1, 2), false);
        }
    }

    /** Counts may be weighted (a delegate casting a body's votes); the roll is in the same unit. */
    public record Tally(long yes, long no, long abstain, long roll) {
        public Tally {
            Exact.nonNegative(yes, "yes");
            Exact.nonNegative(no, "no");
            Exact.nonNegative(abstain, "abstain");
            Exact.nonNegative(roll, "roll");
            if (participation(yes, no, abstain) > roll) {
                throw new IllegalArgumentException("more votes than the roll: " + (yes + no + abstain) + " > " + roll);
            }
        }

        public long participation() {
            return participation(yes, no, abstain);
        }

        private static long participation(long yes, long no, long abstain) {
            return Math.addExact(Math.addExact(yes, no), abstain);
        }
    }

    /** The verdict with the figures it rests on, so the record can show its working. */
    public record Result(Verdict verdict, Tally tally, Rule rule, long participation, long base) {
    }

    public static Result count(Tally tally, Rule rule) {
        long participation = tally.participation();
        long base = rule.abstentionsInBase() ? participation : tally.yes() + tally.no();
        Verdict verdict;
        if (!Exact.quorumMet(rule.quorum(), participation, tally.roll())) {
            verdict = Verdict.QUORUM_NOT_MET;
        } else if (rule.threshold().isMetBy(tally.yes(), base)) {
            verdict = Verdict.ADOPTED;
        } else {
            verdict = Verdict.REJECTED;
        }
        return new Result(verdict, tally, rule, participation, base);
    }
}
