package org.mandate.economy.planning.procedure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The figures of the proposals a round ends with, at the prices it published: imbalances, welfare,
 * regret and the welfare bound. {@code regret} is that of the councils whose proposal was computed;
 * {@code regretOfOwn} that of those which proposed for themselves in the round, whose proposal is
 * their decision and not measured against their statement when deciding whether the plan has settled.
 * The bound is weak duality: for prices y and any exactly balanced plan x' within the councils'
 * statements, Σ_i (cost_i(x'_i) + y·x'_i) is at least the sum of each council's least such value,
 * D(y); so no such plan is worth more than −D(y), which equals {@code welfare + all regret −
 * y·excess} for the round's proposals.
 */
record Figures(double largestImbalance, int worstGood, double utility, double labour, double regret, double regretOfOwn, double priceOfExcess) {
    private static final int BLOCK = 1024;

    double welfare() {
        return utility - labour;
    }

    double welfareBound() {
        return welfare() + regret + regretOfOwn - priceOfExcess;
    }

    static Figures of(Balancing b, Set<Integer> own, boolean parallel) {
        Economy e = b.e;
        double[] prices = new double[e.goods()];
        double largest = 0;
        int worst = -1;
        double priceOfExcess = 0;
        for (int g = 0; g < e.goods(); g++) {
            prices[g] = b.price(g);
            priceOfExcess += prices[g] * b.excess[g];
            double imbalance = GoodBalance.relative(b.supply[g], b.demand[g]);
            if (imbalance > largest || worst < 0 && imbalance == largest) {
                largest = imbalance;
                worst = g;
            }
        }
        int blocks = (e.councils() + BLOCK - 1) / BLOCK;
        double[][] sums = new double[blocks][4];
        IntStream range = IntStream.range(0, blocks);
        (parallel ? range.parallel() : range).forEach(k -> {
            double[] sum = sums[k];
            for (int c = k * BLOCK, end = Math.min(e.councils(), c + BLOCK); c < end; c++) {
                int regret = own.contains(c) ? 3 : 2;
                if (e.isWorkers(c)) {
                    sum[1] += Valuation.labour(e, c, b.activity);
                    sum[regret] += Valuation.workersRegret(e, c, b.activity, prices);
                } else {
                    for (int s = e.slotStart[c]; s < e.slotStart[c + 1]; s++) {
                        sum[0] += Valuation.utility(e, s, b.x[s]);
                        sum[regret] += Valuation.consumersRegret(e, s, b.x[s], prices[e.slotGood[s]]);
                    }
                }
            }
        });
        double[] total = new double[4];
        for (double[] sum : sums) {
            for (int i = 0; i < 4; i++) {
                total[i] += sum[i];
            }
        }
        return new Figures(largest, worst, total[0], total[1], total[2], total[3], priceOfExcess);
    }

    static List<GoodBalance> goods(Balancing b) {
        List<GoodBalance> goods = new ArrayList<>(b.e.goods());
        for (int g = 0; g < b.e.goods(); g++) {
            goods.add(new GoodBalance(b.e.goodIds[g], b.supply[g], b.demand[g], b.price(g), GoodBalance.relative(b.supply[g], b.demand[g])));
        }
        return goods;
    }
}
