package org.mandate.core.proposal;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.mandate.core.BodyId;
import org.mandate.core.Federation;
import org.mandate.core.Ids;
import org.mandate.core.MemberId;
import org.mandate.core.ProposalId;
import org.mandate.core.body.Body;
import org.mandate.core.charter.DecisionKind;
import org.mandate.core.proposal.Motion.*;
import org.mandate.core.rule.Rejection;
import org.mandate.core.vote.BallotCheck;

/**
 * Whether a motion may be put to a body now. The same checks run again when an adopted motion takes
 * effect, because the federation may have changed during the vote.
 */
final class MotionChecks {
    private MotionChecks() {}

    /** Checks at submission: the motion's own sense plus the options and competence of the proposal. */
    static Rejection atSubmission(Federation state, Body body, ProposalId id, Motion motion, List<String> options,
            String competence, Instant now) {
        if (motion instanceof AdmitMember || motion instanceof AdmitBody) {
            return new Rejection.InvalidProposal("an admission vote is opened by the application itself, not submitted");
        }
        DecisionKind kind = motion.kind();
        if (needsCompetence(body, motion) && (competence == null || !body.competences().containsKey(competence))) {
            return new Rejection.OutsideCompetence(body.id(), competence);
        }
        boolean choosing = kind == DecisionKind.CHOICE || kind == DecisionKind.ELECTION;
        if (choosing) {
            if (options.size() < 2 && !(motion instanceof Election e && options.size() >= e.seats())) {
                return new Rejection.InvalidProposal("a choice needs at least two options");
            }
            if (new HashSet<>(options).size() != options.size() || !options.stream().allMatch(Ids::valid)) {
                return new Rejection.InvalidProposal("options must be distinct ids (letters, digits, '.', '_', ':' or '-')");
            }
        } else if (!options.isEmpty()) {
            return new Rejection.InvalidProposal("only a choice or an election has options");
        }
        if (motion instanceof Election e) {
            if (e.seats() < 1 || e.office() == null || e.office().isBlank()) {
                return new Rejection.InvalidProposal("an election names its office and at least one seat");
            }
            if (options.size() < e.seats()) {
                return new Rejection.InvalidProposal("an election needs at least as many candidates as seats");
            }
            for (String candidate : options) {
                if (!Eligibility.takesPart(state, body, new MemberId(candidate))) {
                    return new Rejection.InvalidProposal("candidate " + candidate + " is not a member of " + body.id());
                }
            }
        }
        return whileStanding(state, body, id, motion, now);
    }

    /** Checks that must still hold when an adopted motion takes effect. Null when it can apply. */
    static Rejection whileStanding(Federation state, Body body, ProposalId id, Motion motion, Instant now) {
        Proposal standing = state.proposal(id);
        if (standing != null && needsCompetence(body, motion) && !body.competences().containsKey(standing.competence())) {
            // the member bodies may have revoked the competence since the proposal was submitted
            return new Rejection.OutsideCompetence(body.id(), standing.competence());
        }
        return switch (motion) {
            case Resolution r -> null;
            case Choice c -> null;
            case Election e -> null;
            case AdmitMember a -> body.hasMember(a.member()) ? new Rejection.AlreadyMember(a.member(), body.id())
                    : state.member(a.member()) == null ? new Rejection.NotRegistered(a.member()) : null;
            case ExpelMember x -> !body.isAssembly() ? new Rejection.NotAnAssembly(body.id(), "expel a member")
                    : !body.hasMember(x.member()) ? new Rejection.NotAMember(x.member(), body.id()) : null;
            case AmendCharter a -> a.charter() == null ? new Rejection.InvalidCharter("no charter was given")
                    : a.charter().problem() == null ? null : new Rejection.InvalidCharter(a.charter().problem());
            case FoundCouncil f -> foundCouncil(state, body, f);
            case JoinAsFounder j -> {
                Body council = state.body(j.council());
                if (council == null) {
                    yield new Rejection.UnknownBody(j.council());
                }
                if (!council.pendingFounderBodies().contains(body.id())) {
                    yield new Rejection.NotAFounderBody(body.id(), j.council());
                }
                yield joinable(state, body.id(), council);
            }
            case ApplyToCouncil a -> {
                Body council = state.body(a.council());
                if (council == null) {
                    yield new Rejection.UnknownBody(a.council());
                }
                if (a.admissionVote() == null || state.proposal(a.admissionVote()) != null || a.admissionVote().equals(id)) {
                    yield new Rejection.IdInUse("proposal", String.valueOf(a.admissionVote()));
                }
                yield joinable(state, body.id(), council);
            }
            case AdmitBody a -> {
                Body member = state.body(a.body());
                yield member == null ? new Rejection.UnknownBody(a.body()) : joinable(state, a.body(), body);
            }
            case Secede s -> body.councils().containsKey(s.council()) ? null : new Rejection.NotAffiliated(body.id(), s.council());
            case EndAffiliation e -> !body.isCouncil() ? new Rejection.NotACouncil(body.id())
                    : body.memberBodies().containsKey(e.body()) ? null : new Rejection.NotAffiliated(e.body(), body.id());
            case GrantCompetence g -> !body.isCouncil() ? new Rejection.NotACouncil(body.id())
                    : !Ids.valid(g.competence()) ? new Rejection.InvalidProposal("a competence is named by an id (letters, digits, '.', '_', ':' or '-')")
                    : body.competences().containsKey(g.competence()) ? new Rejection.CompetenceAlreadyGranted(body.id(), g.competence())
                    : null;
            case RevokeCompetence r -> !body.isCouncil() ? new Rejection.NotACouncil(body.id())
                    : body.competences().containsKey(r.competence()) ? null : new Rejection.OutsideCompetence(body.id(), r.competence());
            case Annul a -> annullable(state, body, a.decision(), now);
            case CastBodyVote v -> bodyVote(state, body, v, now);
        };
    }

