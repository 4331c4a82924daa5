package org.mandate.core.charter;

import org.mandate.core.count.Fraction;

import java.time.Duration;
import java.util.Objects;

/**
 * How one kind of decision is taken.
 *
 * @param method            the counting method
 * @param quorum            share of the frozen roll that must take part (abstentions count as taking part)
 * @param threshold         for majority: share of the counted votes that "yes" must reach
 * @param strict            true: yes must be more than the threshold; false: at least the threshold
 * @param abstentionsCount  whether abstentions are part of the base the threshold is measured against
 * @param deliberation      default time between publication and the opening of the vote
 * @param voting            default length of the voting window
 * @param secret            whether ballots are sealed until the close (the record shows only who took part)
 * @param blockThreshold    for consensus: this many blocks stop the proposal
 * @param maxStandAsides    for consensus: more stand-asides than this also stop it (-1: no limit)
 * @param maxScore          for score voting: the highest score a voter may give
 */
public record DecisionRule(
        Method method,
        Fraction quorum,
        Fraction threshold,
        boolean strict,
        boolean abstentionsCount,
        Duration deliberation,
        Duration voting,
        boolean secret,
        int blockThreshold,
        int maxStandAsides,
        int maxScore) {

    public DecisionRule {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(quorum, "quorum");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(deliberation, "deliberation");
        Objects.requireNonNull(voting, "voting");
    }

    /** Simple majority: more than half of yes and no, abstentions aside. */
    public static DecisionRule majority(Fraction quorum) {
        return new DecisionRule(Method.MAJORITY, quorum, Fraction.HALF, true, false,
                Duration.ofDays(3), Duration.ofDays(4), false, 1, -1, 5);
    }

    /** Qualified majority: at least the given share of yes and no, abstentions aside. */
    public static DecisionRule qualified(Fraction quorum, Fraction threshold) {
        return new DecisionRule(Method.MAJORITY, quorum, threshold, false, false,
                Duration.ofDays(7), Duration.ofDays(7), false, 1, -1, 5);
    }

    public static DecisionRule of(Method method, Fraction quorum) {
        return new DecisionRule(method, quorum, Fraction.HALF, true, false,
                Duration.ofDays(3), Duration.ofDays(4), false, 1, -1, 5);
    }

    public DecisionRule withSecret(boolean value) {
        return new DecisionRule(method, quorum, threshold, strict, abstentionsCount, deliberation, voting, value,
                blockThreshold, maxStandAsides, maxScore);
    }

    /** The same rule with another quorum: a count within a count (the next alternate) needs none of its own. */
    public DecisionRule withQuorum(Fraction value) {
        return new DecisionRule(method, value, threshold, strict, abstentionsCount, deliberation, voting, secret,
                blockThreshold, maxStandAsides, maxScore);
    }

    public DecisionRule withWindows(Duration deliberationTime, Duration votingTime) {
        return new DecisionRule(method, quorum, threshold, strict, abstentionsCount, deliberationTime, votingTime, secret,
                blockThreshold, maxStandAsides, maxScore);
    }

    /** Why this rule is unusable, or null when it is sound. */
    public String problem() {
        if (voting.isNegative() || voting.isZero()) {
            return "the voting window must be longer than zero";
        }
        if (deliberation.isNegative()) {
            return "the deliberation time cannot be negative";
        }
        if (method == Method.MAJORITY && (threshold.numerator() == 0 || strict && threshold.numerator() == threshold.denominator())) {
            return "a majority threshold must be above zero, and \"more than all\" can never be reached";
        }
        if (method == Method.CONSENSUS && blockThreshold < 1) {
            return "the block threshold must be at least 1";
        }
        if (method == Method.SCORE && (maxScore < 1 || maxScore > 100)) {
            return "the highest score must be between 1 and 100";
        }
        return null;
    }
}
