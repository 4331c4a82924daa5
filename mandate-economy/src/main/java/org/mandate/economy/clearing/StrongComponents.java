package org.mandate.economy.clearing;

import java.util.Arrays;

/**
 * The strongly connected components of the invoice graph (Tarjan's algorithm). Set-off is a
 * circulation, and a circulation lives inside strongly connected components: an invoice between two
 * components lies on no cycle, so it can never be set off. Clearing therefore solves each component on
 * its own.
 *
 * <p>The search keeps its own stack instead of recursing, so a path of a million bodies cannot
 * overflow the thread's stack.
 */
final class StrongComponents {
    /** Component number of each body; components are numbered in the order Tarjan closes them. */
    final int[] component;
    final int count;

    private StrongComponents(int[] component, int count) {
        this.component = component;
        this.count = count;
    }

    static StrongComponents of(int bodies, int[] debtor, int[] creditor) {
        int[] first = new int[bodies + 1];
        for (int d : debtor) {
            first[d + 1]++;
        }
        for (int v = 0; v < bodies; v++) {
            first[v + 1] += first[v];
        }
        int[] next = new int[debtor.length];
        int[] fill = Arrays.copyOf(first, bodies);
        for (int i = 0; i < debtor.length; i++) {
            next[fill[debtor[i]]++] = creditor[i];
        }

        int[] index = new int[bodies];
        Arrays.fill(index, -1);
        int[] low = new int[bodies];
        int[] component = new int[bodies];
        Arrays.fill(component, -1);
        int[] arc = new int[bodies];
        int[] tarjan = new int[bodies];
        int[] call = new int[bodies];
        int tarjanTop = 0;
        int counter = 0;
        int components = 0;
        for (int root = 0; root < bodies; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int callTop = 0;
            call[callTop++] = root;
            index[root] = low[root] = counter++;
            arc[root] = first[root];
            tarjan[tarjanTop++] = root;
            while (callTop > 0) {
                int v = call[callTop - 1];
                if (arc[v] < first[v + 1]) {
                    int w = next[arc[v]++];
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        arc[w] = first[w];
                        tarjan[tarjanTop++] = w;
                        call[callTop++] = w;
                    } else if (component[w] < 0 && index[w] < low[v]) {
                        low[v] = index[w];
                    }
                    continue;
                }
                callTop--;
                if (low[v] == index[v]) {
                    int w;
                    do {
                        w = tarjan[--tarjanTop];
                        component[w] = components;
                    } while (w != v);
                    components++;
                }
                if (callTop > 0) {
                    int parent = call[callTop - 1];
                    if (low[v] < low[parent]) {
                        low[parent] = low[v];
                    }
                }
            }
        }
        return new StrongComponents(component, components);
    }
}
