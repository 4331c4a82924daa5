package org.mandate.core.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mandate.core.count.Apportionment.Method;
import org.mandate.core.count.Apportionment.Rule;

class ApportionmentPropertiesTest {

    private static final long[] SEEDS = {1L, 42L, 20261125L, 0x5EED_CAFEL};
    private static final Method[] METHODS = Method.values();

    /** A random rule that has no problem for {@code n} bodies. */
    private static Rule rule(SplittableRandom rnd, Method method, int n, boolean allowMax) {
        int min = rnd.nextInt(3) == 0 ? rnd.nextInt(3) : 0;
        int max = allowMax && rnd.nextBoolean() ? Math.max(min, 1) + rnd.nextInt(5) : 0;
        int total = n * min + 1 + rnd.nextInt(30);
        if (max > 0) {
            total = Math.min(total, n * max);
        }
        return new Rule(method, 1 + rnd.nextInt(50), total, min, max);
    }

    private static long[] membership(SplittableRandom rnd, int n) {
        long[] m = new long[n];
        for (int b = 0; b < n; b++) {
            m[b] = rnd.nextInt(6) == 0 ? 0 : rnd.nextInt(1 + rnd.nextInt(2000));
        }
        return m;
    }

    @Test
    void highest_averages_fill_every_seat_when_some_body_can_take_them() {
        for (long seed : SEEDS) {
            SplittableRandom rnd = new SplittableRandom(seed);
            for (int trial = 0; trial < 500; trial++) {
                int n = 1 + rnd.nextInt(12);
                Method method = rnd.nextBoolean() ? Method.DHONDT : Method.SAINTE_LAGUE;
                Rule rule = rule(rnd, method, n, false);
                long[] m = membership(rnd, n);
                m[rnd.nextInt(n)] += 1; // at least one body with members
                var r = Apportionment.apportion(rule, m, TieBreak.of(RandomBallots.permutation(rnd, n)));
                assertThat(r.total()).as("seed %d trial %d %s", seed, trial, rule).isEqualTo(rule.totalSeats());
                assertThat(r.unfilled()).as("seed %d trial %d", seed, trial).isZero();
                assertThat(r.awards()).as("seed %d trial %d", seed, trial).hasSize(rule.totalSeats() - n * rule.minPerBody());
            }
        }
    }

    @Test
    void every_body_stays_within_its_minimum_and_maximum() {
        for (long seed : SEEDS) {
            SplittableRandom rnd = new SplittableRandom(seed);
            for (int trial = 0; trial < 500; trial++) {
                int n = 1 + rnd.nextInt(12);
                Method method = METHODS[rnd.nextInt(METHODS.length)];
                Rule rule = rule(rnd, method, n, true);
                long[] m = membership(rnd, n);
                var r = Apportionment.apportion(rule, m, TieBreak.of(RandomBallots.permutation(rnd, n)));
                for (int b = 0; b < n; b++) {
                    assertThat(r.seats()[b]).as("seed %d trial %d body %d %s", seed, trial, b, rule)
                            .isGreaterThanOrEqualTo(rule.minPerBody());
                    if (rule.maxPerBody() > 0) {
                        assertThat(r.seats()[b]).as("seed %d trial %d body %d %s", seed, trial, b, rule)
                                .isLessThanOrEqualTo(rule.maxPerBody());
                    }
                    if (m[b] == 0) {
                        assertThat(r.seats()[b]).as("seed %d trial %d body %d", seed, trial, b).isEqualTo(rule.minPerBody());
                    }
                }
                assertThat(r.total() + r.unfilled()).as("seed %d trial %d", seed, trial)
                        .isEqualTo(rule.method() == Method.DHONDT || rule.method() == Method.SAINTE_LAGUE ? rule.totalSeats() : r.total());
            }
        }
    }

