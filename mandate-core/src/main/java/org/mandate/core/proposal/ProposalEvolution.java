package org.mandate.core.proposal;

import java.util.HashMap;
import java.util.Map;
import org.mandate.core.BodyId;
import org.mandate.core.Federation;
import org.mandate.core.MandateException;
import org.mandate.core.body.Body;
import org.mandate.core.charter.Weighting;
import org.mandate.core.clock.Due;
import org.mandate.core.proposal.ProposalEvent.*;
import org.mandate.core.vote.Ballot;

/** Folds proposal events into the state. */
public final class ProposalEvolution {
    /**
     * Stands for a secret ballot read back from the public log alone, which never holds its content:
     * the voter took part, and the content arrives with the unsealing at the close.
     */
    static final Ballot SEALED_ELSEWHERE = new Ballot.Consent(false, "sealed");

    private ProposalEvolution() {}

    public static void evolve(Federation state, ProposalEvent event) {
        if (event instanceof ProposalSubmitted e) {
            state.add(new Proposal(e.proposal(), e.body(), e.proposer(), e.motion(), e.title(), e.text(), e.options(), e.competence(), e.at()));
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
            case CandidateStood e -> p.addOption(e.member().value());
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
            case VoteCast e -> p.ballot(voterKey(state, e.voter()), shared(e.ballot()));
            case SealedVoteCast e -> p.ballot(voterKey(state, e.voter()), e.sealed() == null ? SEALED_ELSEWHERE : shared(e.sealed().ballot()));
            case BodyVoteCast e -> p.ballot(e.body().value(), e.ballot());
            case ObjectionWithdrawn e -> p.ballot(e.member().value(), new Ballot.Consent(false, null));
            case BallotsUnsealed e -> p.unseal(e.ballots());
            case ProposalClosed e -> {
                state.schedule().remove(new Due(p.closesAt(), Due.What.CLOSE_VOTING, p.id().value()));
                if (p.roll() instanceof Roll.People) {
                    // before the ballots are frozen: looking a million voters up is quicker in the open map
                    p.breakdown(Referendums.breakdown(state, p));
                }
                p.close(e.at(), e.result());
            }
            case EffectLapsed e -> { }
            case DecisionAnnulled e -> p.annulledBy(e.annulment());
        }
    }

    /**
     * The roll as of the freeze date, which is this very event. An assembly's roll is its membership
     * just before this event, read later from the membership history; a council's is its member bodies
     * now, weighted as its charter says. A body whose affiliation is being ended does not vote on it.
     */
    private static Roll frozenRoll(Federation state, Proposal p) {
        Body body = state.body(p.body());
        if (p.motion() instanceof Motion.Referendum) {
            java.util.Set<String> people = new java.util.HashSet<>();
            for (org.mandate.core.MemberId m : state.peopleBeneath(body.id())) {
                people.add(m.value());
            }
            return new Roll.People(people, state.eventCount());
        }
        if (org.mandate.core.council.Seating.byDelegates(body, p.motion().kind())) {
            Map<String, Long> seats = new java.util.LinkedHashMap<>();
            long total = 0;
            for (var e : org.mandate.core.council.Seating.apportion(state, body).seats().entrySet()) {
                if (e.getValue() > 0) {
                    seats.put(e.getKey().value(), (long) e.getValue());
                    total += e.getValue();
                }
            }
            return new Roll.Seats(seats, total);
        }
        if (body.isAssembly()) {
            return new Roll.Members(body, state.eventCount(), body.members().size());
        }
        boolean byMembership = body.charter().weighting() == Weighting.BY_MEMBERSHIP;
        Map<String, Long> weights = new HashMap<>();
        long total = 0;
        for (BodyId member : body.memberBodies().keySet()) {
            if (p.motion() instanceof Motion.EndAffiliation e && e.body().equals(member)) {
                continue;
            }
            long weight = byMembership ? state.peopleBeneath(member).size() : 1L;
            weights.put(member.value(), weight);
            total += weight;
        }
        return new Roll.Bodies(weights, total);
    }

    /** Ballots repeat: all "yes" ballots can be one object, which matters when a federation keeps every vote. */
    private static Ballot shared(Ballot ballot) {
        return ballot instanceof Ballot.YesNo y ? YES_NO[y.choice().ordinal()] : ballot;
    }

    private static final Ballot[] YES_NO = java.util.Arrays.stream(Ballot.Choice.values()).map(Ballot.YesNo::new).toArray(Ballot[]::new);

    /** The voter's id as the state already holds it, so a million ballots do not hold a million copies of the same ids. */
    private static String voterKey(Federation state, org.mandate.core.MemberId voter) {
        org.mandate.core.member.Member m = state.member(voter);
        return m != null ? m.id().value() : voter.value();
    }
}
