package org.mandate.core.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mandate.core.count.SplitWeights.Share;

class SplitWeightsTest {

    private static final long[] SEEDS = {1L, 42L, 20261125L, 0x5EED_CAFEL};

    @Test
    void scales_to_the_least_common_denominator() {
        var s = SplitWeights.scale(List.of(new Share(3, 2), new Share(1, 3), Share.whole(5)));
        assertThat(s.multiplier()).isEqualTo(6);
        assertThat(s.weights()).containsExactly(9, 2, 30);
    }

    @Test
    void reduces_each_share_before_taking_the_multiplier() {
        // 4/8 = 1/2 and 6/4 = 3/2: the multiplier is 2, not 8
        var s = SplitWeights.scale(List.of(new Share(4, 8), new Share(6, 4), new Share(0, 7)));
        assertThat(s.multiplier()).isEqualTo(2);
        assertThat(s.weights()).containsExactly(1, 3, 0);
    }

    @Test
    void a_split_body_weighs_as_much_as_it_would_whole() {
        // a body of weight 7 split over 3 voters beside a body of weight 7 voting whole
        var s = SplitWeights.scale(List.of(Share.split(7, 3), Share.split(7, 3), Share.split(7, 3), Share.whole(7)));
        assertThat(s.weights()).containsExactly(7, 7, 7, 21);
        assertThat(s.weights()[0] + s.weights()[1] + s.weights()[2]).isEqualTo(s.weights()[3]);
    }

    @Test
    void nothing_to_scale_is_a_multiplier_of_one() {
        var s = SplitWeights.scale(List.of());
        assertThat(s.multiplier()).isEqualTo(1);
        assertThat(s.weights()).isEmpty();
    }

    @Test
    void says_so_when_the_multiplier_would_overflow() {
        // distinct large primes: their product does not fit in a long
        List<Share> shares = List.of(new Share(1, 2_147_483_647L), new Share(1, 2_147_483_629L), new Share(1, 2_147_483_587L));
        assertThatThrownBy(() -> SplitWeights.scale(shares))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("common denominator").hasMessageContaining("share 2");
    }

    @Test
    void says_so_when_a_weight_would_overflow() {
        List<Share> shares = List.of(Share.whole(Long.MAX_VALUE / 2), new Share(1, 3));
        assertThatThrownBy(() -> SplitWeights.scale(shares))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("share 0");
    }

    @Test
    void refuses_a_negative_or_zero_denominator() {
        assertThatThrownBy(() -> new Share(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Share(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keeps_every_ratio_exactly() {
        for (long seed : SEEDS) {
            SplittableRandom rnd = new SplittableRandom(seed);
            for (int trial = 0; trial < 500; trial++) {
                int k = rnd.nextInt(12);
                List<Share> shares = new ArrayList<>();
                for (int i = 0; i < k; i++) {
                    shares.add(new Share(rnd.nextInt(1000), 1 + rnd.nextInt(30)));
                }
                var s = SplitWeights.scale(shares);
                for (int i = 0; i < k; i++) {
                    Share a = shares.get(i);
                    // w_i / M == n_i / d_i exactly
                    assertThat(Math.multiplyExact(s.weights()[i], a.denominator()))
                            .as("seed %d trial %d share %d", seed, trial, i)
                            .isEqualTo(Math.multiplyExact(a.numerator(), s.multiplier()));
                    for (int j = 0; j < k; j++) {
                        Share b = shares.get(j);
                        // w_i / w_j == (n_i/d_i) / (n_j/d_j), cross-multiplied
                        assertThat(Exact.compareProducts(s.weights()[i] * b.numerator(), a.denominator(),
                                s.weights()[j] * a.numerator(), b.denominator()))
                                .as("seed %d trial %d shares %d %d", seed, trial, i, j).isZero();
                    }
                }
                // the multiplier is the least: dividing it by any prime leaves some share fractional
                // (denominators are at most 30, so only primes up to 29 can divide it)
                for (long p : new long[] {2, 3, 5, 7, 11, 13, 17, 19, 23, 29}) {
                    if (s.multiplier() % p != 0) {
                        continue;
                    }
                    long smaller = s.multiplier() / p;
                    boolean someFractional = false;
                    for (Share a : shares) {
                        someFractional |= a.numerator() * smaller % a.denominator() != 0;
                    }
                    assertThat(someFractional).as("seed %d trial %d: %d/%d would do", seed, trial, s.multiplier(), p).isTrue();
                }
            }
        }
    }
}
