package org.mandate.economy.clearing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StrongComponentsTest {

    @Test
    void bodies_on_a_common_cycle_share_a_component_and_the_others_stand_alone() {
        // 0->1->2->0 is a cycle, 2->3->4 leads out of it, 4->3 closes a second cycle.
        int[] debtor = {0, 1, 2, 2, 3, 4};
        int[] creditor = {1, 2, 0, 3, 4, 3};
        StrongComponents scc = StrongComponents.of(6, debtor, creditor);

        assertThat(scc.count).isEqualTo(3);
        assertThat(scc.component[0]).isEqualTo(scc.component[1]).isEqualTo(scc.component[2]);
        assertThat(scc.component[3]).isEqualTo(scc.component[4]).isNotEqualTo(scc.component[0]);
        assertThat(scc.component[5]).isNotIn(scc.component[0], scc.component[3]);
    }

    @Test
    void a_chain_of_a_million_bodies_is_searched_without_overflowing_the_stack() {
        int n = 1_000_000;
        int[] debtor = new int[n];
        int[] creditor = new int[n];
        for (int v = 0; v < n - 1; v++) {
            debtor[v] = v;
            creditor[v] = v + 1;
        }
        debtor[n - 1] = n - 1;
        creditor[n - 1] = 0;

        assertThat(StrongComponents.of(n, debtor, creditor).count).isEqualTo(1);
        assertThat(StrongComponents.of(n, java.util.Arrays.copyOf(debtor, n - 1), java.util.Arrays.copyOf(creditor, n - 1)).count)
                .isEqualTo(n);
    }
}
