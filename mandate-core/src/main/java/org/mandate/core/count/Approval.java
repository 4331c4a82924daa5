package org.mandate.core.count;

import java.util.Arrays;
import java.util.Objects;

/**
 * Approval voting: each ballot approves any set of options; the {@code seats} options with the most
 * approvals win, equal counts ordered by the {@link TieBreak}.
 */
public final class Approval {

    private Approval() {
    }

    /**
     * @param approvals approvals per option (weighted)
     * @param ranking   every option, most approved first, ties by the tie-break
     * @param winners   the first {@code seats} entries of the ranking
     */
    public record Result(long[] approvals, int[] ranking, int[] winners) {
    }

    /**
     * @param ballots each ballot lists the options it approves, in any order, without repeats
     * @param weights weight per ballot, or null for one each
     */
    public static Result count(int options, int[][] ballots, long[] weights, int seats, TieBreak tieBreak) {
        Objects.requireNonNull(ballots);
        tieBreak.requireOptions(options);
        Exact.checkWeights(weights, ballots.length);
        if (seats < 0 || seats > options) {
            throw new IllegalArgumentException("seats " + seats + " outside 0.." + options);
        }
        long[] approvals = new long[options];
        boolean[] seen = new boolean[options];
        for (int b = 0; b < ballots.length; b++) {
            long w = Exact.weight(weights, b);
            for (int option : ballots[b]) {
                if (option < 0 || option >= options || seen[option]) {
                    throw new IllegalArgumentException("ballot " + b + " approves " + option + " out of range or twice");
                }
                seen[option] = true;
                approvals[option] = Math.addExact(approvals[option], w);
            }
            for (int option : ballots[b]) {
                seen[option] = false;
            }
        }
        int[] ranking = Rankings.byTotalDescending(approvals, tieBreak);
        return new Result(approvals, ranking, Arrays.copyOf(ranking, seats));
    }
}
