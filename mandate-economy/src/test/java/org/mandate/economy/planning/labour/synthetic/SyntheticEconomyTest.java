package org.mandate.economy.planning.labour.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mandate.economy.planning.labour.InputTable;

class SyntheticEconomyTest {

    @Test
    void the_same_seed_gives_the_same_economy_and_another_seed_another() {
        InputTable a = SyntheticEconomy.generate(2_000, 25, 7);
        InputTable b = SyntheticEconomy.generate(2_000, 25, 7);
        InputTable c = SyntheticEconomy.generate(2_000, 25, 8);

        assertThat(fingerprint(a)).isEqualTo(fingerprint(b)).isNotEqualTo(fingerprint(c));
    }

    @Test
    void every_good_uses_distinct_inputs_worth_from_three_to_nine_tenths_of_a_unit_and_about_the_mean_in_number() {
        InputTable economy = SyntheticEconomy.generate(20_000, 25, 3);

        assertThat((double) economy.entries() / economy.goods()).isBetween(24.5, 25.5);
        for (int j = 0; j < economy.goods(); j++) {
            double share = 0;
            Set<Integer> inputs = new HashSet<>();
            for (int k = economy.start(j); k < economy.start(j + 1); k++) {
                share += economy.quantity(k);
                inputs.add(economy.input(k));
            }
            assertThat(share).as("good %d", j).isBetween(0.3 - 1e-12, 0.9 + 1e-12);
            assertThat(inputs).as("good %d", j).hasSize(economy.start(j + 1) - economy.start(j));
            assertThat(economy.labour(j)).as("good %d", j).isPositive();
        }
    }

    @Test
    void a_few_goods_go_into_a_large_share_of_all_others_and_are_scattered_through_the_numbering() {
        InputTable economy = SyntheticEconomy.generate(20_000, 25, 5);
        int[] users = new int[economy.goods()];
        for (int k = 0; k < economy.entries(); k++) {
            users[economy.input(k)]++;
        }
        int[] order = java.util.stream.IntStream.range(0, economy.goods()).boxed()
                .sorted((x, y) -> users[y] - users[x]).mapToInt(Integer::intValue).toArray();
        long busiestHundred = Arrays.stream(order, 0, 100).mapToLong(g -> users[g]).sum();

        // Uniform choice would put half of one percent of all entries on a hundred goods of 20,000.
        assertThat(busiestHundred).isGreaterThan(economy.entries() / 20);
        assertThat(Arrays.stream(order, 0, 100).filter(g -> g >= economy.goods() / 2).count()).isBetween(25L, 75L);
    }

    private static long fingerprint(InputTable table) {
        long hash = table.entries();
        for (int k = 0; k < table.entries(); k++) {
            hash = 31 * hash + table.input(k) + Double.hashCode(table.quantity(k));
        }
        for (int j = 0; j < table.goods(); j++) {
            hash = 31 * hash + Double.hashCode(table.labour(j));
        }
        return hash;
    }
}
