package org.mandate.core.petition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mandate.core.BodyId;
import org.mandate.core.Event;
import org.mandate.core.Federation;
import org.mandate.core.MemberId;
import org.mandate.core.ProposalId;
import org.mandate.core.council.CouncilEvent.*;
import org.mandate.core.council.Delegation;
import org.mandate.core.council.ItemBook;
import org.mandate.core.office.Office;
import org.mandate.core.office.OfficeEvent.OfficeVacated;
import org.mandate.core.petition.PetitionEvent.Recalled;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.Phase;
import org.mandate.core.proposal.Proposal;
import org.mandate.core.proposal.ProposalRules;
import org.mandate.core.rule.Rejection;

/**
 * A recall takes effect at once: the recalled delegate's votes on items still open are withdrawn, the
 * first alternate takes the seat or it falls vacant and a by-election opens; a recalled office-holder
 * simply leaves the office.
 */
public final class Recalls {
    private Recalls() {}

    /** Null when {@code target} holds the role now: a seat or alternate place in {@code council} for {@code body}, or {@code office}. */
    public static Rejection holding(Federation state, BodyId body, MemberId target, BodyId council, String office) {
        if (target == null || (council == null) == (office == null)) {
            return new Rejection.InvalidProposal("a recall names the member and either the council they sit in or the office they hold");
        }
        if (council != null) {
            Delegation d = state.sessions().delegation(council, body);
            boolean holds = d != null && !d.ended() && (d.seats().contains(target) || d.alternates().contains(target));
            return holds ? null : new Rejection.NotHolding(target, "a seat or alternate place of " + body + " in " + council);
        }
        Office o = state.offices().office(body, office);
        return o != null && o.heldBy(target) ? null : new Rejection.NotHolding(target, "the office of " + office + " of " + body);
    }

    public static List<Event> effects(Federation state, BodyId body, MemberId target, BodyId council, String office, String petition,
            ProposalId decision, MemberId proposer, Instant now) {
        List<Event> events = new ArrayList<>();
        events.add(new Recalled(now, body, target, council, office, petition, decision));
        if (office != null) {
            events.add(new OfficeVacated(now, body, office, target));
            return events;
        }
        Delegation d = state.sessions().delegation(council, body);
        int seat = d.seats().indexOf(target);
        if (seat < 0) {
            events.add(new AlternateRemoved(now, council, body, target));
            return events;
        }
        List<ProposalId> open = new ArrayList<>();
        for (Proposal p : state.proposals()) {
            ItemBook book = p.body().equals(council) && p.phase() == Phase.VOTING ? state.sessions().item(p.id()) : null;
            if (book != null && book.votes().values().stream().anyMatch(v -> v.body().equals(body) && v.delegate().equals(target))) {
                open.add(p.id());
            }
        }
        if (!open.isEmpty()) {
            events.add(new SeatVotesWithdrawn(now, council, body, target, open));
        }
        if (!d.alternates().isEmpty()) {
            events.add(new SeatPassedToAlternate(now, council, body, seat, target, d.alternates().get(0)));
        } else {
            events.add(new SeatVacated(now, council, body, seat, target));
            ProposalId byElection = new ProposalId((petition != null ? petition : decision.value()) + ".by-election");
            if (state.proposal(byElection) == null) {
                events.addAll(ProposalRules.openedBy(state, byElection, state.body(body), proposer, new Motion.FillSeat(council, seat),
                        "By-election for seat " + seat + " of " + body + " in " + council,
                        "Candidates stand for election during deliberation.", now));
            }
        }
        return events;
    }
}
