package org.mandate.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DemoFederationTest {
    @Test
    void generates() {
        long t0 = System.nanoTime();
        List<DemoFederation.Step> steps = DemoFederation.generate(DemoFederation.DEFAULT_SEED);
        System.out.println("steps " + steps.size() + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        assertThat(steps).isNotEmpty();
    }
}
