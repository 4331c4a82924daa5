package org.mandate.economy.clearing;

import java.util.Arrays;

/**
 * Explains set-off by short cycles through a busy body. Trade networks have a few bodies that trade
 * with almost everyone, so almost every invoice {@code u -> v} closes a short cycle with one of them:
 * {@code h ~> u -> v ~> h}. Each pass picks the body {@code h} with the most set-off left to explain,
 * numbers every body by its distance from {@code h} and to {@code h} (breadth-first, along invoices
 * with something left), and then closes a cycle through each invoice along distance-decreasing
 * invoices, trimmed to a simple cycle where the two halves meet before {@code h}.
 *
 * <p>Distances stay fixed during a pass while invoices empty, so each body's search for its next step
 * only moves forward through its invoices, and a body with none left drops out until the next pass.
 * Passes stop when their total work reaches a fixed multiple of the invoices (and a ceiling), which
 * keeps the whole linear; {@link CycleWalk} explains whatever is left. On a million invoices the
 * ceiling stops the passes early and most cycles come from the walk: long, but still exact.
 */
final class HubCycles {
    private static final int FAR = Integer.MAX_VALUE;
    /**
     * Work allowed (invoices looked at), per invoice with a set-off, before the rest is left to the
     * walk; enough to explain federations of up to some hundred thousand invoices almost wholly by
     * short cycles (measured: average 12 invoices per cycle at 100,000 invoices, against 39 by
     * walking alone).
     */
    private static final long WORK_PER_INVOICE = 1024;
    /** A ceiling on that work (a few seconds), so explaining a million invoices stays affordable. */
    private static final long MOST_WORK = 100_000_000L;

    private final Circulation c;
    private final int[] fromHub;
    private final int[] toHub;
    private final int[] upOut;
    private final int[] upIn;
    private final int[] queue;
    private final int[] mark;
    private int stamp;
    private final int[] climb;
    private final int[] descend;
    private final int[] cycle;
    private long work;

    private HubCycles(Circulation c) {
        this.c = c;
        int n = c.bodies;
        fromHub = new int[n];
        toHub = new int[n];
        upOut = new int[n];
        upIn = new int[n];
        queue = new int[n];
        mark = new int[n];
        climb = new int[n];
        descend = new int[n];
        cycle = new int[2 * n + 1];
    }

    static void peel(Circulation c) {
        new HubCycles(c).run();
    }

    private void run() {
        int n = c.bodies;
        long budget = Math.min(MOST_WORK, WORK_PER_INVOICE * ((long) c.arcs + n));
        int[] alive = Arrays.copyOf(c.out, c.arcs);
        int aliveCount = alive.length;
        long[] through = new long[n];
        while (aliveCount > 0 && work < budget) {
            int hub = c.debtor[alive[0]];
            for (int k = 0; k < aliveCount; k++) {
                int d = c.debtor[alive[k]];
                through[d] += c.left[alive[k]];
                if (through[d] > through[hub] || (through[d] == through[hub] && d < hub)) {
                    hub = d;
                }
            }
            for (int k = 0; k < aliveCount; k++) {
                through[c.debtor[alive[k]]] = 0;
            }
            work += 2L * aliveCount + n;
            distances(hub, fromHub, c.outFirst, c.out, c.creditor);
            distances(hub, toHub, c.inFirst, c.in, c.debtor);
            System.arraycopy(c.inFirst, 0, upOut, 0, n);
            System.arraycopy(c.outFirst, 0, upIn, 0, n);
            for (int k = 0; k < aliveCount && work < budget; k++) {
                int e = alive[k];
                while (c.left[e] > 0 && closeThrough(hub, e)) {
                    // closeThrough cancelled one cycle through e; try again while e has some left.
                }
            }
            int kept = 0;
            for (int k = 0; k < aliveCount; k++) {
                if (c.left[alive[k]] > 0) {
                    alive[kept++] = alive[k];
                }
            }
            aliveCount = kept;
            c.compact();
        }
    }

    /** Breadth-first distances from {@code hub} along the given adjacency of invoices with something left. */
    private void distances(int hub, int[] distance, int[] first, int[] adjacent, int[] across) {
        Arrays.fill(distance, FAR);
        distance[hub] = 0;
        int tail = 0;
        queue[tail++] = hub;
        for (int q = 0; q < tail; q++) {
            int v = queue[q];
            for (int p = first[v], end = first[v + 1]; p < end; p++) {
                int e = adjacent[p];
                int w = across[e];
                if (c.left[e] > 0 && distance[w] == FAR) {
                    distance[w] = distance[v] + 1;
                    queue[tail++] = w;
                }
            }
            work += first[v + 1] - first[v];
        }
    }

    /** Cancels one cycle {@code hub ~> u -> v ~> hub} through invoice {@code e}; false if none is left this pass. */
    private boolean closeThrough(int hub, int e) {
        int u = c.debtor[e];
        int v = c.creditor[e];
        if (fromHub[u] == FAR || toHub[v] == FAR) {
            return false;
        }
        if (++stamp == Integer.MAX_VALUE) {
            Arrays.fill(mark, 0);
            stamp = 1;
        }
        // Climb from u towards the hub along invoices from bodies nearer to it, marking the way.
        int climbed = 0;
        int x = u;
        mark[x] = stamp;
        while (x != hub) {
            int p = upOut[x];
            int end = c.inFirst[x + 1];
            while (p < end && !(c.left[c.in[p]] > 0 && fromHub[c.debtor[c.in[p]]] < fromHub[x])) {
                p++;
            }
            work += p - upOut[x] + 1;
            upOut[x] = p;
            if (p == end) {
                fromHub[x] = FAR;
                return false;
            }
            climb[climbed++] = c.in[p];
            x = c.debtor[c.in[p]];
            mark[x] = stamp;
        }
        // Descend from v towards the hub until meeting the climbed way.
        int descended = 0;
        int z = v;
        while (mark[z] != stamp) {
            int p = upIn[z];
            int end = c.outFirst[z + 1];
            while (p < end && !(c.left[c.out[p]] > 0 && toHub[c.creditor[c.out[p]]] < toHub[z])) {
                p++;
            }
            work += p - upIn[z] + 1;
            upIn[z] = p;
            if (p == end) {
                toHub[z] = FAR;
                return false;
            }
            descend[descended++] = c.out[p];
            z = c.creditor[c.out[p]];
        }
        int cut = 0;
        for (x = u; x != z; x = c.debtor[climb[cut++]]) {
            // count the climbed invoices below the meeting body z
        }
        int length = 0;
        for (int i = cut - 1; i >= 0; i--) {
            cycle[length++] = climb[i];
        }
        cycle[length++] = e;
        System.arraycopy(descend, 0, cycle, length, descended);
        length += descended;
        c.cancel(cycle, 0, length);
        work += length;
        return true;
    }
}
