package org.mandate.core.count;

import java.util.stream.IntStream;

/**
 * The Schulze method (M. Schulze, "A new monotonic, clone-independent, reversal symmetric, and
 * Condorcet-consistent single-winner election method", Social Choice and Welfare 36(2), 2011).
 *
 * <p>Ballots are a flat array of ranks: ballot {@code b}'s rank for option {@code o} at
 * {@code ranks[b*k+o]}, lower preferred, equal ranks allowed. {@link #UNRANKED} (or any rank larger
 * than every rank the voter used) puts an option below all ranked ones and level with the other
 * unranked ones. Weights are integers so that split instructions can be counted exactly after scaling
 * to a common denominator.
 *
 * <p>Link strength is "winning votes", as in Schulze's paper: the link from x to y has strength
 * d[x][y] when d[x][y] > d[y][x] and is absent (0) otherwise. Strongest paths are widest paths by
 * Floyd–Warshall. x is better than y when p[x][y] > p[y][x]; Schulze proves this relation transitive.
 * The ranking is the linear extension of it that, whenever several options are not beaten by any
 * option still unplaced, places the one the {@link TieBreak} prefers.
 */
public final class Schulze {

    /** Rank for an option the voter did not rank. */
    public static final int UNRANKED = Integer.MAX_VALUE;

    /** Below this many ballots a parallel pass costs more than it saves. */
    private static final int PARALLEL_THRESHOLD = 50_000;
    private static final int CHUNK = 32_768;

    private Schulze() {
    }

    /**
     * @param d                pairwise counts: d[i][j] = weight of ballots ranking i strictly above j
     * @param p                strongest path strengths (winning votes)
     * @param ranking          every option, best first, incomparable options by the tie-break
     * @param potentialWinners options x with p[x][y] >= p[y][x] for all y, ascending, before tie-break
     */
    public record Result(long[][] d, long[][] p, int[] ranking, int[] potentialWinners) {
        public int winner() {
            return ranking[0];
        }
    }

    public static Result count(int options, int[] ranks, long[] weights, TieBreak tieBreak) {
        tieBreak.requireOptions(options);
        long[][] d = pairwise(options, ranks, weights);
        long[][] p = strongestPaths(d);
        return new Result(d, p, rank(p, tieBreak), potentialWinners(p));
    }

    /** The pairwise matrix d; runs on all cores for large inputs (the sums are exact, so the order does not matter). */
    public static long[][] pairwise(int options, int[] ranks, long[] weights) {
        if (options < 1) {
            throw new IllegalArgumentException("no options");
        }
        if (ranks.length % options != 0) {
            throw new IllegalArgumentException("rank array length " + ranks.length + " is not a multiple of " + options);
        }
        int ballots = ranks.length / options;
        Exact.checkWeights(weights, ballots);
        long[] flat;
        if (ballots < PARALLEL_THRESHOLD) {
            flat = accumulate(options, ranks, weights, 0, ballots);
        } else {
            int chunks = (ballots + CHUNK - 1) / CHUNK;
            flat = IntStream.range(0, chunks).parallel()
                    .mapToObj(c -> accumulate(options, ranks, weights, c * CHUNK, Math.min(ballots, (c + 1) * CHUNK)))
                    .reduce(Schulze::add).orElseThrow();
        }
        long[][] d = new long[options][options];
        for (int i = 0; i < options; i++) {
            System.arraycopy(flat, i * options, d[i], 0, options);
        }
        return d;
    }

    private static long[] accumulate(int k, int[] ranks, long[] weights, int from, int to) {
        long[] acc = new long[k * k];
        int[] r = new int[k];
        for (int b = from; b < to; b++) {
            int base = b * k;
            for (int o = 0; o < k; o++) {
                int rank = ranks[base + o];
                if (rank < 0) {
                    throw new IllegalArgumentException("ballot " + b + " has negative rank " + rank);
                }
                r[o] = rank;
            }
            long w = weights == null ? 1 : weights[b];
            for (int i = 0; i < k; i++) {
                int ri = r[i];
                int row = i * k;
                // (ri - rj) >>> 31 is 1 exactly when ri < rj: ranks are non-negative, so no overflow.
                for (int j = 0; j < k; j++) {
                    acc[row + j] += w * ((ri - r[j]) >>> 31);
                }
            }
        }
        return acc;
    }

    private static long[] add(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            a[i] = Math.addExact(a[i], b[i]);
        }
        return a;
    }

    /** Widest paths over winning-votes links, Floyd–Warshall as in section 2.3 of Schulze's paper. */
    public static long[][] strongestPaths(long[][] d) {
        int k = d.length;
        long[][] p = new long[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                if (i != j && d[i][j] > d[j][i]) {
                    p[i][j] = d[i][j];
                }
            }
        }
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                if (j == i || p[j][i] == 0) {
                    continue;
                }
                for (int m = 0; m < k; m++) {
                    if (m != i && m != j) {
                        p[j][m] = Math.max(p[j][m], Math.min(p[j][i], p[i][m]));
                    }
                }
            }
        }
        return p;
    }

    private static int[] potentialWinners(long[][] p) {
        int k = p.length;
        return IntStream.range(0, k)
                .filter(x -> IntStream.range(0, k).allMatch(y -> p[x][y] >= p[y][x]))
                .toArray();
    }

    private static int[] rank(long[][] p, TieBreak tieBreak) {
        int k = p.length;
        boolean[] placed = new boolean[k];
        int[] ranking = new int[k];
        for (int place = 0; place < k; place++) {
            int best = -1;
            for (int x = 0; x < k; x++) {
                if (!placed[x] && unbeaten(p, placed, x) && (best < 0 || tieBreak.prefers(x, best))) {
                    best = x;
                }
            }
            placed[best] = true;
            ranking[place] = best;
        }
        return ranking;
    }

    private static boolean unbeaten(long[][] p, boolean[] placed, int x) {
        for (int y = 0; y < p.length; y++) {
            if (!placed[y] && p[y][x] > p[x][y]) {
                return false;
            }
        }
        return true;
    }
}
