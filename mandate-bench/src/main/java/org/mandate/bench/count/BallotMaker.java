package org.mandate.bench.count;

import java.util.SplittableRandom;

/**
 * Ballots shaped like a real electorate rather than uniform noise: options have unequal popularity
 * (weights 1/(i+1)), and each voter orders them by sampling without replacement in proportion to it.
 */
final class BallotMaker {

    private BallotMaker() {
    }

    static int[] popularityOrder(SplittableRandom rnd, int k) {
        double[] weight = new double[k];
        double total = 0;
        for (int i = 0; i < k; i++) {
            weight[i] = 1.0 / (i + 1);
            total += weight[i];
        }
        int[] order = new int[k];
        for (int pos = 0; pos < k; pos++) {
            double x = rnd.nextDouble() * total;
            int pick = -1;
            for (int i = 0; i < k; i++) {
                if (weight[i] > 0) {
                    pick = i;
                    x -= weight[i];
                    if (x < 0) {
                        break;
                    }
                }
            }
            order[pos] = pick;
            total -= weight[pick];
            weight[pick] = 0;
        }
        return order;
    }
}
