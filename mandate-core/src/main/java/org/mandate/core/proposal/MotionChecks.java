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
        if (motion instanceof AdmitMember || motion instanceof AdmitBody || motion instanceof Referendum) {
            return new Rejection.InvalidProposal("this vote is opened by the application, petition or decision that calls it, not submitted");
        }
        if (motion instanceof Recall && !(body.isCouncil() && state.sessions().sitting(body.id()) != null)) {
            return new Rejection.InvalidProposal("a recall vote is opened by a recall petition; a council may recall its office-holders "
                    + "directly only while an extraordinary congress sits");
        }
        DecisionKind kind = motion.kind();
        if (needsCompetence(body, motion) && (competence == null || !body.competences().containsKey(competence))) {
            return new Rejection.OutsideCompetence(body.id(), competence);
        }
        if (new HashSet<>(options).size() != options.size() || !options.stream().allMatch(Ids::valid)) {
            return new Rejection.InvalidProposal("options must be distinct ids (letters, digits, '.', '_', ':' or '-')");
        }
        if (motion instanceof DecideItem) {
            // its options are the item's, copied when it is submitted
        } else if (kind == DecisionKind.CHOICE) {
            if (options.size() < 2) {
                return new Rejection.InvalidProposal("a choice needs at least two options");
            }
        } else if (kind == DecisionKind.ELECTION) {
            for (String candidate : options) {
                Rejection r = Candidates.problem(state, body, motion, new MemberId(candidate));
                if (r != null) {
                    return r;
                }
            }
        } else if (!options.isEmpty()) {
            return new Rejection.InvalidProposal("only a choice or an election has options");
        }
        if (motion instanceof Election e && (e.seats() < 1 || e.office() == null || e.office().isBlank())) {
            return new Rejection.InvalidProposal("an election names its office and at least one seat");
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
            case ElectDelegates d -> seatsFor(state, body, d.council()) < 1 ? new Rejection.NoSeats(body.id(), d.council())
                    : d.alternates() < 0 ? new Rejection.InvalidProposal("the number of alternates cannot be negative") : null;
            case FillSeat f -> {
                org.mandate.core.council.Delegation d = state.sessions().delegation(f.council(), body.id());
                yield d == null || d.ended() || f.seat() < 0 || f.seat() >= d.seats().size() || d.seats().get(f.seat()) != null
                        ? new Rejection.InvalidProposal("seat " + f.seat() + " of " + body.id() + " in " + f.council() + " is not vacant in a running term")
                        : null;
            }
            case ElectOffice o -> !Ids.valid(o.office()) ? new Rejection.InvalidProposal("an office is named by an id")
                    : o.permissions().isEmpty() || new HashSet<>(o.permissions()).size() != o.permissions().size()
                            ? new Rejection.InvalidProposal("an office lists its permissions, each once")
                    : o.seats() < 1 ? new Rejection.InvalidProposal("an office has at least one holder") : null;
            case GiveMandate g -> Mandates.problem(state, body, g);
            case DecideItem d -> Mandates.problem(state, body, d);
            case SignPetitionAsBody s -> org.mandate.core.petition.PetitionRules.bodyMaySign(state, s.petition(), body.id());
            case Recall r -> org.mandate.core.petition.Recalls.holding(state, body.id(), r.member(), r.council(), r.office());
            case CallReferendum c -> !body.isCouncil() ? new Rejection.NotACouncil(body.id())
                    : c.referendum() == null || state.proposal(c.referendum()) != null || c.referendum().equals(id)
                            ? new Rejection.IdInUse("proposal", String.valueOf(c.referendum()))
                    : c.question() == null || c.question().isBlank() ? new Rejection.InvalidProposal("a referendum states its question") : null;
            case Referendum r -> body.isCouncil() ? null : new Rejection.NotACouncil(body.id());
            case AdoptMutualCredit a -> org.mandate.core.credit.CreditMotions.problem(state, body, a);
            case SetCreditLimit l -> org.mandate.core.credit.CreditMotions.problem(state, body, l);
            case AdoptLimitRule l -> org.mandate.core.credit.CreditMotions.problem(state, body, l);
            case ScheduleClearing c -> org.mandate.core.credit.CreditMotions.problem(state, body, c);
            case OpenPlanPeriod o -> org.mandate.core.plan.PlanMotions.problem(state, body, o, now);
            case ProposePlanQuantities q -> org.mandate.core.plan.PlanMotions.problem(state, body, q, now);
            case RatifyPlanProposal r -> org.mandate.core.plan.PlanMotions.problem(state, body, r, now);
            case AdoptPlan a -> org.mandate.core.plan.PlanMotions.problem(state, body, a, now);
        };
    }

    /** The seats a member body holds in a council now, apportioned from the record; 0 if it is not a member. */
    static int seatsFor(Federation state, Body body, BodyId councilId) {
        Body council = state.body(councilId);
        if (council == null || !council.isCouncil() || !council.memberBodies().containsKey(body.id())) {
            return 0;
        }
        return org.mandate.core.council.Seating.apportion(state, council).seats().getOrDefault(body.id(), 0);
    }

    /**
     * A council's own business must rely on a granted competence; what a council does as a member of a
     * higher council (its vote, its mandate, its signature) and its referendums are not its own business.
     */
    static boolean needsCompetence(Body body, Motion motion) {
        DecisionKind kind = motion.kind();
        return body.isCouncil() && (kind == DecisionKind.ORDINARY || kind == DecisionKind.CHOICE || kind == DecisionKind.ELECTION)
                && !(motion instanceof CastBodyVote || motion instanceof GiveMandate || motion instanceof DecideItem
                        || motion instanceof SignPetitionAsBody || motion instanceof CallReferendum || motion instanceof ElectDelegates
                        || motion instanceof FillSeat || motion instanceof ElectOffice);
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
        if (question.hasVoted(body.id().value()) || question.roll() instanceof Roll.Seats && Mandates.seatsVoted(state, body, v.proposal())) {
            return new Rejection.AlreadyVoted(body.id().value(), v.proposal());
        }
        String problem = BallotCheck.problem(question.rule(), question.options(), v.ballot());
        return problem == null ? null : new Rejection.BallotDoesNotFit(v.proposal(), problem);
    }
}
