package org.mandate.economy.clearing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.mandate.core.BodyId;

/** Examples small enough to check by hand; each set-off is the only optimum there is. */
class ClearingExamplesTest {

    private static Map<String, Long> setOffs(ClearingResult result) {
        Map<String, Long> byId = new TreeMap<>();
        for (Invoice invoice : result.invoices()) {
            byId.put(invoice.id(), result.setOff(invoice.id()));
        }
        return byId;
    }

    @Test
    void a_three_cycle_is_cleared_by_its_smallest_invoice() {
        ClearingResult result = Clearing.clear(List.of(
                Invoice.of("i1", "a", "b", 100),
                Invoice.of("i2", "b", "c", 70),
                Invoice.of("i3", "c", "a", 50)));

        assertThat(setOffs(result)).isEqualTo(Map.of("i1", 50L, "i2", 50L, "i3", 50L));
        assertThat(result.cycles()).containsExactly(new SetOffCycle(1, 50,
                List.of(BodyId.of("a"), BodyId.of("b"), BodyId.of("c")), List.of("i1", "i2", "i3")));
        assertThat(result.federation()).isEqualTo(new FederationClearing(3, 3, 220, 150, 50));
        assertThat(result.bodies()).containsExactly(
                new BodyClearing(BodyId.of("a"), 50, 0, 100, 50),
                new BodyClearing(BodyId.of("b"), 100, 50, 70, 20),
                new BodyClearing(BodyId.of("c"), 70, 20, 50, 0));
    }

    @Test
    void two_cycles_sharing_an_invoice_are_both_cleared_within_it() {
        // a->b->c->a can carry 7 and a->b->d->a 5; the shared a->b (15) carries both.
        ClearingResult result = Clearing.clear(List.of(
                Invoice.of("ab", "a", "b", 15),
                Invoice.of("bc", "b", "c", 7),
                Invoice.of("ca", "c", "a", 9),
                Invoice.of("bd", "b", "d", 5),
                Invoice.of("da", "d", "a", 6)));

        assertThat(setOffs(result)).isEqualTo(Map.of("ab", 12L, "bc", 7L, "ca", 7L, "bd", 5L, "da", 5L));
        assertThat(result.cycleCount()).isEqualTo(2);
        assertThat(result.invoiceSetOffs().get(0).cycles()).extracting(CycleShare::amount).containsExactlyInAnyOrder(7L, 5L);
        assertThat(result.federation().remaining()).isEqualTo(3 + 2 + 1);
    }

    @Test
    void a_graph_without_a_cycle_clears_nothing() {
        // a owes 17 on balance; b is owed 5 and c 12 on balance, so 17 is the least any set-off could leave.
        ClearingResult result = Clearing.clear(List.of(
                Invoice.of("i1", "a", "b", 10),
                Invoice.of("i2", "b", "c", 5),
                Invoice.of("i3", "a", "c", 7)));

        assertThat(setOffs(result)).isEqualTo(Map.of("i1", 0L, "i2", 0L, "i3", 0L));
        assertThat(result.cycleCount()).isZero();
        assertThat(result.federation()).isEqualTo(new FederationClearing(3, 3, 22, 0, 17));
        assertThat(result.federation().remainingOverBound()).isEqualTo(22.0 / 17);
    }

    @Test
    void a_chain_feeding_a_cycle_keeps_its_debts_and_the_cycle_is_cleared() {
        ClearingResult result = Clearing.clear(List.of(
                Invoice.of("xy", "x", "y", 40),
                Invoice.of("ya", "y", "a", 30),
                Invoice.of("ab", "a", "b", 20),
                Invoice.of("bc", "b", "c", 25),
                Invoice.of("ca", "c", "a", 15)));

        assertThat(setOffs(result)).isEqualTo(Map.of("xy", 0L, "ya", 0L, "ab", 15L, "bc", 15L, "ca", 15L));
        assertThat(result.federation().setOff()).isEqualTo(45);
    }

    @Test
    void a_longer_cycle_is_chosen_over_a_shorter_one_when_it_cancels_more() {
        // Cancelling a<->b first would set off 2; the optimum goes round a->b->c->a for 3.
        ClearingResult result = Clearing.clear(List.of(
                Invoice.of("ab", "a", "b", 1),
                Invoice.of("ba", "b", "a", 1),
                Invoice.of("bc", "b", "c", 1),
                Invoice.of("ca", "c", "a", 1)));

        assertThat(setOffs(result)).isEqualTo(Map.of("ab", 1L, "ba", 0L, "bc", 1L, "ca", 1L));
    }

    @Test
    void bodies_owed_exactly_what_they_owe_are_cleared_completely() {
        ClearingResult result = Clearing.clear(List.of(
                Invoice.of("i1", "a", "b", 30),
                Invoice.of("i2", "b", "a", 10),
                Invoice.of("i3", "b", "c", 20),
                Invoice.of("i4", "c", "a", 20)));

        assertThat(result.federation().remaining()).isZero();
        assertThat(result.federation().netInternalDebt()).isZero();
        assertThat(result.federation().shareCleared()).isEqualTo(1.0);
    }

    @Test
    void amounts_near_the_most_a_clearing_can_hold_are_cleared_exactly() {
        long half = Long.MAX_VALUE / 2;
        ClearingResult result = Clearing.clear(List.of(
                Invoice.of("i1", "a", "b", half), Invoice.of("i2", "b", "a", half - 7)));

        assertThat(setOffs(result)).isEqualTo(Map.of("i1", half - 7, "i2", half - 7));
        assertThat(result.federation().remaining()).isEqualTo(7);
    }

    @Test
    void nothing_to_clear_gives_an_empty_report() {
        ClearingResult result = Clearing.clear(List.of());

        assertThat(result.federation()).isEqualTo(new FederationClearing(0, 0, 0, 0, 0));
        assertThat(result.cycles()).isEmpty();
    }
}
