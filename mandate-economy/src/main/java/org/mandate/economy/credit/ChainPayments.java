package org.mandate.economy.credit;

import java.util.Arrays;

/**
 * The arithmetic of the settlement on plain arrays. What remains after an optimal clearing has no
 * cycle (one more cycle could have been set off), and it routes every body's net position exactly:
 * what leaves a body minus what enters it is what it owes on balance. So a walk from a net debtor
 * along invoices with something left always reaches a body still owed on balance, and paying along
 * that chain keeps the rest routing the reduced positions.
 */
final class ChainPayments {
    private ChainPayments() {}

    /**
     * Pays, body by body in index order, the least of each net debtor's net debt and its headroom,
     * along chains of {@code left}; lowers {@code left} accordingly and returns each body's change of
     * balance (negative for payers, positive for the bodies at the ends of chains).
     */
    static long[] pay(int bodies, int[] debtor, int[] creditor, long[] left, long[] headroom) {
        long[] owes = new long[bodies];
        for (int i = 0; i < debtor.length; i++) {
            owes[debtor[i]] += left[i];
            owes[creditor[i]] -= left[i];
        }
        int[] first = new int[bodies + 1];
        for (int d : debtor) {
            first[d + 1]++;
        }
        for (int v = 0; v < bodies; v++) {
            first[v + 1] += first[v];
        }
        int[] out = new int[debtor.length];
        int[] fill = Arrays.copyOf(first, bodies);
        for (int i = 0; i < debtor.length; i++) {
            out[fill[debtor[i]]++] = i;
        }
        int[] next = Arrays.copyOf(first, bodies);
        int[] chain = new int[bodies];
        long[] change = new long[bodies];
        for (int s = 0; s < bodies; s++) {
            long toPay = Math.min(Math.max(0, owes[s]), headroom[s]);
            while (toPay > 0) {
                int length = 0;
                int v = s;
                long amount = toPay;
                while (v == s || owes[v] >= 0) {
                    while (left[out[next[v]]] == 0) {
                        next[v]++;
                    }
                    int i = out[next[v]];
                    chain[length++] = i;
                    amount = Math.min(amount, left[i]);
                    v = creditor[i];
                }
                amount = Math.min(amount, -owes[v]);
                for (int k = 0; k < length; k++) {
                    left[chain[k]] -= amount;
                }
                owes[s] -= amount;
                owes[v] += amount;
                change[s] -= amount;
                change[v] += amount;
                toPay -= amount;
            }
        }
        return change;
    }
}
