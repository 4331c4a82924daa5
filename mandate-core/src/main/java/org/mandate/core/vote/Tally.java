package org.mandate.core.vote;

import java.util.List;

/**
 * What the count found, per method. Every figure is a weight: one per member in an assembly, the
 * member body's weight in a council. {@code roll} is the total weight of the frozen roll and
 * {@code turnout} the weight of those who took part, abstentions included.
 */
public sealed interface Tally {
    long roll();

    long turnout();

    record YesNo(long yes, long no, long abstain, long roll, long turnout) implements Tally {}

    record Consent(long consents, long objections, long roll, long turnout) implements Tally {}

    record Consensus(long agree, long standAside, long block, long roll, long turnout) implements Tally {}

    /** Approval or score: each option's total. */
    record Totals(List<String> options, List<Long> totals, long roll, long turnout) implements Tally {}

    /**
     * Schulze: {@code pairwise.get(i).get(j)} is the weight preferring option i to option j, and
     * {@code strongest} the strength of the strongest path from i to j.
     */
    record Schulze(List<String> options, List<List<Long>> pairwise, List<List<Long>> strongest, long roll, long turnout)
            implements Tally {}

    /** Meek STV: every round of the count. Vote figures are in billionths of a vote, as Meek's method prescribes. */
    record Stv(List<String> candidates, int seats, List<StvRound> rounds, long roll, long turnout) implements Tally {}

    /**
     * One round of an STV count.
     *
     * @param votes     each candidate's votes, in billionths
     * @param keep      each candidate's keep value, in billionths
     * @param quota     the quota, in billionths
     * @param surplus   the elected candidates' total surplus, in billionths
     * @param residual  votes with no continuing candidate, plus rounding, in billionths
     * @param elected   candidates elected in this round
     * @param excluded  candidates excluded in this round
     */
    record StvRound(List<Long> votes, List<Long> keep, long quota, long surplus, long residual, List<String> elected,
            List<String> excluded) {}
}
