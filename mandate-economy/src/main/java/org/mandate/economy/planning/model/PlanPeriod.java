package org.mandate.economy.planning.model;

import java.time.LocalDate;
import java.util.Objects;

/** The period a plan covers, both days included; every quantity of an instance is for the whole period. */
public record PlanPeriod(LocalDate from, LocalDate to) {
    public PlanPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
