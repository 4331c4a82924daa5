package org.mandate.economy.planning.model;

import java.util.List;
import java.util.Objects;
import org.mandate.core.BodyId;

/**
 * A consumers' council: a body of the federation (a neighbourhood assembly, a federation of them)
 * that requests goods for the plan period. Its proposal in a round is a quantity per requested good.
 */
public record ConsumersCouncil(BodyId id, List<Request> requests) {
    public ConsumersCouncil {
        Objects.requireNonNull(id, "id");
        requests = List.copyOf(requests);
    }
}
