package org.mandate.economy.planning.labour.synthetic;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.mandate.economy.planning.labour.CheckedTable;
import org.mandate.economy.planning.labour.InputTable;

/**
 * A productive economy of many goods, shaped loosely like an input–output table. Each good uses a
 * number of distinct inputs drawn evenly between half and one and a half times the mean, so the
 * tables have the requested size on average. The inputs are chosen by popularity, as a few goods
 * (energy, transport, steel) go into almost everything: the good of popularity rank {@code r} is
 * chosen with weight about {@code (r+1)^-2/3}, and which good has which rank is shuffled, so that
 * the popular goods are scattered through the numbering and a sweep gains nothing from the order.
 * Per unit, a good's inputs together amount to a share drawn evenly from 0.3 to 0.9 (every column
 * of the inputs matrix sums to less than one, so the economy is productive), split among the inputs
 * by exponential weights; direct labour is log-normal around one hour per unit. The same seed gives
 * the same economy on every JDK (the L64X128MixRandom algorithm is specified exactly).
 */
public final class SyntheticEconomy {
    private static final double SMALLEST_SHARE = 0.3;
    private static final double LARGEST_SHARE = 0.9;
    /** One minus the popularity exponent 2/3: ranks are drawn by inverting the continuous power law. */
    private static final double RANK_EXPONENT = 1.0 / 3.0;
    private static final double LABOUR_SPREAD = 0.5;

    private SyntheticEconomy() {}

    public static InputTable generate(int goods, int meanInputs, long seed) {
        if (goods < 1 || meanInputs < 0) {
            throw new IllegalArgumentException("a synthetic economy needs a good or more and no negative number of inputs");
        }
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        int[] goodOfRank = shuffled(goods, random);
        double[] labour = new double[goods];
        int[] start = new int[goods + 1];
        int fewest = meanInputs - meanInputs / 2;
        for (int j = 0; j < goods; j++) {
            labour[j] = Math.exp(LABOUR_SPREAD * random.nextGaussian());
            int count = Math.min(goods, fewest + random.nextInt(2 * (meanInputs / 2) + 1));
            start[j + 1] = start[j] + count;
        }
        int[] input = new int[start[goods]];
        double[] quantity = new double[start[goods]];
        double top = Math.pow(goods, RANK_EXPONENT);
        for (int j = 0; j < goods; j++) {
            int from = start[j];
            int to = start[j + 1];
            double weights = 0;
            for (int k = from; k < to; k++) {
                input[k] = distinctInput(input, from, k, goodOfRank, top, random);
                quantity[k] = -Math.log(1 - random.nextDouble());
                weights += quantity[k];
            }
            double share = SMALLEST_SHARE + (LARGEST_SHARE - SMALLEST_SHARE) * random.nextDouble();
            for (int k = from; k < to; k++) {
                quantity[k] *= share / weights;
            }
        }
        return switch (InputTable.of(labour, start, input, quantity)) {
            case CheckedTable.Valid valid -> valid.table();
            case CheckedTable.Refused refused -> throw new IllegalStateException("generated an invalid table: " + refused.problems());
        };
    }

    private static int distinctInput(int[] input, int from, int k, int[] goodOfRank, double top, RandomGenerator random) {
        while (true) {
            double x = Math.pow(1 + random.nextDouble() * (top - 1), 1 / RANK_EXPONENT);
            int candidate = goodOfRank[Math.min(goodOfRank.length - 1, (int) x - 1)];
            boolean taken = false;
            for (int e = from; e < k && !taken; e++) {
                taken = input[e] == candidate;
            }
            if (!taken) {
                return candidate;
            }
        }
    }

    private static int[] shuffled(int goods, RandomGenerator random) {
        int[] order = new int[goods];
        for (int i = 0; i < goods; i++) {
            order[i] = i;
        }
        for (int i = goods - 1; i > 0; i--) {
            int other = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[other];
            order[other] = swap;
        }
        return order;
    }
}
