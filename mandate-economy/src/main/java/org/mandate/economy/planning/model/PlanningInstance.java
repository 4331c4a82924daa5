package org.mandate.economy.planning.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything the procedure balances: the catalogue of goods, the workers' councils with their
 * techniques, the consumers' councils with their requests, the period, and the tolerance the
 * federation set: a good is balanced when |supply − demand| / supply is at most {@code tolerance}
 * (0.01 by default). Nothing here is checked on construction; {@code check.InstanceCheck} names every
 * problem an instance from outside may have.
 */
public record PlanningInstance(PlanPeriod period, double tolerance, List<Good> goods, List<WorkersCouncil> workers,
        List<ConsumersCouncil> consumers) {
    /** The federation's tolerance when it states none: one per cent. */
    public static final double DEFAULT_TOLERANCE = 0.01;

    public PlanningInstance {
        Objects.requireNonNull(period, "period");
        goods = List.copyOf(goods);
        workers = List.copyOf(workers);
        consumers = List.copyOf(consumers);
    }
}
