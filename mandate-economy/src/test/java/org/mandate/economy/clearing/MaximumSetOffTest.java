package org.mandate.economy.clearing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaximumSetOffTest {

    @Test
    void a_ring_of_ten_thousand_bodies_is_cleared_by_its_smallest_invoice() {
        int n = 10_000;
        int[] debtor = new int[n];
        int[] creditor = new int[n];
        long[] amount = new long[n];
        for (int v = 0; v < n; v++) {
            debtor[v] = v;
            creditor[v] = (v + 1) % n;
            amount[v] = 1_000 + (v * 7919L) % 5_000;
        }
        amount[4_321] = 999;

        long[] setOff = MaximumSetOff.of(new InvoiceGraph(n, debtor, creditor, amount), false);

        assertThat(setOff).containsOnly(999L);
    }

    @Test
    void invoices_between_components_are_never_set_off() {
        // Two 2-cycles joined by a one-way invoice 1->2.
        InvoiceGraph graph = new InvoiceGraph(4, new int[] {0, 1, 1, 2, 3}, new int[] {1, 0, 2, 3, 2}, new long[] {5, 3, 100, 4, 9});

        assertThat(MaximumSetOff.of(graph, true)).containsExactly(3, 3, 0, 4, 4);
    }
}
