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
     * One technique is a one-dimensional quadratic on an interval, solved in closed form. Several are
     * a small box-constrained quadratic {@code ½ aᵀHa + qᵀa}, built once: two are solved exactly (the
     * unconstrained minimiser if it lies inside the box, else the best of the four edges, each a
     * one-dimensional problem; a convex quadratic whose minimiser is not inside has one on the
     * boundary), more by exact coordinate minimisation warm-started from the council's last
     * activities, which converges on a convex quadratic over a box (Luo and Tseng 1992).
     */
    static void workers(Economy e, int w, double[] v, double[] rho, double[] activity, double[] x, double[] out) {
        int first = e.techStart[w];
        int count = e.techStart[w + 1] - first;
        if (count == 1) {
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
            double[] h = new double[count * count];
            double[] q = new double[count];
            quadratic(e, w, v, rho, h, q);
            if (count == 2) {
                two(h, q, e.capacity[first], e.capacity[first + 1], activity, first);
            } else {
                coordinates(h, q, e.capacity, activity, first, count);
            }
        }
        netDemand(e, w, activity, x, out);
    }

    /** H = Aᵀ diag(ρ) A and q = labour − Aᵀ diag(ρ) v over the council's slots, A being net demand per unit of each technique. */
    private static void quadratic(Economy e, int w, double[] v, double[] rho, double[] h, double[] q) {
        int first = e.techStart[w];
        int count = e.techStart[w + 1] - first;
        int base = e.slotStart[w];
        double[] columns = new double[(e.slotStart[w + 1] - base) * count];
        for (int t = 0; t < count; t++) {
            q[t] = e.labour[first + t];
            for (int k = e.coefStart[first + t]; k < e.coefStart[first + t + 1]; k++) {
                columns[(e.coefSlot[k] - base) * count + t] += e.coefIn[k] - e.coefOut[k];
            }
        }
        for (int s = base; s < e.slotStart[w + 1]; s++) {
            double r = rho[e.slotGood[s]];
            int row = (s - base) * count;
            for (int t = 0; t < count; t++) {
                double at = columns[row + t];
                if (at == 0) {
                    continue;
                }
                q[t] -= r * at * v[s];
                for (int u = 0; u < count; u++) {
                    h[t * count + u] += r * at * columns[row + u];
                }
            }
        }
    }

    private static void two(double[] h, double[] q, double cap0, double cap1, double[] activity, int first) {
        double det = h[0] * h[3] - h[1] * h[2];
        if (det > 1e-12 * h[0] * h[3]) {
            double a0 = (-q[0] * h[3] + q[1] * h[1]) / det;
            double a1 = (-q[1] * h[0] + q[0] * h[2]) / det;
            if (a0 >= 0 && a0 <= cap0 && a1 >= 0 && a1 <= cap1) {
                activity[first] = a0;
                activity[first + 1] = a1;
                return;
            }
        }
        double best = Double.POSITIVE_INFINITY;
        for (int edge = 0; edge < 4; edge++) {
            double a0;
            double a1;
            if (edge < 2) {
                a0 = edge == 0 ? 0 : cap0;
                a1 = clamp(-(q[1] + h[2] * a0) / h[3], 0, cap1);
            } else {
                a1 = edge == 2 ? 0 : cap1;
                a0 = clamp(-(q[0] + h[1] * a1) / h[0], 0, cap0);
            }
            double value = 0.5 * (h[0] * a0 * a0 + 2 * h[1] * a0 * a1 + h[3] * a1 * a1) + q[0] * a0 + q[1] * a1;
            if (value < best) {
                best = value;
                activity[first] = a0;
                activity[first + 1] = a1;
            }
        }
    }

    private static void coordinates(double[] h, double[] q, double[] capacity, double[] activity, int first, int count) {
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            boolean moved = false;
            for (int t = 0; t < count; t++) {
                double gradient = q[t];
                for (int u = 0; u < count; u++) {
                    gradient += h[t * count + u] * activity[first + u];
                }
                double next = clamp(activity[first + t] - gradient / h[t * count + t], 0, capacity[first + t]);
                if (Math.abs(next - activity[first + t]) > SWEEP_TOLERANCE * capacity[first + t]) {
                    moved = true;
                }
                activity[first + t] = next;
            }
            if (!moved) {
                return;
            }
        }
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
