package org.mandate.core.council;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mandate.core.BodyId;
import org.mandate.core.Context;
import org.mandate.core.Event;
import org.mandate.core.Federation;
import org.mandate.core.MemberId;
import org.mandate.core.Outcome;
import org.mandate.core.ProposalId;
import org.mandate.core.body.Body;
import org.mandate.core.charter.DelegationRules.BreachPolicy;
import org.mandate.core.council.CouncilCommand.CastSeatVote;
import org.mandate.core.council.CouncilEvent.*;
import org.mandate.core.proposal.Phase;
import org.mandate.core.proposal.Proposal;
import org.mandate.core.proposal.Roll;
import org.mandate.core.rule.Rejection;
import org.mandate.core.vote.BallotCheck;

/**
 * Decides delegates' votes: a delegate votes only in a seat they hold, only during their term, only
 * once per seat, and only as their body's mandate allows. Each check is a lookup, so checking a vote
 * costs the same however many bodies and items the federation has.
 */
public final class SessionRules {
    private SessionRules() {}

    public static Outcome decide(Federation state, CouncilCommand command, Context ctx) {
        MemberId actor = ctx.actor();
        if (actor == null) {
            return Outcome.refuse(new Rejection.NoActingMember());
        }
        return switch (command) {
            case CastSeatVote c -> seatVote(state, c, actor, ctx.now());
        };
    }

    private static Outcome seatVote(Federation state, CastSeatVote c, MemberId actor, Instant now) {
        Proposal item = state.proposal(c.item());
        if (item == null) {
            return Outcome.refuse(new Rejection.UnknownProposal(c.item()));
        }
        if (!(item.roll() instanceof Roll.Seats seats)) {
            return Outcome.refuse(new Rejection.NotVotedByDelegates(c.item()));
        }
        if (item.phase() != Phase.VOTING) {
            return Outcome.refuse(item.phase() == Phase.CLOSED ? new Rejection.WindowClosed(item.id(), item.closesAt())
                    : new Rejection.WrongPhase(item.id(), item.phase().words(), Phase.VOTING.words()));
        }
        if (!now.isBefore(item.closesAt())) {
            return Outcome.refuse(new Rejection.WindowClosed(item.id(), item.closesAt()));
        }
        BodyId council = item.body();
        if (seats.weight(c.body().value()) == 0) {
            return Outcome.refuse(new Rejection.BodyNotOnRoll(c.body(), item.id()));
        }
        if (!state.body(council).memberBodies().containsKey(c.body())) {
            // the body left the council during the vote: its seats no longer take part
            return Outcome.refuse(new Rejection.NotAffiliated(c.body(), council));
        }
        Delegation d = state.sessions().delegation(council, c.body());
        int seat = d == null ? -1 : d.seats().indexOf(actor);
        if (seat < 0) {
            return Outcome.refuse(new Rejection.NotADelegate(actor, c.body(), council));
        }
        if (d.ended() || !now.isBefore(d.termEnds())) {
            return Outcome.refuse(new Rejection.TermExpired(actor, c.body(), council, d.termEnds()));
        }
        if (seat >= seats.weight(c.body().value())) {
            return Outcome.refuse(new Rejection.NoSeats(c.body(), council));
        }
        ItemBook book = state.sessions().item(item.id());
        String key = c.body().value() + "#" + seat;
        if (book != null && book.votes().containsKey(key)) {
            return Outcome.refuse(new Rejection.AlreadyVoted(actor + " in seat " + key, item.id()));
        }
        GivenMandate mandate = mandate(state, council, c.body(), item);
        if (mandate == null) {
            return Outcome.refuse(new Rejection.AwaitingMandate(c.body(), item.id()));
        }
        List<Event> events = new ArrayList<>(2);
        switch (mandate.instruction()) {
            case Instruction.Split s -> {
                if (c.ballot() != null) {
                    return Outcome.refuse(new Rejection.ContradictsMandate(c.body(), item.id(),
                            s.describe() + "; cast it with no ballot of your own"));
                }
            }
            case Instruction.Fixed f -> {
                String problem = BallotCheck.problem(item.rule(), item.options(), c.ballot());
                if (problem != null) {
                    return Outcome.refuse(new Rejection.BallotDoesNotFit(item.id(), problem));
                }
                if (!f.ballot().equals(c.ballot())) {
                    Body body = state.body(c.body());
                    if (body.charter().delegation().onBreach() == BreachPolicy.REFUSE) {
                        return Outcome.refuse(new Rejection.ContradictsMandate(c.body(), item.id(), f.describe()));
                    }
                    events.add(new SeatVoteCast(now, council, item.id(), c.body(), seat, actor, c.ballot()));
                    events.add(new MandateBreached(now, council, item.id(), c.body(), actor, f, c.ballot()));
                    if (body.charter().delegation().breachOpensRecall()) {
                        String petition = org.mandate.core.Ids.derive("breach." + item.id().value() + "." + c.body().value() + "." + actor.value());
                        if (state.petitions().get(petition) == null) {
                            events.add(new org.mandate.core.petition.PetitionEvent.PetitionOpened(now, petition,
                                    org.mandate.core.petition.PetitionKind.RECALL, c.body(), null, "Recall " + actor + " after a mandate breach",
                                    actor + " voted " + c.ballot().canonical() + " on " + item.id() + " against the mandate to " + f.describe() + ".",
                                    actor, council, null, org.mandate.core.petition.PetitionRules.recallThresholds(state, body)[0],
                                    org.mandate.core.petition.PetitionRules.recallThresholds(state, body)[1]));
                        }
                    }
                    return Outcome.accept(events);
                }
            }
            case Instruction.FreeHand h -> {
                String problem = BallotCheck.problem(item.rule(), item.options(), c.ballot());
                if (problem != null) {
                    return Outcome.refuse(new Rejection.BallotDoesNotFit(item.id(), problem));
                }
            }
        }
        events.add(new SeatVoteCast(now, council, item.id(), c.body(), seat, actor, c.ballot()));
        return Outcome.accept(events);
    }

    /** The mandate a body's delegates carry on an item: one given for it, or a standing free hand that covers it; else null. */
    public static GivenMandate mandate(Federation state, BodyId council, BodyId body, Proposal item) {
        ItemBook book = state.sessions().item(item.id());
        GivenMandate given = book == null ? null : book.mandates().get(body);
        if (given != null) {
            return given;
        }
        for (GivenMandate m : state.sessions().freeHands(council, body)) {
            if (m.instruction() instanceof Instruction.FreeHand h && h.covers(item.id(), item.competence())) {
                return m;
            }
        }
        return null;
    }

    /** The bodies an item must be referred back to when it is put to the council: those whose delegates hold no covering free hand. */
    public static List<BodyId> referrals(Federation state, BodyId council, ProposalId item, String competence, Iterable<BodyId> bodies) {
        List<BodyId> out = new ArrayList<>();
        for (BodyId body : bodies) {
            boolean covered = false;
            for (GivenMandate m : state.sessions().freeHands(council, body)) {
                covered |= m.instruction() instanceof Instruction.FreeHand h && h.covers(item, competence);
            }
            if (!covered) {
                out.add(body);
            }
        }
        return out;
    }
}
