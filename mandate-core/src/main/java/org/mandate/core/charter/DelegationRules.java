package org.mandate.core.charter;

import java.time.Duration;
import java.util.Objects;
import org.mandate.core.count.Fraction;

/**
 * How a body holds those it elects: its delegates to councils and its office-holders.
 *
 * @param term                 how long a delegate's or an office-holder's term lasts; it ends by itself
 * @param maxConsecutiveTerms  rotation: nobody serves more consecutive terms in the same seat or office
 * @param onBreach             what happens to a delegate's vote that contradicts the body's mandate
 * @param breachOpensRecall    whether a recorded breach opens a recall petition against the delegate at once
 * @param recallSignatures     share of the body's members whose signatures make a recall petition succeed
 * @param instantRecall        true: the petition itself recalls; false: it opens a recall vote
 */
public record DelegationRules(Duration term, int maxConsecutiveTerms, BreachPolicy onBreach, boolean breachOpensRecall,
        Fraction recallSignatures, boolean instantRecall) {

    public enum BreachPolicy {
        /** A vote against the mandate is refused. */
        REFUSE,
        /** The vote counts, and the breach is recorded for the base to see. */
        RECORD_AND_FLAG
    }

    public DelegationRules {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(onBreach, "onBreach");
        Objects.requireNonNull(recallSignatures, "recallSignatures");
    }

    public static DelegationRules defaults() {
        return new DelegationRules(Duration.ofDays(365), 2, BreachPolicy.REFUSE, false, Fraction.of(1, 4), false);
    }

    public String problem() {
        if (term.isNegative() || term.isZero()) {
            return "a term must last longer than zero";
        }
        if (maxConsecutiveTerms < 1) {
            return "rotation must allow at least one term";
        }
        if (recallSignatures.numerator() == 0) {
            return "a recall needs at least one signature";
        }
        return null;
    }
}
