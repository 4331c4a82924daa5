package org.mandate.core.council;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mandate.core.BodyId;
import org.mandate.core.Federation;
import org.mandate.core.body.Body;
import org.mandate.core.charter.CouncilRules;
import org.mandate.core.charter.DecisionKind;
import org.mandate.core.count.Apportionment;
import org.mandate.core.vote.TieOrder;

/**
 * Seats computed from the record, never typed in: each member body's verified membership (the people
 * beneath it, each counted once) apportioned by the council's charter rule.
 */
public final class Seating {
    private Seating() {}

    /** The apportionment now, with how it was computed. */
    public static Apportioned apportion(Federation state, Body council) {
        List<BodyId> bodies = new ArrayList<>(council.memberBodies().keySet());
        long[] membership = new long[bodies.size()];
        for (int i = 0; i < membership.length; i++) {
            membership[i] = state.peopleBeneath(bodies.get(i)).size();
        }
        Apportionment.Result r = Apportionment.apportion(council.charter().council().seats(), membership,
                TieOrder.of("seats:" + council.id().value(), bodies.stream().map(BodyId::value).toList()));
        Map<BodyId, Integer> seats = new LinkedHashMap<>();
        for (int i = 0; i < membership.length; i++) {
            seats.put(bodies.get(i), r.seats()[i]);
        }
        return new Apportioned(bodies, membership, seats, r.awards());
    }

    /** Seats by member body, figures included, for the council page. */
    public record Apportioned(List<BodyId> bodies, long[] membership, Map<BodyId, Integer> seats, List<Apportionment.Award> awards) {}

    /** Whether this council's votes of this kind are cast by delegates in seats. */
    public static boolean byDelegates(Body body, DecisionKind kind) {
        return body.isCouncil() && body.charter().council().voting() == CouncilRules.VotingBy.DELEGATES
                && (kind == DecisionKind.ORDINARY || kind == DecisionKind.CHOICE || kind == DecisionKind.ELECTION
                        || kind == DecisionKind.ADMISSION);
    }
}
