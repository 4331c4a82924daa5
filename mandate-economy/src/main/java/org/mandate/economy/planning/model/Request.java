package org.mandate.economy.planning.model;

import java.util.List;
import java.util.Objects;

/**
 * What a consumers' council asks of one good: at least {@code minimum} units (a need the plan must
 * meet, or say it cannot), and up to the sum of its steps' quantities, each step valued as it says.
 * The steps make the council's utility for the good piecewise linear and concave, starting at zero.
 */
public record Request(String good, double minimum, List<Step> steps) {
    public Request {
        Objects.requireNonNull(good, "good");
        steps = List.copyOf(steps);
    }

    /** The most the council asks for: the sum of its steps. */
    public double maximum() {
        double total = 0;
        for (Step step : steps) {
            total += step.quantity();
        }
        return total;
    }
}