    /** A council's own business (not a vote it casts as a member body) must rely on a granted competence. */
    private static boolean needsCompetence(Body body, Motion motion) {
        DecisionKind kind = motion.kind();
        return body.isCouncil() && (kind == DecisionKind.ORDINARY || kind == DecisionKind.CHOICE || kind == DecisionKind.ELECTION)
                && !(motion instanceof CastBodyVote);
    }

    private static Rejection foundCouncil(Federation state, Body body, FoundCouncil f) {
        if (f.council() == null || state.body(f.council()) != null) {
            return new Rejection.IdInUse("body", String.valueOf(f.council()));
        }
        if (f.name() == null || f.name().isBlank() || f.axis() == null || f.axis().isBlank()) {
            return new Rejection.InvalidProposal("a new council needs a name and an axis (for example territory or trade)");
        }
        if (f.charter() != null && f.charter().problem() != null) {
            return new Rejection.InvalidCharter(f.charter().problem());
        }
        for (BodyId cofounder : f.cofounders()) {
            if (state.body(cofounder) == null) {
                return new Rejection.UnknownBody(cofounder);
            }
            if (cofounder.equals(body.id())) {
                return new Rejection.InvalidProposal("the founding body is a member already and cannot also be a co-founder");
            }
        }
        return new HashSet<>(f.cofounders()).size() == f.cofounders().size() ? null
                : new Rejection.InvalidProposal("a co-founder is named twice");
    }

    private static Rejection joinable(Federation state, BodyId member, Body council) {
        if (!council.isCouncil()) {
            return new Rejection.NotACouncil(council.id());
        }
        if (council.memberBodies().containsKey(member)) {
            return new Rejection.AlreadyAffiliated(member, council.id());
        }
        if (state.reachesUpward(council.id(), member)) {
            return new Rejection.WouldCreateCycle(member, council.id());
        }
        return null;
    }

    private static Rejection annullable(Federation state, Body council, ProposalId target, Instant now) {
        if (!council.isCouncil()) {
            return new Rejection.NotACouncil(council.id());
        }
        Proposal p = state.proposal(target);
        if (p == null) {
            return new Rejection.UnknownProposal(target);
        }
        if (!p.body().equals(council.id())) {
            return new Rejection.NotAnnullable(target, "it is not a decision of " + council.id());
        }
        DecisionKind kind = p.motion().kind();
        if (!(kind == DecisionKind.ORDINARY || kind == DecisionKind.CHOICE || kind == DecisionKind.ELECTION)
                || p.motion() instanceof CastBodyVote) {
            return new Rejection.NotAnnullable(target, "only the council's ordinary business, choices and elections can be annulled");
        }
        if (!p.adopted()) {
            return new Rejection.NotAnnullable(target, p.annulledBy() != null ? "it is annulled already" : "it was not adopted");
        }
        Instant deadline = p.closedAt().plus(council.charter().annulmentWindow());
        if (now.isAfter(deadline)) {
            return new Rejection.NotAnnullable(target, "the window for annulling it closed at " + deadline);
        }
        return null;
    }

    private static Rejection bodyVote(Federation state, Body body, CastBodyVote v, Instant now) {
        Proposal question = state.proposal(v.proposal());
        if (question == null) {
            return new Rejection.UnknownProposal(v.proposal());
        }
        if (question.phase() != Phase.DELIBERATION && question.phase() != Phase.VOTING) {
            return new Rejection.WrongPhase(v.proposal(), question.phase().words(), "in deliberation or open for voting");
        }
        if (!now.isBefore(question.closesAt())) {
            // as for a person's vote: the window is closed from its closing instant, whatever the tick processes first
            return new Rejection.WindowClosed(v.proposal(), question.closesAt());
        }
        if (!question.onRoll(body.id().value())) {
            return new Rejection.BodyNotOnRoll(body.id(), v.proposal());
        }
        if (question.hasVoted(body.id().value())) {
            return new Rejection.AlreadyVoted(body.id().value(), v.proposal());
        }
        String problem = BallotCheck.problem(question.rule(), question.options(), v.ballot());
        return problem == null ? null : new Rejection.BallotDoesNotFit(v.proposal(), problem);
    }
}
