package org.mandate.economy.clearing;

import java.util.Arrays;

/**
 * One phase's maximum flow over the tight half-arcs (reduced cost zero): moves excess towards bodies
 * still owed until no body with excess can reach one, by push-relabel (Goldberg and Tarjan) with a
 * first-in first-out queue of active bodies and periodic global relabelling. Any push along a tight
 * arc keeps the flow of least cost for what it carries, so excess may be left anywhere it got stuck:
 * the next phase starts from wherever excess remains.
 *
 * <p>Labels are lower bounds on the number of tight residual arcs to the nearest body still owed; a
 * global relabel sets them exactly by a backward breadth-first search from those bodies, and gives
 * {@code nodes} (no way through this phase) to every body that cannot reach one.
 */
final class TightFlow {
    private final ResidualNetwork g;
    private final int[] label;
    private final int[] current;
    private final int[] queue;
    private final boolean[] queued;

    TightFlow(ResidualNetwork g) {
        this.g = g;
        int n = g.nodes;
        label = new int[n];
        current = new int[n];
        queue = new int[n];
        queued = new boolean[n];
    }

    void run(int[] tightFirst, int[] tight) {
        int n = g.nodes;
        int[] head = g.head;
        int[] twin = g.twin;
        long[] residual = g.residual;
        long[] excess = g.excess;
        // Relabelling work (arcs scanned) allowed between two global relabels: half a search's worth
        // balanced the two best on power-law graphs and on long rings with chords alike.
        long budget = (n + tightFirst[n]) / 2;
        int queueHead = 0;
        int queueSize = globalRelabel(tightFirst, tight);
        long sinceGlobal = 0;
        while (queueSize > 0) {
            if (sinceGlobal > budget) {
                for (int i = 0; i < queueSize; i++) {
                    queued[queue[(queueHead + i) % n]] = false;
                }
                queueHead = 0;
                queueSize = globalRelabel(tightFirst, tight);
                sinceGlobal = 0;
                continue;
            }
            int v = queue[queueHead];
            queueHead = queueHead + 1 == n ? 0 : queueHead + 1;
            queueSize--;
            queued[v] = false;
            int lv = label[v];
            int end = tightFirst[v + 1];
            int t = current[v];
            while (excess[v] > 0 && lv < n) {
                if (t == end) {
                    lv = relabel(v, tightFirst, tight);
                    sinceGlobal += 8 + end - tightFirst[v];
                    t = tightFirst[v];
                    continue;
                }
                int p = tight[t];
                int w = head[p];
                if (residual[p] > 0 && label[w] == lv - 1) {
                    long delta = Math.min(excess[v], residual[p]);
                    residual[p] -= delta;
                    residual[twin[p]] += delta;
                    excess[v] -= delta;
                    long before = excess[w];
                    excess[w] = before + delta;
                    if (before <= 0 && excess[w] > 0 && !queued[w]) {
                        int tail = queueHead + queueSize;
                        queue[tail >= n ? tail - n : tail] = w;
                        queueSize++;
                        queued[w] = true;
                    }
                    if (excess[v] > 0) {
                        t++;
                    }
                } else {
                    t++;
                }
            }
            current[v] = t;
        }
    }

    /** The least label a push could go down from, plus one; {@code nodes} when no tight arc has room. */
    private int relabel(int v, int[] tightFirst, int[] tight) {
        int best = g.nodes;
        for (int t = tightFirst[v], end = tightFirst[v + 1]; t < end; t++) {
            int p = tight[t];
            if (g.residual[p] > 0) {
                int candidate = label[g.head[p]] + 1;
                if (candidate < best) {
                    best = candidate;
                }
            }
        }
        label[v] = best;
        return best;
    }

    /**
     * Exact labels by a backward search from every body still owed; fills the queue with the bodies
     * that have excess and a way to one, and returns how many there are.
     */
    private int globalRelabel(int[] tightFirst, int[] tight) {
        int n = g.nodes;
        Arrays.fill(label, n);
        int tail = 0;
        for (int v = 0; v < n; v++) {
            current[v] = tightFirst[v];
            if (g.excess[v] < 0) {
                label[v] = 0;
                queue[tail++] = v;
            }
        }
        for (int q = 0; q < tail; q++) {
            int w = queue[q];
            int next = label[w] + 1;
            for (int t = tightFirst[w], end = tightFirst[w + 1]; t < end; t++) {
                int back = tight[t];
                int x = g.head[back];
                if (label[x] == n && g.residual[g.twin[back]] > 0) {
                    label[x] = next;
                    queue[tail++] = x;
                }
            }
        }
        int active = 0;
        for (int v = 0; v < n; v++) {
            if (g.excess[v] > 0 && label[v] < n) {
                queue[active++] = v;
                queued[v] = true;
            }
        }
        return active;
    }
}
