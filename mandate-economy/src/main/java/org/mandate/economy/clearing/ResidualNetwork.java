package org.mandate.economy.clearing;

/**
 * One strongly connected component as a residual network. Each invoice inside it is an arc from
 * debtor to creditor carrying the part of the debt that remains; it appears twice: forward (the debt
 * may grow back to the full outstanding amount, cost +1 per unit) and backward (the remaining debt may
 * shrink, cost -1 per unit). Half-arcs are stored by tail (compressed rows) so a node's residual arcs
 * lie next to each other in memory; {@code twin[p]} is the other half of half-arc {@code p}.
 *
 * <p>The remaining debts start at zero, which leaves every body with its net position as excess to
 * route: positive at net debtors, negative at net creditors.
 */
final class ResidualNetwork {
    final int nodes;
    final int[] first;
    final int[] head;
    final int[] twin;
    final long[] residual;
    final byte[] cost;
    final long[] excess;
    /** Position of the forward half of each arc, in the order the arcs were given. */
    final int[] forward;

    ResidualNetwork(int nodes, int[] tail, int[] tip, long[] capacity) {
        int arcs = tail.length;
        this.nodes = nodes;
        this.first = new int[nodes + 1];
        for (int a = 0; a < arcs; a++) {
            first[tail[a] + 1]++;
            first[tip[a] + 1]++;
        }
        for (int v = 0; v < nodes; v++) {
            first[v + 1] += first[v];
        }
        int[] fill = new int[nodes];
        System.arraycopy(first, 0, fill, 0, nodes);
        this.head = new int[2 * arcs];
        this.twin = new int[2 * arcs];
        this.residual = new long[2 * arcs];
        this.cost = new byte[2 * arcs];
        this.excess = new long[nodes];
        this.forward = new int[arcs];
        for (int a = 0; a < arcs; a++) {
            int u = tail[a];
            int v = tip[a];
            int p = fill[u]++;
            int q = fill[v]++;
            head[p] = v;
            head[q] = u;
            twin[p] = q;
            twin[q] = p;
            residual[p] = capacity[a];
            cost[p] = 1;
            cost[q] = -1;
            forward[a] = p;
            excess[u] += capacity[a];
            excess[v] -= capacity[a];
        }
    }

    /** The debt that remains on arc {@code a}: the flow on it, which is what its backward half can undo. */
    long remaining(int a) {
        return residual[twin[forward[a]]];
    }
}
