package org.mandate.economy.planning.model;

import java.util.Objects;

/**
 * A good of the catalogue: what councils produce, use as an input, or request. Quantities of it are
 * counted in its {@code unit} ("t", "kWh", "meals") for the whole plan period; {@code name} is what
 * members read.
 */
public record Good(String id, String unit, String name) {
    public Good {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(name, "name");
    }
}