    @Test
    void adding_members_to_a_body_never_lowers_its_seats() {
        for (long seed : SEEDS) {
            SplittableRandom rnd = new SplittableRandom(seed);
            for (int trial = 0; trial < 500; trial++) {
                int n = 1 + rnd.nextInt(10);
                Method method = METHODS[rnd.nextInt(METHODS.length)];
                Rule rule = rule(rnd, method, n, false);
                long[] m = membership(rnd, n);
                TieBreak tb = TieBreak.of(RandomBallots.permutation(rnd, n));
                int body = rnd.nextInt(n);
                var before = Apportionment.apportion(rule, m, tb);
                m[body] += 1 + rnd.nextInt(rnd.nextBoolean() ? 3 : 1000);
                var after = Apportionment.apportion(rule, m, tb);
                assertThat(after.seats()[body]).as("seed %d trial %d %s body %d", seed, trial, rule, body)
                        .isGreaterThanOrEqualTo(before.seats()[body]);
            }
        }
    }

    @Test
    void the_order_of_bodies_matters_only_through_the_tie_break() {
        for (long seed : SEEDS) {
            SplittableRandom rnd = new SplittableRandom(seed);
            for (int trial = 0; trial < 500; trial++) {
                int n = 1 + rnd.nextInt(12);
                Method method = METHODS[rnd.nextInt(METHODS.length)];
                Rule rule = rule(rnd, method, n, true);
                long[] m = membership(rnd, n);
                int[] priority = RandomBallots.permutation(rnd, n);
                // body b moves to position order[b]; the tie-break follows it there
                int[] order = RandomBallots.permutation(rnd, n);
                long[] moved = new long[n];
                for (int b = 0; b < n; b++) {
                    moved[order[b]] = m[b];
                }
                int[] movedPriority = new int[n];
                for (int i = 0; i < n; i++) {
                    movedPriority[i] = order[priority[i]];
                }
                var a = Apportionment.apportion(rule, m, TieBreak.of(priority));
                var b = Apportionment.apportion(rule, moved, TieBreak.of(movedPriority));
                for (int body = 0; body < n; body++) {
                    assertThat(b.seats()[order[body]]).as("seed %d trial %d %s body %d", seed, trial, rule, body)
                            .isEqualTo(a.seats()[body]);
                }
                assertThat(b.awards()).as("seed %d trial %d", seed, trial).hasSameSizeAs(a.awards());
                for (int i = 0; i < a.awards().size(); i++) {
                    var x = a.awards().get(i);
                    assertThat(b.awards().get(i)).as("seed %d trial %d award %d", seed, trial, i)
                            .isEqualTo(new Apportionment.Award(x.seat(), order[x.body()], x.numerator(), x.denominator()));
                }
            }
        }
    }

    @Test
    void dhondt_gives_no_body_fewer_seats_than_whole_multiples_of_the_last_quotient() {
        // The divisor-method characterisation: with no minimum or maximum, d'Hondt seats are
        // floor(m / q) for the last winning quotient q, give or take the ties at q itself.
        for (long seed : SEEDS) {
            SplittableRandom rnd = new SplittableRandom(seed);
            for (int trial = 0; trial < 300; trial++) {
                int n = 1 + rnd.nextInt(10);
                long[] m = membership(rnd, n);
                m[rnd.nextInt(n)] += 1;
                int total = 1 + rnd.nextInt(40);
                var r = Apportionment.apportion(Rule.dhondt(total, 0, 0), m, TieBreak.of(RandomBallots.permutation(rnd, n)));
                var last = r.awards().get(r.awards().size() - 1);
                for (int b = 0; b < n; b++) {
                    // seats[b] >= floor(m*den/num) - 1 and seats[b] <= floor(m*den/num)
                    long floor = m[b] * last.denominator() / last.numerator();
                    assertThat((long) r.seats()[b]).as("seed %d trial %d body %d", seed, trial, b)
                            .isBetween(floor - 1, floor);
                    if (m[b] * last.denominator() % last.numerator() != 0) {
                        assertThat((long) r.seats()[b]).as("seed %d trial %d body %d", seed, trial, b).isEqualTo(floor);
                    }
                }
            }
        }
    }
}
