package org.mandate.economy.planning.procedure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mandate.economy.planning.check.PlanningProblem.CannotBeBalanced;

/**
 * Proofs that an instance cannot be balanced, by Farkas' lemma: a weighting d of the goods such that
 * every council, choosing anything within its statements, has {@code Σ_i min d·x_i > 0}, so the
 * councils' net demands can never add up to zero. Checking a weighting is one pass over the councils
 * (a workers' council's least value runs each technique at zero or full capacity; a consumers'
 * council's takes its minimum or its maximum), so the procedure checks the obvious weightings, one
 * good at a time, before the first round, and the direction its prices keep moving in as rounds go:
 * on an instance that cannot be balanced ADMM's price steps converge to such a weighting (Banjac et al.,
 * "Infeasibility detection in the alternating direction method of multipliers", 2019).
 */
final class Feasibility {
    private static final double MARGIN = 1e-9;

    private Feasibility() {}

    /** Goods whose needs exceed what every technique at full capacity turns out, net of its own use. */
    static Optional<CannotBeBalanced> goodByGood(Economy e) {
        double[] need = new double[e.goods()];
        for (int s = e.firstConsumerSlot(); s < e.slots(); s++) {
            need[e.slotGood[s]] += e.low[s];
        }
        double[] most = new double[e.goods()];
        for (int t = 0; t < e.capacity.length; t++) {
            for (int k = e.coefStart[t]; k < e.coefStart[t + 1]; k++) {
                most[e.slotGood[e.coefSlot[k]]] += e.capacity[t] * Math.max(0, e.coefOut[k] - e.coefIn[k]);
            }
        }
        List<String> goods = new ArrayList<>();
        StringBuilder why = new StringBuilder();
        for (int g = 0; g < e.goods(); g++) {
            if (need[g] > most[g] * (1 + MARGIN)) {
                goods.add(e.goodIds[g]);
                why.append(why.isEmpty() ? "" : "; ").append(CannotBeBalanced.shortage(e.goodIds[g], need[g], most[g]));
            }
        }
        return goods.isEmpty() ? Optional.empty() : Optional.of(new CannotBeBalanced(goods, why + "."));
    }

    /**
     * Whether the weighting d (per good) proves the instance cannot be balanced; the goods it names are
     * those it weighs, largest weight (in value per unit of the good's supply) first.
     */
    static Optional<CannotBeBalanced> weighting(Economy e, double[] d) {
        double least = 0;
        double scale = 0;
        for (int t = 0; t < e.capacity.length; t++) {
            double perUnit = 0;
            for (int k = e.coefStart[t]; k < e.coefStart[t + 1]; k++) {
                perUnit += d[e.slotGood[e.coefSlot[k]]] * (e.coefIn[k] - e.coefOut[k]);
            }
            least += e.capacity[t] * Math.min(0, perUnit);
            scale += e.capacity[t] * Math.abs(perUnit);
        }
        for (int s = e.firstConsumerSlot(); s < e.slots(); s++) {
            double weight = d[e.slotGood[s]];
            least += weight * (weight > 0 ? e.low[s] : e.high[s]);
            scale += Math.abs(weight) * e.high[s];
        }
        if (!(least > MARGIN * scale) || scale == 0) {
            return Optional.empty();
        }
        List<Integer> weighed = new ArrayList<>();
        for (int g = 0; g < e.goods(); g++) {
            if (d[g] != 0) {
                weighed.add(g);
            }
        }
        weighed.sort((a, b) -> Double.compare(Math.abs(d[b]), Math.abs(d[a])));
        List<String> goods = weighed.stream().map(g -> e.goodIds[g]).toList();
        return Optional.of(new CannotBeBalanced(goods, "no plan within the workers' councils' capacities can meet the consumers' councils' "
                + "needs of these goods together with the inputs their production takes; the prices rose on them round after round, and "
                + "weighing the goods by those rises proves that the needs exceed what can be made."));
    }
}
