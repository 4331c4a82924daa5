package org.mandate.economy.planning.procedure;

/**
 * Each council's own best response in a round, computed from what it stated: it minimises its own
 * cost at the published prices plus a proximal term that keeps it near its last proposal less its
 * share of the imbalance. In the form the procedure uses, that is the minimiser over the council's own
 * feasible set of {@code cost(x) + ½ Σ_s ρ_g(s) (x_s − v_s)²}, where {@code x_s} is the council's net
 * demand for the good of slot {@code s} and {@code v_s} already holds the price and the share of the
 * imbalance (see {@link Balancing}). Both problems are tiny and solved exactly or to rounding.
 */
final class Responses {
    /** Coordinate descent stops when no activity moves by more than this share of its capacity. */
    private static final double SWEEP_TOLERANCE = 1e-13;
    private static final int MAX_SWEEPS = 2_000;

    private Responses() {}

    /**
     * A workers' council: activity levels within capacity minimising labour plus the proximal term.
     * One technique is a one-dimensional quadratic on an interval, solved in closed form; several are
     * a small box-constrained quadratic, solved by exact coordinate minimisation warm-started from the
     * council's last activities (it converges on a convex quadratic over a box; see Luo and Tseng 1992).
     */
    static void workers(Economy e, int w, double[] v, double[] rho, double[] activity, double[] x, double[] out) {
        int first = e.techStart[w];
        int last = e.techStart[w + 1];
        if (last - first == 1) {
            int t = first;
            double h = 0;
            double b = 0;
            for (int k = e.coefStart[t]; k < e.coefStart[t + 1]; k++) {
                int s = e.coefSlot[k];
                double a = e.coefIn[k] - e.coefOut[k];
                double r = rho[e.slotGood[s]];
                h += r * a * a;
                b += r * a * v[s];
            }
            activity[t] = clamp((b - e.labour[t]) / h, 0, e.capacity[t]);
        } else {
            netDemand(e, w, activity, x, out);
            for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
                boolean moved = false;
                for (int t = first; t < last; t++) {
                    double gradient = e.labour[t];
                    double h = 0;
                    for (int k = e.coefStart[t]; k < e.coefStart[t + 1]; k++) {
                        int s = e.coefSlot[k];
                        double a = e.coefIn[k] - e.coefOut[k];
                        double r = rho[e.slotGood[s]];
                        gradient += r * a * (x[s] - v[s]);
                        h += r * a * a;
                    }
                    double next = clamp(activity[t] - gradient / h, 0, e.capacity[t]);
                    double step = next - activity[t];
                    if (Math.abs(step) > SWEEP_TOLERANCE * e.capacity[t]) {
                        moved = true;
                    }
                    if (step != 0) {
                        activity[t] = next;
                        for (int k = e.coefStart[t]; k < e.coefStart[t + 1]; k++) {
                            x[e.coefSlot[k]] += (e.coefIn[k] - e.coefOut[k]) * step;
                        }
                    }
                }
                if (!moved) {
                    break;
                }
            }
        }
        netDemand(e, w, activity, x, out);
    }

    /**
     * A workers' council's gross output ({@code out}) and net demand ({@code x}: inputs less outputs)
     * per slot at the given activities, recomputed from the activities so no rounding accumulates.
     */
    static void netDemand(Economy e, int w, double[] activity, double[] x, double[] out) {
        for (int s = e.slotStart[w]; s < e.slotStart[w + 1]; s++) {
            x[s] = 0;
            out[s] = 0;
        }
        for (int t = e.techStart[w]; t < e.techStart[w + 1]; t++) {
            for (int k = e.coefStart[t]; k < e.coefStart[t + 1]; k++) {
                int s = e.coefSlot[k];
                out[s] += e.coefOut[k] * activity[t];
                x[s] += e.coefIn[k] * activity[t];
            }
        }
        for (int s = e.slotStart[w]; s < e.slotStart[w + 1]; s++) {
            x[s] -= out[s];
        }
    }

    /**
     * A consumers' council, good by good: the quantity within its minimum and maximum minimising
     * {@code −U(x) + ½ ρ (x − v)²} for its piecewise-linear concave utility U. The optimum is where
     * {@code x − U'(x)/ρ} crosses {@code v}: inside step k it is {@code v + m_k/ρ}, and at a breakpoint
     * where that value jumps across it. Over an interval the constrained optimum of a convex function
     * of one variable is the unconstrained one clamped.
     */
    static void consumers(Economy e, int c, double[] v, double[] rho, double[] x) {
        int firstRequest = e.firstConsumerSlot();
        for (int s = e.slotStart[c]; s < e.slotStart[c + 1]; s++) {
            int request = s - firstRequest;
            double r = rho[e.slotGood[s]];
            double at = 0;
            double chosen = Double.NaN;
            for (int k = e.stepStart[request]; k < e.stepStart[request + 1]; k++) {
                double candidate = v[s] + e.stepValue[k] / r;
                if (candidate <= at) {
                    chosen = at;
                    break;
                }
                double end = at + e.stepWidth[k];
                if (candidate < end) {
                    chosen = candidate;
                    break;
                }
                at = end;
            }
            if (Double.isNaN(chosen)) {
                chosen = at;
            }
            x[s] = clamp(chosen, e.low[s], e.high[s]);
        }
    }

    static double clamp(double value, double low, double high) {
        return value < low ? low : value > high ? high : value;
    }
}
