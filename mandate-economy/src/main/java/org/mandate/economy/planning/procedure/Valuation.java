package org.mandate.economy.planning.procedure;

/**
 * What proposals are worth, in hours: a consumers' council's utility, a workers' council's labour,
 * and a council's <em>regret</em> at given prices, which is how much better by its own stated measure
 * it could do at those prices by proposing otherwise within what it stated. Regret is never negative,
 * and zero exactly when a proposal is a best response to the prices.
 */
final class Valuation {
    private Valuation() {}

    /** U(q) for the request of consumers' slot s: the sum over its steps of value times the part of q inside the step. */
    static double utility(Economy e, int s, double q) {
        int request = s - e.firstConsumerSlot();
        double at = 0;
        double total = 0;
        for (int k = e.stepStart[request]; k < e.stepStart[request + 1] && q > at; k++) {
            double width = Math.min(e.stepWidth[k], q - at);
            total += e.stepValue[k] * width;
            at += e.stepWidth[k];
        }
        return total;
    }

    static double labour(Economy e, int w, double[] activity) {
        double hours = 0;
        for (int t = e.techStart[w]; t < e.techStart[w + 1]; t++) {
            hours += e.labour[t] * activity[t];
        }
        return hours;
    }

    /** A technique's reduced cost at prices y: labour less the value of its net output, per unit of activity. */
    static double reducedCost(Economy e, int t, double[] y) {
        double cost = e.labour[t];
        for (int k = e.coefStart[t]; k < e.coefStart[t + 1]; k++) {
            cost += y[e.slotGood[e.coefSlot[k]]] * (e.coefIn[k] - e.coefOut[k]);
        }
        return cost;
    }

    static double workersRegret(Economy e, int w, double[] activity, double[] y) {
        double regret = 0;
        for (int t = e.techStart[w]; t < e.techStart[w + 1]; t++) {
            double cost = reducedCost(e, t, y);
            regret += activity[t] * cost - e.capacity[t] * Math.min(0, cost);
        }
        return Math.max(0, regret);
    }

    /**
     * The regret of consumers' slot s at price p: {@code p·q − U(q)} less its least value over the
     * request's bounds, which a piecewise-linear convex function takes at a bound or a breakpoint:
     * where the steps' values fall to the price.
     */
    static double consumersRegret(Economy e, int s, double q, double p) {
        int request = s - e.firstConsumerSlot();
        double best = e.low[s];
        double at = 0;
        for (int k = e.stepStart[request]; k < e.stepStart[request + 1]; k++) {
            if (e.stepValue[k] <= p) {
                break;
            }
            at += e.stepWidth[k];
            best = at;
        }
        best = Responses.clamp(best, e.low[s], e.high[s]);
        double regret = (p * q - utility(e, s, q)) - (p * best - utility(e, s, best));
        return Math.max(0, regret);
    }
}
