package org.mandate.economy.planning.procedure;

import java.util.Arrays;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * The rounds of the procedure: the exchange form of ADMM (Boyd et al. 2011, §7.3.2) with a penalty
 * ρ_g per good. Each slot s (a council's stake in good g) has a target z_s, and per good the targets
 * add up to zero: they are a balanced plan. Each good has a scaled price u_g; the published price is
 * ρ_g·u_g, in hours per unit. A round:
 * <ol>
 * <li>every council responds to {@code v_s = z_s − u_g}: its best response at the price, held near its
 * target by a proximal term ({@link Responses}), or proposes for itself;
 * <li>per good, the excess r_g (the sum of the councils' net demands) is shared out: each target
 * moves to {@code α·x_s + (1 − α)·z_s − α·r_g/n_g} (over-relaxation α = 1.8, Boyd et al. §3.4.3) and
 * the scaled price rises by {@code α·r_g/n_g};
 * <li>Anderson acceleration ({@link Anderson}, memory 15) may extrapolate the new targets and prices from the
 * last rounds;
 * <li>every 50 rounds until round 500, each good's penalty is rebalanced between its imbalance and
 * its councils' movement (§3.4.1); from round 500 on ρ is fixed, and the convergence proof of
 * relaxed ADMM (Eckstein and Bertsekas 1992) applies from there.
 * </ol>
 * Councils respond in parallel, in fixed blocks; every sum is taken in a fixed order, so a plan does
 * not depend on the number of threads.
 */
final class Balancing {
    static final double RELAXATION = 1.8;
    static final int MEMORY = 15;
    static final int REBALANCE_EVERY = 50;
    static final int LAST_PENALTY_CHANGE = 500;
    /** A good's penalty is rebalanced when one residual exceeds the other this many times (§3.4.1 uses 10). */
    private static final double RESIDUAL_RATIO = 3;
    private static final double PENALTY_STEP = 2;
    private static final int BLOCK = 256;

    final Economy e;
    final double[] rho;
    private final double[] start;
    final double[] u;
    final double[] excess;
    final double[] supply;
    final double[] demand;
    /** Each council's proposal as net demand per slot; {@code out} holds workers' councils' gross output per slot. */
    final double[] x;
    final double[] out;
    final double[] activity;
    private final double[] z;
    private final double[] v;
    private final double[] moved;
    private final boolean parallel;
    private final Anderson anderson;
    private final double[] point;
    private final double[] image;
    private double[] rootsOf;
    private double[] rootRho;
    int round;

    Balancing(Economy e, boolean parallel) {
        this.e = e;
        this.parallel = parallel;
        int goods = e.goods();
        rho = Penalties.initial(e);
        start = rho.clone();
        u = new double[goods];
        excess = new double[goods];
        supply = new double[goods];
        demand = new double[goods];
        moved = new double[goods];
        x = new double[e.slots()];
        out = new double[e.slots()];
        z = new double[e.slots()];
        v = new double[e.slots()];
        activity = new double[e.capacity.length];
        anderson = new Anderson(MEMORY, e.slots() + goods, parallel);
        point = new double[e.slots() + goods];
        image = new double[e.slots() + goods];
    }

    int size(int g) {
        return e.goodSlotStart[g + 1] - e.goodSlotStart[g];
    }

    /** The published price of good g, in hours per unit. */
    double price(int g) {
        return rho[g] * u[g];
    }

    /** One round; {@code own} holds, by council index, the proposals councils made for themselves (already checked). */
    void next(Map<Integer, double[]> own) {
        round++;
        blocks(e.councils(), c -> respond(c, own.get(c)));
        pack(point);
        blocks(e.goods(), this::settle);
        pack(image);
        anderson.advance(point, image);
        unpack(point);
        if (round <= LAST_PENALTY_CHANGE && round % REBALANCE_EVERY == 0) {
            double[] before = rho.clone();
            blocks(e.goods(), this::rebalance);
            if (!Arrays.equals(before, rho)) {
                anderson.reset();
            }
        }
    }

    private void respond(int c, double[] proposal) {
        for (int s = e.slotStart[c]; s < e.slotStart[c + 1]; s++) {
            v[s] = z[s] - u[e.slotGood[s]];
        }
        if (e.isWorkers(c)) {
            if (proposal != null) {
                System.arraycopy(proposal, 0, activity, e.techStart[c], proposal.length);
                Responses.netDemand(e, c, activity, x, out);
            } else {
                Responses.workers(e, c, v, rho, activity, x, out);
            }
        } else if (proposal != null) {
            System.arraycopy(proposal, 0, x, e.slotStart[c], proposal.length);
        } else {
            Responses.consumers(e, c, v, rho, x);
        }
    }

    /** Sums good g over its slots, moves its targets and its scaled price, and keeps how far the targets moved. */
    private void settle(int g) {
        int n = size(g);
        if (n == 0) {
            return;
        }
        double made = 0;
        double taken = 0;
        for (int k = e.goodSlotStart[g]; k < e.goodSlotStart[g + 1]; k++) {
            int s = e.goodSlots[k];
            made += out[s];
            taken += x[s] + out[s];
        }
        supply[g] = made;
        demand[g] = taken;
        excess[g] = taken - made;
        double share = RELAXATION * excess[g] / n;
        double sum = 0;
        for (int k = e.goodSlotStart[g]; k < e.goodSlotStart[g + 1]; k++) {
            int s = e.goodSlots[k];
            double target = RELAXATION * x[s] + (1 - RELAXATION) * z[s] - share;
            sum += (target - z[s]) * (target - z[s]);
            z[s] = target;
        }
        moved[g] = Math.sqrt(sum);
        u[g] += share;
    }

    /**
     * Residual balancing for good g, with the good measured in the unit its starting penalty sets
     * ({@link Penalties}), so that the imbalance (a quantity) and the targets' movement times ρ (a
     * price) compare as plain numbers: a good whose imbalance lags gets a stiffer penalty (its price
     * moves more per unit of excess), one whose councils keep moving a softer one. The scaled price is
     * rescaled so the published price stays where it was.
     */
    private void rebalance(int g) {
        int n = size(g);
        if (n == 0) {
            return;
        }
        double primal = Math.abs(excess[g]) / Math.sqrt(n);
        double dual = rho[g] / start[g] * moved[g];
        if (primal > RESIDUAL_RATIO * dual) {
            rho[g] *= PENALTY_STEP;
            u[g] /= PENALTY_STEP;
        } else if (dual > RESIDUAL_RATIO * primal) {
            rho[g] /= PENALTY_STEP;
            u[g] *= PENALTY_STEP;
        }
    }

    /**
     * The state as one vector: the targets z and the scaled prices u, which lie in orthogonal
     * subspaces (zero-sum per good, and constant per good), so together they are the Douglas–Rachford
     * variable z − u of ADMM. Each good is weighted by √ρ_g (u by √(n_g·ρ_g), as it stands for n_g
     * equal entries): in that norm the plain round is an averaged map, as Anderson's safeguard needs.
     */
    private void pack(double[] w) {
        double[] root = roots();
        blocks(z.length, s -> w[s] = z[s] * root[e.slotGood[s]]);
        blocks(u.length, g -> w[z.length + g] = u[g] * root[g] * Math.sqrt(size(g)));
    }

    private void unpack(double[] w) {
        double[] root = roots();
        blocks(z.length, s -> z[s] = w[s] / root[e.slotGood[s]]);
        blocks(u.length, g -> {
            int n = size(g);
            if (n > 0) {
                u[g] = w[z.length + g] / (root[g] * Math.sqrt(n));
            }
        });
    }

    /** √ρ per good, recomputed only when a penalty has changed. */
    private double[] roots() {
        if (rootsOf == null || !Arrays.equals(rootsOf, rho)) {
            rootsOf = rho.clone();
            rootRho = new double[rho.length];
            for (int g = 0; g < rho.length; g++) {
                rootRho[g] = Math.sqrt(rho[g]);
            }
        }
        return rootRho;
    }

    private void blocks(int count, IntConsumer each) {
        int blocks = (count + BLOCK - 1) / BLOCK;
        IntStream range = IntStream.range(0, blocks);
        (parallel ? range.parallel() : range).forEach(b -> {
            for (int i = b * BLOCK, end = Math.min(count, i + BLOCK); i < end; i++) {
                each.accept(i);
            }
        });
    }
}
