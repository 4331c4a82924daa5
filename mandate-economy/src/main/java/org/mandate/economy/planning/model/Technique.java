package org.mandate.economy.planning.model;

import java.util.Map;
import java.util.Objects;

/**
 * One way a workers' council can produce, per unit of activity: the goods it turns out
 * ({@code outputs}), the goods it uses up ({@code inputs}), and the hours of labour it takes
 * ({@code labour}). The council chooses an activity level between zero and {@code capacity}; everything
 * scales with it. Maps are from good id to quantity per unit of activity, in the good's unit.
 */
public record Technique(String id, Map<String, Double> outputs, Map<String, Double> inputs, double labour, double capacity) {
    public Technique {
        Objects.requireNonNull(id, "id");
        outputs = Map.copyOf(outputs);
        inputs = Map.copyOf(inputs);
    }
}
