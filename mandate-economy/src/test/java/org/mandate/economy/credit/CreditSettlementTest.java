package org.mandate.economy.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;
import org.mandate.core.BodyId;
import org.mandate.economy.clearing.Clearing;
import org.mandate.economy.clearing.ClearingResult;
import org.mandate.economy.clearing.Invoice;

class CreditSettlementTest {

    private static CreditLine line(String body, long balance, long limit) {
        return new CreditLine(BodyId.of(body), balance, limit);
    }

    @Test
    void a_debtor_pays_its_net_debt_up_to_its_limit_and_the_creditor_is_credited() {
        ClearingResult clearing = Clearing.clear(List.of(Invoice.of("i1", "a", "b", 100)));

        CreditSettlement s = CreditSettlement.settle(clearing, List.of(line("a", 0, 60), line("b", 0, 0)));

        assertThat(s.settled("i1")).isEqualTo(60);
        assertThat(s.movements()).containsExactly(
                new CreditMovement(BodyId.of("a"), 0, -60, 60), new CreditMovement(BodyId.of("b"), 0, 60, 0));
        assertThat(s.paid()).isEqualTo(60);
        assertThat(s.remainingAfter()).isEqualTo(40);
    }

    @Test
    void one_payment_along_a_chain_discharges_every_invoice_on_it() {
        // b owes c exactly what a owes b, so a's payment goes all the way to c.
        ClearingResult clearing = Clearing.clear(List.of(Invoice.of("ab", "a", "b", 50), Invoice.of("bc", "b", "c", 50)));

        CreditSettlement s = CreditSettlement.settle(clearing, List.of(line("a", 10, 20), line("b", 0, 100), line("c", 0, 0)));

        assertThat(s.settled("ab")).isEqualTo(30);
        assertThat(s.settled("bc")).isEqualTo(30);
        assertThat(s.paid()).isEqualTo(30);
        assertThat(s.discharged()).isEqualTo(60);
        assertThat(s.movements()).extracting(CreditMovement::change).containsExactly(-30L, 0L, 30L);
    }

    @Test
    void what_clearing_already_set_off_is_not_paid_again() {
        ClearingResult clearing = Clearing.clear(List.of(
                Invoice.of("i1", "a", "b", 100), Invoice.of("i2", "b", "c", 70), Invoice.of("i3", "c", "a", 50)));

        CreditSettlement s = CreditSettlement.settle(clearing, List.of(line("a", 0, 1_000), line("b", 0, 1_000), line("c", 0, 1_000)));

        assertThat(s.remainingBefore()).isEqualTo(70);
        assertThat(s.remainingAfter()).isZero();
        assertThat(s.paid()).isEqualTo(50);
    }

    @Test
    void every_body_of_the_clearing_needs_a_credit_line() {
        ClearingResult clearing = Clearing.clear(List.of(Invoice.of("i1", "a", "b", 100)));

        assertThatThrownBy(() -> CreditSettlement.settle(clearing, List.of(line("a", 0, 10))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("b takes part");
    }

    @Test
    void random_settlements_keep_balances_limits_and_net_positions_consistent() {
        for (long seed = 1; seed <= 300; seed++) {
            RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
            int bodies = 2 + random.nextInt(15);
            List<Invoice> invoices = new ArrayList<>();
            for (int i = 0, n = random.nextInt(60); i < n; i++) {
                int d = random.nextInt(bodies);
                int c = (d + 1 + random.nextInt(bodies - 1)) % bodies;
                invoices.add(Invoice.of("i" + i, "b" + d, "b" + c, 1 + random.nextInt(1_000)));
            }
            List<CreditLine> lines = new ArrayList<>();
            for (int v = 0; v < bodies; v++) {
                long limit = random.nextInt(2_000);
                lines.add(line("b" + v, random.nextLong(-limit, 1_000), limit));
            }
            ClearingResult clearing = Clearing.clear(invoices);
            CreditSettlement s = CreditSettlement.settle(clearing, lines);

            Map<BodyId, Long> netChange = new HashMap<>();
            for (Invoice invoice : invoices) {
                long settled = s.settled(invoice.id());
                assertThat(settled).as("seed %d", seed).isBetween(0L, invoice.outstanding() - clearing.setOff(invoice.id()));
                netChange.merge(invoice.debtor(), settled, Long::sum);
                netChange.merge(invoice.creditor(), -settled, Long::sum);
            }
            long before = 0;
            long after = 0;
            Map<BodyId, Long> netAfter = new HashMap<>();
            clearing.bodies().forEach(b -> netAfter.put(b.body(), b.net()));
            for (CreditMovement m : s.movements()) {
                before += m.balanceBefore();
                after += m.balanceAfter();
                assertThat(m.balanceAfter()).as("seed %d: %s stays within its limit", seed, m.body()).isGreaterThanOrEqualTo(-m.limit());
                assertThat(netChange.getOrDefault(m.body(), 0L)).as("seed %d: %s's net moves as its balance", seed, m.body())
                        .isEqualTo(-m.change());
                long stillOwes = -(netAfter.getOrDefault(m.body(), 0L) + netChange.getOrDefault(m.body(), 0L));
                if (stillOwes > 0) {
                    assertThat(m.balanceAfter()).as("seed %d: %s still owes only if its account is exhausted", seed, m.body())
                            .isEqualTo(-m.limit());
                }
            }
            assertThat(after).as("seed %d: balances sum to what they summed to", seed).isEqualTo(before);
        }
    }
}
