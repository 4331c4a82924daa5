package org.mandate.core.count;

/**
 * Score voting: each ballot gives every option an integer score in {@code [0, maxScore]}; the option
 * with the highest total wins, equal totals ordered by the {@link TieBreak}.
 *
 * <p>Ballots are a flat array, ballot {@code b}'s score for option {@code o} at {@code b*k+o}, the
 * same layout as {@link Schulze}. An option a voter left blank is expected as 0 from the domain.
 */
public final class Score {

    private Score() {
    }

    /** Totals per option, every option best first, and the winner ({@code ranking[0]}). */
    public record Result(long[] totals, int[] ranking, int winner) {
    }

    public static Result count(int options, int maxScore, int[] scores, long[] weights, TieBreak tieBreak) {
        if (options < 1) {
            throw new IllegalArgumentException("no options");
        }
        if (maxScore < 1) {
            throw new IllegalArgumentException("max score must be at least 1: " + maxScore);
        }
        if (scores.length % options != 0) {
            throw new IllegalArgumentException("score array length " + scores.length + " is not a multiple of " + options);
        }
        tieBreak.requireOptions(options);
        int ballots = scores.length / options;
        Exact.checkWeights(weights, ballots);
        long[] totals = new long[options];
        for (int b = 0; b < ballots; b++) {
            long w = Exact.weight(weights, b);
            for (int o = 0; o < options; o++) {
                int s = scores[b * options + o];
                if (s < 0 || s > maxScore) {
                    throw new IllegalArgumentException("ballot " + b + " scores option " + o + " at " + s);
                }
                totals[o] = Math.addExact(totals[o], Math.multiplyExact(w, s));
            }
        }
        int[] ranking = Rankings.byTotalDescending(totals, tieBreak);
        return new Result(totals, ranking, ranking[0]);
    }
}
