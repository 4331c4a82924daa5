package org.mandate.record.testing;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Seeded randomised properties without a property-testing library: each run uses a fixed seed, so CI is repeatable
 * (or explores another with {@code -Dmandate.seed=N}), and a failure names the seed so it can be replayed.
 */
public final class Seeded {

    public interface Property {
        void check(RandomGenerator random);
    }

    private Seeded() {
    }

    public static void check(String name, Property property) {
        long seed = Long.getLong("mandate.seed", 20261125L);
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        try {
            property.check(random);
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError(name + " failed with seed " + seed + " (replay with -Dmandate.seed=" + seed + ")", e);
        }
    }
}
