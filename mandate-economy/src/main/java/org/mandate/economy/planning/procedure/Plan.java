package org.mandate.economy.planning.procedure;

import java.util.List;

/**
 * A plan: every council's own last proposal (workers' councils first, in instance order), each good's
 * balance at the last round's prices, and what the plan is worth: the value of what is consumed
 * ({@code utility}), the labour it takes, their difference ({@code welfare}), all in hours, the
 * total regret at the final prices of the councils whose proposals were computed, and the welfare
 * bound those prices prove.
 */
public record Plan(List<Proposal> proposals, List<GoodBalance> goods, double utility, double labour, double welfare, double regret,
        double welfareBound) {
    public Plan {
        proposals = List.copyOf(proposals);
        goods = List.copyOf(goods);
    }

    public double largestImbalance() {
        return goods.stream().mapToDouble(GoodBalance::imbalance).max().orElse(0);
    }
}
