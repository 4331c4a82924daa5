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
        String cause = petition != null ? petition : decision.value();
        if (office != null) {
            events.add(new OfficeVacated(now, body, office, target));
        } else {
            events.addAll(leaveSeat(state, body, council, target, true, cause, proposer, now));
        }
        return events;
    }

    /**
     * A member who leaves an assembly, or is expelled from it, leaves with it every seat, alternate
     * place and office they held for it: they no longer belong to the body they would speak for.
     */
    public static List<Event> leaving(Federation state, org.mandate.core.body.Body body, MemberId member, String cause, Instant now) {
        List<Event> events = new ArrayList<>();
        for (BodyId council : body.councils().keySet()) {
            Delegation d = state.sessions().delegation(council, body.id());
            if (d != null && !d.ended() && (d.seats().contains(member) || d.alternates().contains(member))) {
                events.addAll(leaveSeat(state, body.id(), council, member, false, cause, null, now));
            }
        }
        for (Office o : state.offices().of(body.id()).values()) {
            if (o.heldBy(member)) {
                events.add(new OfficeVacated(now, body.id(), o.name(), member));
            }
        }
        return events;
    }

    /** The seat passes to the first alternate, or falls vacant and a by-election opens; a recall also withdraws open votes. */
    private static List<Event> leaveSeat(Federation state, BodyId body, BodyId council, MemberId target, boolean withdrawVotes,
            String cause, MemberId proposer, Instant now) {
        List<Event> events = new ArrayList<>();
        Delegation d = state.sessions().delegation(council, body);
        int seat = d.seats().indexOf(target);
        if (seat < 0) {
            events.add(new AlternateRemoved(now, council, body, target));
            return events;
        }
        if (withdrawVotes) {
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
        }
        List<MemberId> alternates = d.alternates().stream().filter(a -> !a.equals(target)).toList();
        if (!alternates.isEmpty()) {
            events.add(new SeatPassedToAlternate(now, council, body, seat, target, alternates.get(0)));
            return events;
        }
        events.add(new SeatVacated(now, council, body, seat, target));
        ProposalId byElection = new ProposalId(org.mandate.core.Ids.derive(cause + ".by-election." + seat));
        if (state.proposal(byElection) == null) {
            var b = state.body(body);
            var rule = b.charter().rule(org.mandate.core.charter.DecisionKind.ELECTION);
            // candidates stand during deliberation, so a by-election always gives them at least a day
            java.time.Duration deliberation = rule.deliberation().compareTo(java.time.Duration.ofDays(1)) < 0 ? java.time.Duration.ofDays(1)
                    : rule.deliberation();
            events.addAll(ProposalRules.openedBy(state, byElection, b, proposer, new Motion.FillSeat(council, seat),
                    "By-election for seat " + seat + " of " + body + " in " + council, "Candidates stand for election during deliberation.",
                    deliberation, now));
        }
        return events;
    }
}
