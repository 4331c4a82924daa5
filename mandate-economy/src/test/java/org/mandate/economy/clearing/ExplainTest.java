package org.mandate.economy.clearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

/**
 * A set-off read back from the record is explained as it was when computed: the same invoices and the
 * same amounts give the same cycles, bodies and totals; what is not a set-off is refused as a bug.
 */
class ExplainTest {

    @Test
    void a_computed_set_off_is_explained_again_by_the_same_cycles() {
        long seed = Long.getLong("mandate.seed", 20261125L);
        System.out.println("ExplainTest seed " + seed);
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        for (int run = 0; run < 20; run++) {
            List<Invoice> invoices = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                int d = random.nextInt(12);
                int c = (d + 1 + random.nextInt(11)) % 12;
                invoices.add(Invoice.of("i" + i, "b" + d, "b" + c, 1 + random.nextInt(1_000)));
            }
            ClearingResult cleared = Clearing.clear(invoices);
            Map<String, Long> setOff = new HashMap<>();
            for (Invoice i : invoices) {
                if (cleared.setOff(i.id()) > 0) {
                    setOff.put(i.id(), cleared.setOff(i.id()));
                }
            }

            ClearingResult explained = Clearing.explain(invoices, setOff);

            assertThat(explained.cycles()).isEqualTo(cleared.cycles());
            assertThat(explained.invoiceSetOffs()).isEqualTo(cleared.invoiceSetOffs());
            assertThat(explained.bodies()).isEqualTo(cleared.bodies());
            assertThat(explained.federation()).isEqualTo(cleared.federation());
        }
    }

    @Test
    void what_is_not_a_set_off_is_refused() {
        List<Invoice> cycle = List.of(Invoice.of("i1", "a", "b", 100), Invoice.of("i2", "b", "c", 70), Invoice.of("i3", "c", "a", 50));

        assertThatThrownBy(() -> Clearing.explain(cycle, Map.of("i1", 50L, "i2", 50L))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("net position");
        assertThatThrownBy(() -> Clearing.explain(cycle, Map.of("i1", 60L, "i2", 60L, "i3", 60L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("i3");
        assertThatThrownBy(() -> Clearing.explain(cycle, Map.of("i9", 1L))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Clearing.explain(cycle, Map.of()).federation().setOff()).isZero();
    }
}
