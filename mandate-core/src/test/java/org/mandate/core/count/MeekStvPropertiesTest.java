package org.mandate.core.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MeekStvPropertiesTest {

    private static final long[] SEEDS = {3L, 99L, 20261125L, 0xFEEDL};

    private record Election(int k, int seats, int[][] ballots, long[] weights, TieBreak tieBreak) {
        MeekStv.Result count() {
            return MeekStv.count(k, seats, ballots, weights, tieBreak);
        }
    }

    private static Election random(SplittableRandom rnd) {
        int k = 1 + rnd.nextInt(8);
        int seats = 1 + rnd.nextInt(k + 1);
        int n = 1 + rnd.nextInt(60);
        int[][] ballots = new int[n][];
        boolean popular = rnd.nextBoolean();
        int favourite = rnd.nextInt(k);
        for (int b = 0; b < n; b++) {
            ballots[b] = RandomBallots.preferences(rnd, k);
            if (popular && rnd.nextInt(2) == 0) {
                ballots[b] = new int[] {favourite}; // sometimes someone has a quota of first preferences
            }
        }
        return new Election(k, seats, ballots, RandomBallots.weights(rnd, n, 4), TieBreak.of(RandomBallots.permutation(rnd, k)));
    }

    @Test
    void elects_exactly_as_many_as_there_are_seats_or_candidates() {
        for (long seed : SEEDS) {
            SplittableRandom rnd = new SplittableRandom(seed);
            for (int trial = 0; trial < 200; trial++) {
                Election e = random(rnd);
                var result = e.count();
                assertThat(result.elected()).as("seed %d trial %d", seed, trial)
                        .hasSize(Math.min(e.seats(), e.k()))
                        .doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void elects_every_candidate_with_more_than_a_droop_quota_of_first_preferences() {
        int checked = 0;
        for (long seed : SEEDS) {
            SplittableRandom rnd = new SplittableRandom(seed);
            for (int trial = 0; trial < 200; trial++) {
                Election e = random(rnd);
                long total = 0;
                long[] first = new long[e.k()];
                for (int b = 0; b < e.ballots().length; b++) {
                    total += e.weights()[b];
                    first[e.ballots()[b][0]] += e.weights()[b];
                }
                var elected = e.count().elected();
                for (int c = 0; c < e.k(); c++) {
                    if (first[c] * (e.seats() + 1) > total) {
                        checked++;
                        assertThat(elected).as("seed %d trial %d candidate %d", seed, trial, c).contains(c);
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void does_not_depend_on_ballot_order() {
        for (long seed : SEEDS) {
            SplittableRandom rnd = new SplittableRandom(seed);
            for (int trial = 0; trial < 100; trial++) {
                Election e = random(rnd);
                int[] order = RandomBallots.permutation(rnd, e.ballots().length);
                Election shuffled = new Election(e.k(), e.seats(), RandomBallots.reorder(e.ballots(), order),
                        RandomBallots.reorder(e.weights(), order), e.tieBreak());
                assertSameCount(e.count(), shuffled.count(), seed, trial);
            }
        }
    }

    @Test
    void counts_a_ballot_of_weight_w_as_w_identical_ballots() {
        for (long seed : SEEDS) {
            SplittableRandom rnd = new SplittableRandom(seed);
            for (int trial = 0; trial < 100; trial++) {
                Election e = random(rnd);
                List<int[]> copies = new ArrayList<>();
                for (int b = 0; b < e.ballots().length; b++) {
                    for (long c = 0; c < e.weights()[b]; c++) {
                        copies.add(e.ballots()[b]);
                    }
                }
                Election repeated = new Election(e.k(), e.seats(), copies.toArray(int[][]::new), null, e.tieBreak());
                assertSameCount(e.count(), repeated.count(), seed, trial);
            }
        }
    }

    private static void assertSameCount(MeekStv.Result a, MeekStv.Result b, long seed, int trial) {
        String at = "seed " + seed + " trial " + trial;
        assertThat(b.elected()).as(at).containsExactly(a.elected());
        assertThat(b.rounds()).as(at).hasSameSizeAs(a.rounds());
        for (int i = 0; i < a.rounds().size(); i++) {
            var x = a.rounds().get(i);
            var y = b.rounds().get(i);
            assertThat(y.quota()).as(at).isEqualTo(x.quota());
            assertThat(y.votes()).as(at).containsExactly(x.votes());
            assertThat(y.keepValues()).as(at).containsExactly(x.keepValues());
            assertThat(y.surplus()).as(at).isEqualTo(x.surplus());
            assertThat(y.residual()).as(at).isEqualTo(x.residual());
            assertThat(y.elected()).as(at).containsExactly(x.elected());
            assertThat(y.excluded()).as(at).containsExactly(x.excluded());
        }
    }
}
