package org.mandate.economy.clearing;

import java.util.Arrays;

/**
 * Routes every body's net position through the residual network at the least total remaining debt:
 * the primal-dual method for minimum-cost flow, specialised to arcs that all cost one.
 *
 * <p>Each phase first finds, with node potentials keeping every residual arc's reduced cost at zero
 * or above, the shortest distance {@code D} from any body with debt still to route to any body still
 * owed (Dial's buckets: reduced costs are small integers). Raising the potentials by those distances
 * makes exactly the arcs on shortest routes cost zero ("tight"); then {@link TightFlow} moves as much
 * as the tight arcs carry. The next phase's shortest route is longer, so phases are few when the
 * graph is small-world, as trade networks are. Flow only ever moves along shortest routes, so it
 * stays of least cost for what it carries, and when everything is routed it is optimal: the remaining
 * debt is least and the set-off greatest.
 */
final class PrimalDual {
    private static final int UNSEEN = Integer.MAX_VALUE;

    private final ResidualNetwork g;
    private final long[] potential;
    private final int[] distance;
    private final int[] bucketNext;
    private final int[] bucketPrev;
    private int[] bucketHead = new int[64];
    private final int[] touched;
    private final boolean[] settled;
    /** Per phase: the half-arcs of reduced cost zero, by tail; the only ones a phase's flow may use. */
    private final int[] tightFirst;
    private int[] tight = new int[16];
    private final TightFlow flow;
    private int phases;

    private PrimalDual(ResidualNetwork g) {
        this.g = g;
        int n = g.nodes;
        potential = new long[n];
        distance = new int[n];
        Arrays.fill(distance, UNSEEN);
        bucketNext = new int[n];
        bucketPrev = new int[n];
        Arrays.fill(bucketHead, -1);
        touched = new int[n];
        settled = new boolean[n];
        tightFirst = new int[n + 1];
        flow = new TightFlow(g);
    }

    /**
     * Routes all excess of {@code g} at least cost; afterwards {@link ResidualNetwork#remaining} is
     * optimal. Returns the number of phases it took.
     */
    static int route(ResidualNetwork g) {
        PrimalDual solver = new PrimalDual(g);
        while (solver.raisePotentials()) {
            solver.phases++;
            solver.collectTight();
            solver.flow.run(solver.tightFirst, solver.tight);
        }
        return solver.phases;
    }

    /**
     * Dial's algorithm from all bodies with excess, stopped at the first body with a deficit; returns
     * false when none is reachable (then nothing is left to route). Only the bodies it settled get new
     * potentials: lowering them by {@code D - distance} is the textbook raise by {@code min(distance, D)}
     * shifted by the constant {@code -D}, which leaves every reduced cost the same.
     */
    private boolean raisePotentials() {
        int[] head = g.head;
        long[] residual = g.residual;
        int[] first = g.first;
        int touchedCount = 0;
        int maxBucket = 0;
        for (int v = 0; v < g.nodes; v++) {
            if (g.excess[v] > 0) {
                distance[v] = 0;
                touched[touchedCount++] = v;
                insert(v, 0);
            }
        }
        int found = -1;
        for (int d = 0; d <= maxBucket && found < 0; d++) {
            while (bucketHead[d] >= 0) {
                int v = bucketHead[d];
                unlink(v, d);
                settled[v] = true;
                if (g.excess[v] < 0) {
                    found = d;
                    break;
                }
                long pv = potential[v];
                for (int p = first[v], end = first[v + 1]; p < end; p++) {
                    if (residual[p] <= 0) {
                        continue;
                    }
                    int w = head[p];
                    if (settled[w]) {
                        continue;
                    }
                    long nd = d + g.cost[p] + pv - potential[w];
                    if (nd < distance[w]) {
                        if (nd < d) {
                            throw new IllegalStateException("a residual arc has a negative reduced cost");
                        }
                        if (distance[w] == UNSEEN) {
                            touched[touchedCount++] = w;
                        } else {
                            unlink(w, distance[w]);
                        }
                        int di = Math.toIntExact(nd);
                        distance[w] = di;
                        insert(w, di);
                        maxBucket = Math.max(maxBucket, di);
                    }
                }
            }
        }
        for (int i = 0; i < touchedCount; i++) {
            int v = touched[i];
            if (settled[v] && found >= 0) {
                potential[v] -= found - distance[v];
            }
            if (!settled[v]) {
                unlink(v, distance[v]);
            }
            settled[v] = false;
            distance[v] = UNSEEN;
        }
        return found >= 0;
    }

    private void insert(int v, int d) {
        if (d >= bucketHead.length) {
            int old = bucketHead.length;
            bucketHead = Arrays.copyOf(bucketHead, Math.max(d + 1, old * 2));
            Arrays.fill(bucketHead, old, bucketHead.length, -1);
        }
        int h = bucketHead[d];
        bucketNext[v] = h;
        bucketPrev[v] = -1;
        if (h >= 0) {
            bucketPrev[h] = v;
        }
        bucketHead[d] = v;
    }

    private void unlink(int v, int d) {
        int n = bucketNext[v];
        int p = bucketPrev[v];
        if (p >= 0) {
            bucketNext[p] = n;
        } else {
            bucketHead[d] = n;
        }
        if (n >= 0) {
            bucketPrev[n] = p;
        }
    }

    /**
     * Gathers the half-arcs whose reduced cost is zero. Potentials stay fixed for the whole phase, so
     * this set does too (a half-arc is tight exactly when its twin is); only their residual capacities
     * change as flow moves, so the phase's searches scan this short list instead of every arc.
     */
    private void collectTight() {
        int count = 0;
        for (int v = 0; v < g.nodes; v++) {
            tightFirst[v] = count;
            long pv = potential[v];
            for (int p = g.first[v], end = g.first[v + 1]; p < end; p++) {
                if (g.cost[p] + pv == potential[g.head[p]]) {
                    if (count == tight.length) {
                        tight = Arrays.copyOf(tight, Math.min(g.head.length, count * 2));
                    }
                    tight[count++] = p;
                }
            }
        }
        tightFirst[g.nodes] = count;
    }
}
