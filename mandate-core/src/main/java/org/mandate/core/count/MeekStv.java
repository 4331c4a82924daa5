package org.mandate.core.count;

import java.util.List;

/**
 * Multi-seat single transferable vote by Meek's method.
 *
 * <p>The rules are those of the Proportional Representation Foundation's "Reference Meek Rule"
 * (prfound.org), which restates Hill, Wichmann &amp; Woodall, "Algorithm 123: Single Transferable
 * Vote by Meek's Method", The Computer Journal 30(3), 1987, with the fixed-point arithmetic of the
 * New Zealand rules (Local Electoral Regulations 2001, Schedule 1A):
 * <ul>
 *   <li>every value is a fixed-point number with 9 decimal places, held here as a {@code long} count
 *       of {@link #UNIT}ths of a vote;</li>
 *   <li>a ballot of weight w meeting a candidate with keep value kf leaves them w&times;kf, rounded
 *       up, and passes on the rest; hopefuls keep 1, excluded candidates 0;</li>
 *   <li>quota = (sum of all candidates' votes) / (seats + 1), truncated, plus 10<sup>-9</sup>;</li>
 *   <li>a hopeful with votes &ge; quota is elected; each iteration an elected candidate's keep value
 *       becomes kf&times;quota/votes, each step rounded up;</li>
 *   <li>iteration stops when someone is elected, when the total surplus falls below
 *       {@link #OMEGA} (10<sup>-6</sup>), or when it stops falling;</li>
 *   <li>then the lowest hopeful is excluded; every hopeful whose votes are within the total surplus
 *       of the lowest counts as tied with it (the surplus could still move them).</li>
 * </ul>
 * Ties for exclusion look back at earlier rounds (the candidate with fewer votes at the latest round
 * where the tied candidates differed is excluded, narrowing as it goes), then fall to the caller's
 * {@link TieBreak} as "the lot": the candidate the tie-break likes least is excluded. Candidates
 * elected in the same iteration are ordered by votes, then by the tie-break.
 *
 * <p>Identical preference lists are merged (weights summed) before counting; the arithmetic is per
 * unit of weight and then multiplied, so merging never changes a figure.
 */
public final class MeekStv {

    /** One vote, in the fixed-point units every figure here is expressed in. */
    public static final long UNIT = 1_000_000_000L;
    /** Iteration stops when the total surplus is below this (10^-6 of a vote). */
    public static final long OMEGA = 1_000L;

    private MeekStv() {
    }

    /** Why the iteration of a round ended. */
    public enum Ending {
        /** One or more candidates reached the quota. */
        ELECTED,
        /** Total surplus below {@link #OMEGA}. */
        CONVERGED,
        /** Total surplus stopped decreasing (limits of 9-decimal precision). */
        STABLE
    }

    /**
     * One round: the figures of its last iteration, then who was elected or excluded.
     *
     * @param votes      each candidate's votes, in {@link #UNIT}s (0 for candidates excluded earlier)
     * @param keepValues each candidate's keep value used for these votes, in {@link #UNIT}s
     * @param surplus    total surplus of the elected candidates, counting anyone elected this round
     * @param residual   total weight minus all candidates' votes: exhausted ballots plus rounding
     * @param iterations number of vote distributions in this round
     * @param elected    elected in this round, in order
     * @param excluded   excluded in this round (at most one, except when the last seats are settled)
     */
    public record Round(int number, long quota, long[] votes, long[] keepValues, long surplus, long residual,
                        int iterations, Ending ending, int[] elected, int[] excluded) {
    }

    /** Every round, and the elected candidates in the order they were elected. */
    public record Result(int candidates, int seats, long totalWeight, List<Round> rounds, int[] elected) {
    }

    /**
     * @param ballots preference lists of candidate indices, most preferred first; partial lists allowed,
     *                no repeats; an empty list counts only towards the residual
     * @param weights integer weight per ballot, or null for one each
     */
    public static Result count(int candidates, int seats, int[][] ballots, long[] weights, TieBreak tieBreak) {
        if (candidates < 1) {
            throw new IllegalArgumentException("no candidates");
        }
        if (seats < 0) {
            throw new IllegalArgumentException("negative seats: " + seats);
        }
        tieBreak.requireOptions(candidates);
        Exact.checkWeights(weights, ballots.length);
        return new MeekCount(candidates, seats, MeekBallots.group(candidates, ballots, weights), tieBreak).run();
    }

    /** A figure in {@link #UNIT}s as a decimal with 9 places, e.g. {@code 18.800000001}. */
    public static String format(long units) {
        String sign = units < 0 ? "-" : "";
        long a = Math.abs(units);
        return sign + (a / UNIT) + "." + String.format("%09d", a % UNIT);
    }
}
