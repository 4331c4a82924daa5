package org.mandate.server.query;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mandate.core.BodyId;
import org.mandate.core.body.Body;
import org.mandate.core.count.Apportionment;
import org.mandate.core.council.Delegation;
import org.mandate.core.council.Seating;

/** A council's seats, as the core apportions them from verified membership, and the delegations that fill them. */
public final class CouncilViews {
    private CouncilViews() {}

    /**
     * Seats by member body, with how they were reached: the charter's rule, each body's membership (the
     * people beneath it, each counted once) and, for the highest-averages methods, every seat won by
     * quotient in order. Computed now, from the state this answer reflects.
     */
    public static Answer seats(Reading r, BodyId id) {
        Body council = council(r, id);
        if (council == null) {
            return notACouncil(r, id);
        }
        Seating.Apportioned a = Seating.apportion(r.state(), council);
        ObjectNode node = r.object().put("council", id.value());
        node.put("voting", r.tree(council.charter().council().voting()).asText());
        node.set("rule", r.tree(council.charter().council().seats()));
        ArrayNode bodies = node.putArray("bodies");
        int total = 0;
        for (int i = 0; i < a.bodies().size(); i++) {
            BodyId b = a.bodies().get(i);
            int seats = a.seats().get(b);
            total += seats;
            bodies.addObject().put("body", b.value()).put("membership", a.membership()[i]).put("seats", seats);
        }
        node.put("total", total);
        ArrayNode awards = node.putArray("awards");
        for (Apportionment.Award w : a.awards()) {
            awards.addObject().put("seat", w.seat()).put("body", a.bodies().get(w.body()).value())
                    .put("numerator", w.numerator()).put("denominator", w.denominator());
        }
        return r.found(node);
    }

    /** Each member body's delegation for its current or last term: seats (null where vacant), alternates in order, the term. */
    public static Answer delegations(Reading r, BodyId id) {
        if (council(r, id) == null) {
            return notACouncil(r, id);
        }
        ObjectNode node = r.object().put("council", id.value());
        ArrayNode out = node.putArray("delegations");
        for (Delegation d : r.state().sessions().delegations(id).values()) {
            out.add(BodyViews.delegation(r, d));
        }
        return r.found(node);
    }

    private static Body council(Reading r, BodyId id) {
        Body b = r.state().body(id);
        return r.access().mayRead(b) && b.isCouncil() ? b : null;
    }

    private static Answer notACouncil(Reading r, BodyId id) {
        Body b = r.state().body(id);
        return r.access().mayRead(b)
                ? Answer.notFound("NotACouncil", "body '" + id + "' is an assembly: it has members, not seats or delegations")
                : Answer.notFound("UnknownBody", r.access().noSuch("body", id));
    }
}
