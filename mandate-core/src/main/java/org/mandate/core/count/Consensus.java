package org.mandate.core.count;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Consensus with stand-asides and blocks.
 *
 * <p>Adopted when the quorum is met, blocks are fewer than {@code blockThreshold} (1 means a single
 * block stops the proposal), and, if the charter caps them, stand-asides do not exceed the cap: many
 * stand-asides mean the group is not really behind the proposal.
 */
public final class Consensus {

    private Consensus() {
    }

    public record Rule(Fraction quorum, long blockThreshold, OptionalLong maxStandAsides) {
        public Rule {
            Objects.requireNonNull(quorum);
            Objects.requireNonNull(maxStandAsides);
            if (blockThreshold < 1) {
                throw new IllegalArgumentException("block threshold must be at least 1: " + blockThreshold);
            }
            maxStandAsides.ifPresent(m -> Exact.nonNegative(m, "max stand-asides"));
        }
    }

    public record Tally(long agree, long standAside, long block, long roll) {
        public Tally {
            Exact.nonNegative(agree, "agree");
            Exact.nonNegative(standAside, "stand-aside");
            Exact.nonNegative(block, "block");
            Exact.nonNegative(roll, "roll");
        }

        public long participation() {
            return Math.addExact(Math.addExact(agree, standAside), block);
        }
    }

    public record Result(Verdict verdict, Tally tally, Rule rule, long participation) {
    }

    public static Result count(Tally tally, Rule rule) {
        long participation = tally.participation();
        Verdict verdict;
        if (!Exact.quorumMet(rule.quorum(), participation, tally.roll())) {
            verdict = Verdict.QUORUM_NOT_MET;
        } else {
            boolean blocked = tally.block() >= rule.blockThreshold();
            boolean tooManyAside = rule.maxStandAsides().isPresent()
                    && tally.standAside() > rule.maxStandAsides().getAsLong();
            verdict = blocked || tooManyAside ? Verdict.REJECTED : Verdict.ADOPTED;
        }
        return new Result(verdict, tally, rule, participation);
    }
}
