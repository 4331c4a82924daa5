package org.mandate.economy.planning.procedure;

import java.util.List;
import org.mandate.core.BodyId;

/**
 * What a round published: its number (from 1), the councils that proposed for themselves in it (none
 * in an automated round), the largest relative imbalance of any good and which good, the welfare of
 * the round's proposals (value of what is consumed less labour, in hours), the total regret at the
 * round's prices of the councils whose proposals were computed, and the welfare bound those prices prove (no exactly balanced plan within
 * the councils' statements is worth more). Per good, prices (hours per unit) and signed relative
 * imbalances ((demand − supply) / supply) in catalogue order, when the run keeps them; else empty.
 */
public record Round(int number, List<BodyId> ownProposals, double largestImbalance, String worstGood, double welfare, double regret,
        double welfareBound, List<Double> prices, List<Double> imbalances) {
    public Round {
        ownProposals = List.copyOf(ownProposals);
        prices = List.copyOf(prices);
        imbalances = List.copyOf(imbalances);
    }

    public boolean human() {
        return !ownProposals.isEmpty();
    }
}
