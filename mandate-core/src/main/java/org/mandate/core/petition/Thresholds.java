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
     * The thresholds of a petition opened now, from the membership now: {people, member bodies}. A recall
     * in an assembly is signed by its members, in a council by its member bodies; a referendum by either
     * route; a congress by member bodies.
     */
    static long[] needed(Federation state, PetitionKind kind, Body body) {
        CouncilRules council = body.charter().council();
        return switch (kind) {
            case RECALL -> body.isAssembly()
                    ? new long[] {atLeastOne(body.charter().delegation().recallSignatures(), body.members().size()), 0}
                    : new long[] {0, atLeastOne(body.charter().delegation().recallSignatures(), body.memberBodies().size())};
            case REFERENDUM -> new long[] {atLeastOne(council.referendumMembers(), state.peopleBeneath(body.id()).size()),
                    atLeastOne(council.referendumBodies(), body.memberBodies().size())};
            case CONGRESS -> new long[] {0, atLeastOne(council.congressBodies(), body.memberBodies().size())};
        };
    }

    /**
     * The events that follow if {@code members} signatures of people or {@code bodies} of member bodies
     * reach the petition's thresholds; none otherwise.
     */
    static List<Event> reached(Federation state, Petition p, long members, long bodies, MemberId proposer, Instant now) {
        Body body = state.body(p.body());
        boolean byMembers = p.membersNeeded() > 0 && members >= p.membersNeeded();
        boolean byBodies = p.bodiesNeeded() > 0 && bodies >= p.bodiesNeeded();
        long signatures = byBodies ? bodies : members;
        long needed = byBodies ? p.bodiesNeeded() : p.membersNeeded();
        if (!byMembers && !byBodies) {
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
