package org.mandate.core.proposal;

import java.util.HashMap;
import java.util.Map;
import org.mandate.core.BodyId;
import org.mandate.core.Federation;
import org.mandate.core.MandateException;
import org.mandate.core.body.Body;
import org.mandate.core.charter.DecisionKind;
import org.mandate.core.charter.Weighting;
import org.mandate.core.clock.Due;
import org.mandate.core.proposal.ProposalEvent.*;
import org.mandate.core.vote.Ballot;

/** Folds proposal events into the state. */
public final class ProposalEvolution {
    private ProposalEvolution() {}

    public static void evolve(Federation state, ProposalEvent event) {
        if (event instanceof ProposalSubmitted e) {
            state.add(new Proposal(e.proposal(), e.body(), e.proposer(), e.motion(), e.title(), e.text(), e.options(), e.competence()));
            return;
        }
        Proposal p = state.proposal(event.proposal());
        if (p == null) {
            throw new MandateException("event for unknown proposal " + event.proposal() + ": the log is not consistent");
        }
        switch (event) {
            case ProposalSubmitted e -> throw new IllegalStateException("handled above");
            case ProposalPublished e -> {
                p.publish(e.rule(), e.at(), e.votingOpensAt(), e.closesAt(), frozenRoll(state, p));
                state.schedule().add(new Due(e.votingOpensAt(), Due.What.OPEN_VOTING, p.id().value()));
            }
            case AmendmentProposed e -> p.add(new Amendment(e.amendment(), e.author(), e.text()));
            case AmendmentAccepted e -> {
                Amendment a = p.amendment(e.amendment());
                a.settle(Amendment.Status.ACCEPTED);
                p.text(a.text());
                p.clearBallots(e.voidedBodyVotes());
            }
            case AmendmentSupported e -> p.amendment(e.amendment()).record(e.member(), e.support());
            case AmendmentSettled e -> {
                Amendment a = p.amendment(e.amendment());
                a.settle(e.adopted() ? Amendment.Status.ADOPTED : Amendment.Status.REJECTED);
                if (e.adopted()) {
                    p.text(a.text());
                    p.clearBallots(e.voidedBodyVotes());
                }
            }
            case CommentPosted e -> p.add(new Comment(e.comment(), e.author(), e.at(), e.text(), e.replyTo()));
            case ExpulsionReplied e -> p.reply(e.text());
            case ProposalWithdrawn e -> {
                if (p.votingOpensAt() != null) {
                    state.schedule().remove(new Due(p.votingOpensAt(), Due.What.OPEN_VOTING, p.id().value()));
                }
                p.withdraw(e.at());
            }
            case VotingOpened e -> {
                state.schedule().remove(new Due(p.votingOpensAt(), Due.What.OPEN_VOTING, p.id().value()));
                state.schedule().add(new Due(p.closesAt(), Due.What.CLOSE_VOTING, p.id().value()));
                p.openVoting();
            }
            case VoteCast e -> p.ballot(e.voter().value(), e.ballot());
            case SealedVoteCast e -> p.ballot(e.voter().value(), e.sealed() == null ? null : e.sealed().ballot());
            case BodyVoteCast e -> p.ballot(e.body().value(), e.ballot());
            case ObjectionWithdrawn e -> p.ballot(e.member().value(), new Ballot.Consent(false, null));
            case BallotsUnsealed e -> p.unseal(e.ballots());
            case ProposalClosed e -> {
                state.schedule().remove(new Due(p.closesAt(), Due.What.CLOSE_VOTING, p.id().value()));
                p.close(e.at(), e.result());
            }
            case EffectLapsed e -> { }
            case DecisionAnnulled e -> p.annulledBy(e.annulment());
        }
    }

    /**
     * The roll as of the freeze date, which is this very event: the record is exact at this point, so
     * the roll is rebuilt from it rather than copied into the event. An assembly's members weigh one each;
     * a council's member bodies weigh as its charter says. A body whose affiliation is being ended does
     * not vote on it.
     */
    private static Map<String, Long> frozenRoll(Federation state, Proposal p) {
        Body body = state.body(p.body());
        Map<String, Long> roll = new HashMap<>();
        if (body.isAssembly()) {
            body.members().keySet().forEach(m -> roll.put(m.value(), 1L));
            return roll;
        }
        boolean byMembership = body.charter().weighting() == Weighting.BY_MEMBERSHIP;
        for (BodyId member : body.memberBodies().keySet()) {
            if (p.motion().kind() == DecisionKind.END_AFFILIATION && p.motion() instanceof Motion.EndAffiliation e
                    && e.body().equals(member)) {
                continue;
            }
            roll.put(member.value(), byMembership ? (long) state.peopleBeneath(member).size() : 1L);
        }
        return roll;
    }
}
