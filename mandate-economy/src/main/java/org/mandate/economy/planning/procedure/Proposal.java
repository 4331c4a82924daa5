package org.mandate.economy.planning.procedure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.mandate.core.BodyId;

/**
 * A council's proposal for the plan period, in its own terms: a workers' council proposes an activity
 * level per technique, a consumers' council a quantity per requested good. The procedure computes one
 * for each council every round from what the council stated, unless the council makes its own (a
 * human round); the adopted plan is made of these and nothing else. Maps keep the order given.
 */
public sealed interface Proposal {
    BodyId council();

    /** Activity levels by technique id. */
    record Production(BodyId council, Map<String, Double> activities) implements Proposal {
        public Production {
            Objects.requireNonNull(council, "council");
            activities = Collections.unmodifiableMap(new LinkedHashMap<>(activities));
        }
    }

    /** Quantities by good id. */
    record Consumption(BodyId council, Map<String, Double> quantities) implements Proposal {
        public Consumption {
            Objects.requireNonNull(council, "council");
            quantities = Collections.unmodifiableMap(new LinkedHashMap<>(quantities));
        }
    }
}
