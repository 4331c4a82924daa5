package org.mandate.core.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mandate.core.count.Aggregation.Input;
import org.mandate.core.count.Aggregation.Result;

class AggregationPropertiesTest {

    private static final long[] SEEDS = {1L, 42L, 20261125L, 0x5EED_CAFEL};

    /**
     * A random federation: bodies are numbered in a random order; in "creation" order each council may
     * join any council created after it, each assembly any council, so the graph is acyclic but has
     * several axes and shared ancestors. Members belong to one to three assemblies, sometimes none.
     */
    static Input randomInput(SplittableRandom rnd, int maxBodies, int members) {
        int n = 1 + rnd.nextInt(maxBodies);
        int[] label = RandomBallots.permutation(rnd, n);
        int assemblies = 1 + rnd.nextInt(n);
        boolean[] assembly = new boolean[n];
        int[][] parents = new int[n][];
        for (int c = 0; c < n; c++) {
            assembly[label[c]] = c < assemblies;
            List<Integer> ps = new ArrayList<>();
            for (int p = Math.max(c + 1, assemblies); p < n; p++) {
                if (rnd.nextInt(4) == 0) {
                    ps.add(label[p]);
                }
            }
            parents[label[c]] = ps.stream().mapToInt(Integer::intValue).toArray();
        }
        int options = 1 + rnd.nextInt(4);
        int[][] memberAssemblies = new int[members][];
        int[] ballot = new int[members];
        for (int m = 0; m < members; m++) {
            int k = rnd.nextInt(10) == 0 ? rnd.nextInt(4) : 1;
            memberAssemblies[m] = new int[k];
            for (int i = 0; i < k; i++) {
                memberAssemblies[m][i] = label[rnd.nextInt(assemblies)]; // repeats allowed: counted once
            }
            ballot[m] = rnd.nextInt(options + 1) - 1;
        }
        return new Input(n, assembly, parents, memberAssemblies, ballot, options);
    }

    /** For each body, which bodies are at or beneath it: a plain search down the child links. */
    static boolean[][] beneath(Input in) {
        int n = in.bodies();
        boolean[][] below = new boolean[n][n];
        for (int top = 0; top < n; top++) {
            // body b is beneath top if top is reachable from b upwards
            for (int b = 0; b < n; b++) {
                below[top][b] = reaches(in.parents(), b, top, new boolean[n]);
            }
        }
        return below;
    }

    private static boolean reaches(int[][] parents, int from, int to, boolean[] seen) {
        if (from == to) {
            return true;
        }
        if (seen[from]) {
            return false;
        }
        seen[from] = true;
        for (int p : parents[from]) {
            if (reaches(parents, p, to, seen)) {
                return true;
            }
        }
        return false;
    }

    static Result naive(Input in) {
        int n = in.bodies();
        boolean[][] below = beneath(in);
        long[][] per = new long[n][in.options()];
        long[] turnout = new long[n];
        long[] roll = new long[n];
        for (int b = 0; b < n; b++) {
            for (int m = 0; m < in.members(); m++) {
                boolean in_ = false;
                for (int a : in.memberAssemblies()[m]) {
                    in_ |= below[b][a];
                }
                if (!in_) {
                    continue;
                }
                roll[b]++;
                if (in.ballot()[m] >= 0) {
                    turnout[b]++;
                    per[b][in.ballot()[m]]++;
                }
            }
        }
        return new Result(per, turnout, roll);
    }

    static Result naiveByAssembly(Input in, TieBreak tb) {
        int n = in.bodies();
        boolean[][] below = beneath(in);
        int[] lead = new int[n];
        for (int a = 0; a < n; a++) {
            long[] own = new long[in.options()];
            for (int m = 0; m < in.members(); m++) {
                boolean member = false;
                for (int x : in.memberAssemblies()[m]) {
                    member |= x == a;
                }
                if (member && in.ballot()[m] >= 0) {
                    own[in.ballot()[m]]++;
                }
            }
            int[] ranking = Rankings.byTotalDescending(own, tb);
            lead[a] = own[ranking[0]] == 0 ? -1 : ranking[0];
        }
        long[][] per = new long[n][in.options()];
        long[] turnout = new long[n];
        long[] roll = new long[n];
        for (int b = 0; b < n; b++) {
            for (int a = 0; a < n; a++) {
                if (in.assembly()[a] && below[b][a]) {
                    roll[b]++;
                    if (lead[a] >= 0) {
                        turnout[b]++;
                        per[b][lead[a]]++;
                    }
                }
            }
        }
        return new Result(per, turnout, roll);
    }

    private static void assertSame(Result actual, Result expected, String what) {
        assertThat(actual.perBody()).as(what).isDeepEqualTo(expected.perBody());
        assertThat(actual.turnoutPerBody()).as(what).containsExactly(expected.turnoutPerBody());
        assertThat(actual.rollPerBody()).as(what).containsExactly(expected.rollPerBody());
    }

    @Test
    void every_body_counts_each_member_beneath_it_once() {
        for (long seed : SEEDS) {
            SplittableRandom rnd = new SplittableRandom(seed);
            for (int trial = 0; trial < 200; trial++) {
                Input in = randomInput(rnd, 15, rnd.nextInt(60));
                assertSame(Aggregation.aggregate(in), naive(in), "seed " + seed + " trial " + trial);
            }
        }
    }

    @Test
    void the_split_pass_over_many_members_agrees_with_the_naive_count() {
        for (long seed : SEEDS) {
            SplittableRandom rnd = new SplittableRandom(seed);
            Input in = randomInput(rnd, 12, 250_000);
            assertSame(Aggregation.aggregate(in), naive(in), "seed " + seed);
        }
    }

    @Test
    void one_assembly_one_vote_agrees_with_the_naive_count() {
        for (long seed : SEEDS) {
            SplittableRandom rnd = new SplittableRandom(seed);
            for (int trial = 0; trial < 200; trial++) {
                Input in = randomInput(rnd, 15, rnd.nextInt(60));
                TieBreak tb = TieBreak.of(RandomBallots.permutation(rnd, in.options()));
                assertSame(Aggregation.aggregateByAssembly(in, tb), naiveByAssembly(in, tb), "seed " + seed + " trial " + trial);
            }
        }
    }

    @Test
    void the_order_of_members_does_not_matter() {
        for (long seed : SEEDS) {
            SplittableRandom rnd = new SplittableRandom(seed);
            for (int trial = 0; trial < 200; trial++) {
                Input in = randomInput(rnd, 15, rnd.nextInt(80));
                int[] order = RandomBallots.permutation(rnd, in.members());
                int[][] ma = new int[in.members()][];
                int[] ballot = new int[in.members()];
                for (int m = 0; m < in.members(); m++) {
                    ma[order[m]] = in.memberAssemblies()[m];
                    ballot[order[m]] = in.ballot()[m];
                }
                Input shuffled = new Input(in.bodies(), in.assembly(), in.parents(), ma, ballot, in.options());
                String what = "seed " + seed + " trial " + trial;
                assertSame(Aggregation.aggregate(shuffled), Aggregation.aggregate(in), what);
                TieBreak tb = TieBreak.identity(in.options());
                assertSame(Aggregation.aggregateByAssembly(shuffled, tb), Aggregation.aggregateByAssembly(in, tb), what);
            }
        }
    }
}
