package org.mandate.core.petition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mandate.core.Event;
import org.mandate.core.Federation;
import org.mandate.core.MemberId;
import org.mandate.core.body.Body;
import org.mandate.core.charter.CouncilRules;
import org.mandate.core.count.Fraction;
import org.mandate.core.petition.PetitionEvent.PetitionSucceeded;
import org.mandate.core.proposal.Motion;

/** When a petition has enough signatures, and what follows then. */
final class Thresholds {
    private Thresholds() {}

    /**
     * The events that follow if {@code members} signatures of people and {@code bodies} of member bodies
     * reach the petition's threshold; none otherwise.
     */
    static List<Event> reached(Federation state, Petition p, long members, long bodies, MemberId proposer, Instant now) {
        Body body = state.body(p.body());
        CouncilRules council = body.charter().council();
        long signatures;
        long needed;
        switch (p.kind()) {
            case RECALL -> {
                Fraction share = body.charter().delegation().recallSignatures();
                signatures = body.isAssembly() ? members : bodies;
                needed = atLeastOne(share, body.isAssembly() ? body.members().size() : body.memberBodies().size());
            }
            case REFERENDUM -> {
                long byBodies = atLeastOne(council.referendumBodies(), body.memberBodies().size());
                if (bodies >= byBodies) {
                    signatures = bodies;
                    needed = byBodies;
                } else {
                    signatures = members;
                    needed = atLeastOne(council.referendumMembers(), state.peopleBeneath(body.id()).size());
                }
            }
            case CONGRESS -> {
                signatures = bodies;
                needed = atLeastOne(council.congressBodies(), body.memberBodies().size());
            }
            default -> throw new IllegalStateException();
        }
        if (signatures < needed) {
            return List.of();
        }
        List<Event> events = new ArrayList<>();
        events.add(new PetitionSucceeded(now, p.id(), signatures, needed));
        MemberId by = p.openedBy() != null ? p.openedBy() : proposer;
        switch (p.kind()) {
            case RECALL -> events.addAll(body.charter().delegation().instantRecall()
                    ? Recalls.effects(state, body.id(), p.target(), p.council(), p.office(), p.id(), null, by, now)
                    : PetitionRules.openVote(state, p, new Motion.Recall(p.target(), p.council(), p.office()), by, now));
            case REFERENDUM -> events.addAll(PetitionRules.openVote(state, p, new Motion.Referendum(p.id()), by, now));
            case CONGRESS -> events.add(PetitionRules.convene(body, p, now));
        }
        return events;
    }

    /** The smallest whole number of signatures that reaches {@code share} of {@code of}, and never fewer than one. */
    static long atLeastOne(Fraction share, long of) {
        long n = Math.ceilDiv(Math.multiplyExact(share.numerator(), of), share.denominator());
        return Math.max(1, n);
    }
}
