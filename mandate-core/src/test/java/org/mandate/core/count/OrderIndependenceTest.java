package org.mandate.core.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Approval and score results, like the ranked counts, ignore ballot order and treat weight as repetition. */
class OrderIndependenceTest {

    private static final long[] SEEDS = {5L, 77L, 20261125L};

    @Test
    void approval_does_not_depend_on_ballot_order_and_weights_repeat_ballots() {
        for (long seed : SEEDS) {
            SplittableRandom rnd = new SplittableRandom(seed);
            for (int trial = 0; trial < 100; trial++) {
                int k = 1 + rnd.nextInt(6);
                int n = 1 + rnd.nextInt(30);
                int[][] ballots = new int[n][];
                for (int b = 0; b < n; b++) {
                    int[] p = RandomBallots.permutation(rnd, k);
                    ballots[b] = java.util.Arrays.copyOf(p, rnd.nextInt(k + 1));
                }
                long[] weights = RandomBallots.weights(rnd, n, 4);
                int seats = rnd.nextInt(k + 1);
                TieBreak tb = TieBreak.of(RandomBallots.permutation(rnd, k));
                int[] order = RandomBallots.permutation(rnd, n);
                var a = Approval.count(k, ballots, weights, seats, tb);
                var shuffled = Approval.count(k, RandomBallots.reorder(ballots, order), RandomBallots.reorder(weights, order), seats, tb);
                int[][] copies = repeat(ballots, weights);
                var repeated = Approval.count(k, copies, null, seats, tb);
                String at = "seed " + seed + " trial " + trial;
                assertThat(shuffled.approvals()).as(at).containsExactly(a.approvals());
                assertThat(shuffled.winners()).as(at).containsExactly(a.winners());
                assertThat(repeated.approvals()).as(at).containsExactly(a.approvals());
                assertThat(repeated.ranking()).as(at).containsExactly(a.ranking());
            }
        }
    }

    @Test
    void score_does_not_depend_on_ballot_order_and_weights_repeat_ballots() {
        for (long seed : SEEDS) {
            SplittableRandom rnd = new SplittableRandom(seed);
            for (int trial = 0; trial < 100; trial++) {
                int k = 1 + rnd.nextInt(6);
                int n = 1 + rnd.nextInt(30);
                int max = 1 + rnd.nextInt(10);
                int[] scores = new int[n * k];
                for (int i = 0; i < scores.length; i++) {
                    scores[i] = rnd.nextInt(max + 1);
                }
                long[] weights = RandomBallots.weights(rnd, n, 4);
                TieBreak tb = TieBreak.of(RandomBallots.permutation(rnd, k));
                int[] order = RandomBallots.permutation(rnd, n);
                var a = Score.count(k, max, scores, weights, tb);
                var shuffled = Score.count(k, max, RandomBallots.reorderFlat(scores, k, order), RandomBallots.reorder(weights, order), tb);
                int total = (int) java.util.Arrays.stream(weights).sum();
                int[] copies = new int[total * k];
                int at = 0;
                for (int b = 0; b < n; b++) {
                    for (int c = 0; c < weights[b]; c++) {
                        System.arraycopy(scores, b * k, copies, at++ * k, k);
                    }
                }
                var repeated = Score.count(k, max, copies, null, tb);
                String where = "seed " + seed + " trial " + trial;
                assertThat(shuffled.totals()).as(where).containsExactly(a.totals());
                assertThat(shuffled.ranking()).as(where).containsExactly(a.ranking());
                assertThat(repeated.totals()).as(where).containsExactly(a.totals());
                assertThat(repeated.winner()).as(where).isEqualTo(a.winner());
            }
        }
    }

    private static int[][] repeat(int[][] ballots, long[] weights) {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        for (int b = 0; b < ballots.length; b++) {
            for (long c = 0; c < weights[b]; c++) {
                out.add(ballots[b]);
            }
        }
        return out.toArray(int[][]::new);
    }
}
