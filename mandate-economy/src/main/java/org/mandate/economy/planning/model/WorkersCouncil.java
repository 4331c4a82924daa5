package org.mandate.economy.planning.model;

import java.util.List;
import java.util.Objects;
import org.mandate.core.BodyId;

/**
 * A workers' council: a body of the federation that produces, by one or more techniques it states.
 * Its proposal in a round is an activity level per technique.
 */
public record WorkersCouncil(BodyId id, List<Technique> techniques) {
    public WorkersCouncil {
        Objects.requireNonNull(id, "id");
        techniques = List.copyOf(techniques);
    }
}
