package org.mandate.economy.clearing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mandate.core.BodyId;
import org.mandate.economy.synthetic.PowerLawInvoices;

/**
 * Seeded random instances: every clearing keeps each body's net position, sets off between zero and
 * what is outstanding, is explained by cycles that add up to each invoice's set-off, and sets off
 * exactly as much as the optimum of an independent solver (Google OR-Tools' MinCostFlow) on the same
 * instance. A failure names its seed; rerun one with {@code -Dclearing.seed=N}.
 */
class ClearingOptimumTest {
    private static final long FIRST_SEED = Long.getLong("clearing.seed", 20261125L);
    private static final int SEEDS = Integer.getInteger("clearing.seeds", 400);

    @BeforeAll
    static void loadOrTools() {
        Loader.loadNativeLibraries();
    }

    @Test
    void small_random_clearings_keep_every_invariant_and_reach_the_optimum_of_or_tools() {
        for (long seed = FIRST_SEED; seed < FIRST_SEED + SEEDS; seed++) {
            List<Invoice> invoices = randomInvoices(seed);
            checked(seed, () -> assertClearingIsOptimal(invoices, Clearing.clear(invoices)));
        }
    }

    @Test
    void power_law_clearings_keep_every_invariant_and_reach_the_optimum_of_or_tools() {
        for (long seed = FIRST_SEED; seed < FIRST_SEED + 12; seed++) {
            int bodies = 100 + (int) (seed % 4) * 500;
            List<Invoice> invoices = named(PowerLawInvoices.generate(bodies, bodies * 10, seed));
            checked(seed, () -> assertClearingIsOptimal(invoices, Clearing.clear(invoices, true)));
        }
    }

    @Test
    void the_result_depends_on_the_invoices_not_on_their_order_nor_on_threads() {
        for (long seed = FIRST_SEED; seed < FIRST_SEED + 50; seed++) {
            List<Invoice> invoices = randomInvoices(seed);
            List<Invoice> shuffled = new ArrayList<>(invoices);
            Collections.shuffle(shuffled, new java.util.Random(seed));
            long s = seed;
            checked(seed, () -> {
                ClearingResult first = Clearing.clear(invoices);
                ClearingResult again = Clearing.clear(shuffled, true);
                assertThat(again.invoiceSetOffs()).as("seed %d", s).isEqualTo(first.invoiceSetOffs());
                assertThat(again.cycles()).isEqualTo(first.cycles());
            });
        }
    }

    private static void checked(long seed, Runnable check) {
        try {
            check.run();
        } catch (AssertionError e) {
            throw new AssertionError("clearing failed for seed " + seed + " (rerun with -Dclearing.seed=" + seed
                    + " -Dclearing.seeds=1): " + e.getMessage(), e);
        }
    }

    /** Up to 40 bodies and 150 invoices; amounts either tiny (many ties) or up to a trillion. */
    static List<Invoice> randomInvoices(long seed) {
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        int bodies = 2 + random.nextInt(39);
        int count = random.nextInt(151);
        long most = random.nextBoolean() ? 10 : 1_000_000_000_000L;
        List<Invoice> invoices = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int d = random.nextInt(bodies);
            int c = (d + 1 + random.nextInt(bodies - 1)) % bodies;
            invoices.add(Invoice.of("inv-" + i, "body-" + d, "body-" + c, 1 + random.nextLong(most)));
        }
        return invoices;
    }

    static List<Invoice> named(InvoiceGraph graph) {
        List<Invoice> invoices = new ArrayList<>(graph.invoices());
        for (int i = 0; i < graph.invoices(); i++) {
            invoices.add(Invoice.of("inv-" + i, "body-" + graph.debtor(i), "body-" + graph.creditor(i), graph.amount(i)));
        }
        return invoices;
    }

    static void assertClearingIsOptimal(List<Invoice> invoices, ClearingResult result) {
        Map<String, InvoiceSetOff> byId = new HashMap<>();
        for (InvoiceSetOff entry : result.invoiceSetOffs()) {
            byId.put(entry.invoice().id(), entry);
        }
        assertThat(byId).hasSize(invoices.size());
        long total = 0;
        for (Invoice invoice : invoices) {
            InvoiceSetOff entry = byId.get(invoice.id());
            assertThat(entry.invoice()).isEqualTo(invoice);
            assertThat(entry.setOff()).isBetween(0L, invoice.outstanding());
            assertThat(entry.cycles().stream().mapToLong(CycleShare::amount).sum())
                    .as("cycles through %s", invoice.id()).isEqualTo(entry.setOff());
            total += entry.setOff();
        }
        for (BodyClearing body : result.bodies()) {
            assertThat(body.owedAfter() - body.owingAfter()).as("net position of %s", body.body())
                    .isEqualTo(body.owedBefore() - body.owingBefore());
        }
        Map<String, Invoice> invoiceById = new HashMap<>();
        invoices.forEach(i -> invoiceById.put(i.id(), i));
        for (SetOffCycle cycle : result.cycles()) {
            assertThat(cycle.amount()).isPositive();
            for (int k = 0; k < cycle.length(); k++) {
                Invoice link = invoiceById.get(cycle.invoices().get(k));
                assertThat(link.debtor()).isEqualTo(cycle.bodies().get(k));
                assertThat(link.creditor()).isEqualTo(cycle.bodies().get((k + 1) % cycle.length()));
            }
        }
        assertThat(result.federation().setOff()).isEqualTo(total);
        assertThat(result.federation().remaining()).isGreaterThanOrEqualTo(result.federation().netInternalDebt());
        assertThat(total).as("total set-off against OR-Tools' optimum").isEqualTo(orToolsGreatestSetOff(invoices));
    }

    /** The greatest set-off by OR-Tools: total outstanding less the least-cost flow of the net positions. */
    static long orToolsGreatestSetOff(List<Invoice> invoices) {
        Map<BodyId, Integer> index = new HashMap<>();
        for (Invoice invoice : invoices) {
            index.putIfAbsent(invoice.debtor(), index.size());
            index.putIfAbsent(invoice.creditor(), index.size());
        }
        MinCostFlow flow = new MinCostFlow();
        long[] supply = new long[index.size()];
        long total = 0;
        for (Invoice invoice : invoices) {
            int d = index.get(invoice.debtor());
            int c = index.get(invoice.creditor());
            flow.addArcWithCapacityAndUnitCost(d, c, invoice.outstanding(), 1);
            supply[d] += invoice.outstanding();
            supply[c] -= invoice.outstanding();
            total += invoice.outstanding();
        }
        for (int v = 0; v < supply.length; v++) {
            flow.setNodeSupply(v, supply[v]);
        }
        if (invoices.isEmpty()) {
            return 0;
        }
        assertThat(flow.solve()).isEqualTo(MinCostFlow.Status.OPTIMAL);
        return total - flow.getOptimalCost();
    }
}
