package org.mandate.core.count;

import java.util.Objects;

/**
 * Consent: a proposal passes unless a reasoned objection still stands when the vote closes.
 *
 * <p>Whether an objection is reasoned, and whether it was withdrawn or resolved by an amendment, is
 * the domain's business; this count only sees how many stand at the close.
 */
public final class Consent {

    private Consent() {
    }

    public record Tally(long standingObjections, long participation, long roll) {
        public Tally {
            Exact.nonNegative(standingObjections, "objections");
            Exact.nonNegative(participation, "participation");
            Exact.nonNegative(roll, "roll");
            if (standingObjections > participation) {
                throw new IllegalArgumentException("more objections than participants");
            }
        }
    }

    public record Result(Verdict verdict, Tally tally, Fraction quorum) {
    }

    public static Result count(Tally tally, Fraction quorum) {
        Objects.requireNonNull(quorum);
        Verdict verdict;
        if (!Exact.quorumMet(quorum, tally.participation(), tally.roll())) {
            verdict = Verdict.QUORUM_NOT_MET;
        } else {
            verdict = tally.standingObjections() == 0 ? Verdict.ADOPTED : Verdict.REJECTED;
        }
        return new Result(verdict, tally, quorum);
    }
}
