package org.mandate.economy.planning.procedure;

/**
 * The starting penalty ρ_g of each good: a price scale over a quantity scale, so that one round's
 * price step for an excess of a typical council's quantity is about a typical price, whatever units
 * the good is counted in. This is ADMM with each good measured in its own natural unit, which leaves
 * the method and its proof unchanged and makes the rebalancing that follows start close.
 */
final class Penalties {
    private Penalties() {}

    static double[] initial(Economy e) {
        int goods = e.goods();
        double[] valueSum = new double[goods];
        int[] valued = new int[goods];
        double[] costSum = new double[goods];
        int[] costed = new int[goods];
        double[] quantitySum = new double[goods];
        for (int t = 0; t < e.capacity.length; t++) {
            for (int k = e.coefStart[t]; k < e.coefStart[t + 1]; k++) {
                int g = e.slotGood[e.coefSlot[k]];
                double net = e.coefOut[k] - e.coefIn[k];
                quantitySum[g] += e.capacity[t] * Math.abs(net);
                if (net > 0) {
                    costSum[g] += e.labour[t] / net;
                    costed[g]++;
                }
            }
        }
        int firstRequest = e.firstConsumerSlot();
        for (int s = firstRequest; s < e.slots(); s++) {
            int g = e.slotGood[s];
            quantitySum[g] += e.high[s];
            int request = s - firstRequest;
            if (e.stepStart[request + 1] > e.stepStart[request]) {
                valueSum[g] += e.stepValue[e.stepStart[request]];
                valued[g]++;
            }
        }
        double[] rho = new double[goods];
        for (int g = 0; g < goods; g++) {
            int n = e.goodSlotStart[g + 1] - e.goodSlotStart[g];
            double price = valued[g] > 0 ? valueSum[g] / valued[g] : costed[g] > 0 ? costSum[g] / costed[g] : 1;
            double quantity = n > 0 ? quantitySum[g] / n : 1;
            rho[g] = positive(price) / positive(quantity);
        }
        return rho;
    }

    private static double positive(double x) {
        return x > 0 && Double.isFinite(x) ? x : 1;
    }
}
