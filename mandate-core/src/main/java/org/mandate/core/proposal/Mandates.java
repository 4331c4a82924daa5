package org.mandate.core.proposal;

import org.mandate.core.Federation;
import org.mandate.core.body.Body;
import org.mandate.core.charter.Method;
import org.mandate.core.council.Instruction;
import org.mandate.core.proposal.Motion.DecideItem;
import org.mandate.core.proposal.Motion.GiveMandate;
import org.mandate.core.rule.Rejection;
import org.mandate.core.vote.BallotCheck;

/** Whether a body may mandate its delegates on an item, or decide the item itself: checks shared by submission and effect. */
final class Mandates {
    private Mandates() {}

    static Rejection problem(Federation state, Body body, GiveMandate g) {
        Body council = state.body(g.council());
        if (council == null) {
            return new Rejection.UnknownBody(g.council());
        }
        if (!council.isCouncil() || !council.memberBodies().containsKey(body.id())) {
            return new Rejection.NotAffiliated(body.id(), g.council());
        }
        if (g.instruction() == null) {
            return new Rejection.InvalidProposal("a mandate states its instruction");
        }
        if (g.item() == null) {
            return g.instruction() instanceof Instruction.FreeHand h && !(h.items().isEmpty() && h.competences().isEmpty()) ? null
                    : new Rejection.InvalidProposal("a mandate given without an item must be a free hand naming the items or competences it covers");
        }
        Rejection r = openItem(state, body, g.item());
        if (r != null) {
            return r;
        }
        Proposal item = state.proposal(g.item());
        if (!item.body().equals(g.council())) {
            return new Rejection.InvalidProposal("item " + g.item() + " is not on the agenda of " + g.council());
        }
        return switch (g.instruction()) {
            case Instruction.Fixed f -> {
                String problem = BallotCheck.problem(item.rule(), item.options(), f.ballot());
                yield problem == null ? null : new Rejection.BallotDoesNotFit(item.id(), problem);
            }
            case Instruction.Split s -> {
                Proposal decision = state.proposal(s.decision());
                yield decision != null && decision.body().equals(body.id()) && decision.motion() instanceof DecideItem d
                        && d.item().equals(g.item()) && decision.result() != null ? null
                        : new Rejection.InvalidProposal("a split instruction names this body's own closed vote on the same item");
            }
            case Instruction.FreeHand h -> h.items().isEmpty() && h.competences().isEmpty()
                    ? new Rejection.InvalidProposal("a free hand names the items or competences it covers") : null;
        };
    }

    static Rejection problem(Federation state, Body body, DecideItem d) {
        Rejection r = openItem(state, body, d.item());
        if (r != null) {
            return r;
        }
        Proposal item = state.proposal(d.item());
        if (!d.split() && item.rule().method() == Method.SCORE) {
            return new Rejection.InvalidProposal("a body's own score vote is passed on as a split instruction");
        }
        return null;
    }

    /** The item exists, is voted by delegates, is not yet closed, and the body is among those whose seats vote on it. */
    private static Rejection openItem(Federation state, Body body, org.mandate.core.ProposalId id) {
        Proposal item = state.proposal(id);
        if (item == null) {
            return new Rejection.UnknownProposal(id);
        }
        if (!(item.roll() instanceof Roll.Seats)) {
            return new Rejection.NotVotedByDelegates(id);
        }
        if (item.phase() != Phase.DELIBERATION && item.phase() != Phase.VOTING) {
            return new Rejection.WrongPhase(id, item.phase().words(), "in deliberation or open for voting");
        }
        if (!item.onRoll(body.id().value())) {
            return new Rejection.BodyNotOnRoll(body.id(), id);
        }
        // the votes already cast were checked against the mandate in force: it cannot change under them
        return seatsVoted(state, body, id) ? new Rejection.AlreadyVoted(body.id().value() + " (by its delegates)", id) : null;
    }

    /** Whether any delegate of the body has cast a vote on the item that still counts. */
    static boolean seatsVoted(Federation state, Body body, org.mandate.core.ProposalId item) {
        org.mandate.core.council.ItemBook book = state.sessions().item(item);
        return book != null && book.votes().values().stream().anyMatch(v -> v.body().equals(body.id()));
    }
}
