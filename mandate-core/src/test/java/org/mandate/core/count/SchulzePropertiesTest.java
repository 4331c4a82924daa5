package org.mandate.core.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SchulzePropertiesTest {

    private static final long[] SEEDS = {1L, 42L, 20261125L, 0x5EED_CAFEL};

    @Test
    void elects_the_condorcet_winner_whenever_one_exists() {
        int found = 0;
        for (long seed : SEEDS) {
            SplittableRandom rnd = new SplittableRandom(seed);
            for (int trial = 0; trial < 300; trial++) {
                int k = 2 + rnd.nextInt(6);
                int n = 1 + rnd.nextInt(40);
                int favourite = rnd.nextInt(k);
                int[] ranks = new int[n * k];
                for (int b = 0; b < n; b++) {
                    int[] r = RandomBallots.ranks(rnd, k);
                    if (rnd.nextInt(3) > 0) {
                        r[favourite] = 0; // bias so that a Condorcet winner is common
                    }
                    System.arraycopy(r, 0, ranks, b * k, k);
                }
                long[] weights = RandomBallots.weights(rnd, n, 4);
                var result = Schulze.count(k, ranks, weights, TieBreak.of(RandomBallots.permutation(rnd, k)));
                int condorcet = condorcetWinner(result.d());
                if (condorcet >= 0) {
                    found++;
                    assertThat(result.winner()).as("seed %d trial %d", seed, trial).isEqualTo(condorcet);
                    assertThat(result.potentialWinners()).as("seed %d trial %d", seed, trial).containsExactly(condorcet);
                }
            }
        }
        assertThat(found).as("generator should produce Condorcet winners").isGreaterThan(300);
    }

    private static int condorcetWinner(long[][] d) {
        outer:
        for (int x = 0; x < d.length; x++) {
            for (int y = 0; y < d.length; y++) {
                if (y != x && d[x][y] <= d[y][x]) {
                    continue outer;
                }
            }
            return x;
        }
        return -1;
    }

    @Test
    void does_not_depend_on_ballot_order() {
        for (long seed : SEEDS) {
            SplittableRandom rnd = new SplittableRandom(seed);
            for (int trial = 0; trial < 100; trial++) {
                int k = 2 + rnd.nextInt(6);
                int n = 1 + rnd.nextInt(50);
                int[] ranks = new int[n * k];
                for (int b = 0; b < n; b++) {
                    System.arraycopy(RandomBallots.ranks(rnd, k), 0, ranks, b * k, k);
                }
                long[] weights = RandomBallots.weights(rnd, n, 5);
                TieBreak tb = TieBreak.of(RandomBallots.permutation(rnd, k));
                int[] order = RandomBallots.permutation(rnd, n);
                var a = Schulze.count(k, ranks, weights, tb);
                var b = Schulze.count(k, RandomBallots.reorderFlat(ranks, k, order), RandomBallots.reorder(weights, order), tb);
                assertThat(b.d()).as("seed %d trial %d", seed, trial).isDeepEqualTo(a.d());
                assertThat(b.p()).as("seed %d trial %d", seed, trial).isDeepEqualTo(a.p());
                assertThat(b.ranking()).as("seed %d trial %d", seed, trial).containsExactly(a.ranking());
            }
        }
    }

    @Test
    void counts_a_ballot_of_weight_w_as_w_identical_ballots() {
        for (long seed : SEEDS) {
            SplittableRandom rnd = new SplittableRandom(seed);
            for (int trial = 0; trial < 100; trial++) {
                int k = 2 + rnd.nextInt(5);
                int n = 1 + rnd.nextInt(20);
                long[] weights = RandomBallots.weights(rnd, n, 4);
                int total = (int) java.util.Arrays.stream(weights).sum();
                int[] ranks = new int[n * k];
                int[] repeated = new int[total * k];
                int at = 0;
                for (int b = 0; b < n; b++) {
                    int[] r = RandomBallots.ranks(rnd, k);
                    System.arraycopy(r, 0, ranks, b * k, k);
                    for (int c = 0; c < weights[b]; c++) {
                        System.arraycopy(r, 0, repeated, at++ * k, k);
                    }
                }
                TieBreak tb = TieBreak.of(RandomBallots.permutation(rnd, k));
                var weighted = Schulze.count(k, ranks, weights, tb);
                var copies = Schulze.count(k, repeated, null, tb);
                assertThat(copies.d()).as("seed %d trial %d", seed, trial).isDeepEqualTo(weighted.d());
                assertThat(copies.ranking()).as("seed %d trial %d", seed, trial).containsExactly(weighted.ranking());
            }
        }
    }

    @Test
    void gives_the_same_pairwise_counts_when_the_pass_runs_in_parallel() {
        long seed = 7L;
        SplittableRandom rnd = new SplittableRandom(seed);
        int k = 6;
        int n = 120_000; // above the parallel threshold
        int[] ranks = new int[n * k];
        for (int b = 0; b < n; b++) {
            System.arraycopy(RandomBallots.ranks(rnd, k), 0, ranks, b * k, k);
        }
        long[] weights = RandomBallots.weights(rnd, n, 3);
        long[][] whole = Schulze.pairwise(k, ranks, weights);
        long[][] sum = new long[k][k];
        int step = 10_000; // below the threshold: sequential
        for (int from = 0; from < n; from += step) {
            int[] part = java.util.Arrays.copyOfRange(ranks, from * k, (from + step) * k);
            long[] w = java.util.Arrays.copyOfRange(weights, from, from + step);
            long[][] d = Schulze.pairwise(k, part, w);
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    sum[i][j] += d[i][j];
                }
            }
        }
        assertThat(whole).as("seed %d", seed).isDeepEqualTo(sum);
    }
}
