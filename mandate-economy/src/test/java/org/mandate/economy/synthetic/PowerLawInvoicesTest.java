package org.mandate.economy.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mandate.economy.clearing.InvoiceGraph;

class PowerLawInvoicesTest {

    @Test
    void the_same_seed_gives_the_same_graph_and_another_seed_another() {
        InvoiceGraph a = PowerLawInvoices.generate(1_000, 10_000, 7);
        InvoiceGraph b = PowerLawInvoices.generate(1_000, 10_000, 7);
        InvoiceGraph c = PowerLawInvoices.generate(1_000, 10_000, 8);

        assertThat(a.netPositions()).isEqualTo(b.netPositions());
        assertThat(a.total()).isEqualTo(b.total()).isNotEqualTo(c.total());
    }

    @Test
    void a_few_bodies_take_part_in_a_large_share_of_the_invoices() {
        InvoiceGraph graph = PowerLawInvoices.generate(10_000, 100_000, 1);
        int[] degree = new int[graph.bodies()];
        for (int i = 0; i < graph.invoices(); i++) {
            degree[graph.debtor(i)]++;
            degree[graph.creditor(i)]++;
        }
        long busiestHundred = java.util.Arrays.stream(degree).boxed().sorted(java.util.Comparator.reverseOrder())
                .limit(100).mapToLong(Integer::longValue).sum();

        // One body in a hundred is at more than a tenth of all invoice ends; uniform choice would give 1%.
        assertThat(busiestHundred).isGreaterThan(2L * graph.invoices() / 10);
    }
}
