package org.mandate.economy.clearing;

import java.util.Arrays;

/**
 * Explains whatever set-off is left by walking: from each body, follow invoices with something left
 * until the walk returns to a body already on it, cancel that cycle, and resume from the body before
 * the first invoice it emptied. A circulation never strands a walk (what enters a body leaves it), so
 * this always finishes, in time proportional to the invoices plus the cycles' lengths; its cycles can
 * be long, which is why {@link HubCycles} goes first.
 */
final class CycleWalk {
    private CycleWalk() {}

    static void peel(Circulation c) {
        int[] next = Arrays.copyOf(c.outFirst, c.bodies);
        int[] onWalk = new int[c.bodies];
        Arrays.fill(onWalk, -1);
        int[] walkBody = new int[c.bodies + 1];
        int[] walkInvoice = new int[c.bodies + 1];
        for (int s = 0; s < c.bodies; s++) {
            int top = 0;
            walkBody[0] = s;
            onWalk[s] = 0;
            while (true) {
                int v = walkBody[top];
                int end = c.outFirst[v + 1];
                while (next[v] < end && c.left[c.out[next[v]]] == 0) {
                    next[v]++;
                }
                if (next[v] == end) {
                    if (top != 0) {
                        throw new IllegalStateException("the set-off to explain is not a circulation");
                    }
                    onWalk[v] = -1;
                    break;
                }
                int a = c.out[next[v]];
                int w = c.creditor[a];
                walkInvoice[top] = a;
                int k = onWalk[w];
                if (k < 0) {
                    walkBody[++top] = w;
                    onWalk[w] = top;
                    continue;
                }
                int emptied = c.cancel(walkInvoice, k, top + 1);
                for (int j = emptied + 1; j <= top; j++) {
                    onWalk[walkBody[j]] = -1;
                }
                top = emptied;
            }
        }
    }
}
