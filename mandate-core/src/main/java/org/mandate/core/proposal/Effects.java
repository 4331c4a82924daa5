package org.mandate.core.proposal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mandate.core.Event;
import org.mandate.core.Federation;
import org.mandate.core.MemberId;
import org.mandate.core.body.Body;
import org.mandate.core.body.BodyEvent.*;
import org.mandate.core.charter.Charter;
import org.mandate.core.council.CouncilEvent.DelegatesElected;
import org.mandate.core.council.CouncilEvent.MandateGiven;
import org.mandate.core.council.CouncilEvent.SeatFilled;
import org.mandate.core.council.Instruction;
import org.mandate.core.office.OfficeEvent.OfficeFilled;
import org.mandate.core.petition.PetitionRules;
import org.mandate.core.petition.Recalls;
import org.mandate.core.proposal.Motion.*;
import org.mandate.core.proposal.ProposalEvent.BodyVoteCast;
import org.mandate.core.proposal.ProposalEvent.DecisionAnnulled;
import org.mandate.core.vote.Result;

/** The events an adopted motion brings about. Its checks have already passed at the close. */
final class Effects {
    private Effects() {}

    static List<Event> of(Federation state, Body body, Proposal p, Result result, Instant now) {
        List<MemberId> winners = result.winners().stream().map(MemberId::new).toList();
        return switch (p.motion()) {
            case Resolution r -> List.of();
            case Choice c -> List.of();
            case Election e -> List.of();
            case AdmitMember a -> List.of(new MemberAdmitted(now, body.id(), a.member(), p.id()));
            case ExpelMember x -> org.mandate.core.body.BodyRules.leaving(state, body, new MemberExpelled(now, body.id(), x.member(), p.id()),
                    p.id().value());
            case AmendCharter a -> List.of(new CharterAmended(now, body.id(), a.charter(), p.id()));
            case FoundCouncil f -> List.of(new CouncilFounded(now, f.council(), f.name(), f.axis(),
                    f.charter() == null ? Charter.defaultCouncil() : f.charter(), body.id(), f.cofounders(), p.id()));
            case JoinAsFounder j -> List.of(new FounderBodyJoined(now, j.council(), body.id(), p.id()));
            case ApplyToCouncil a -> {
                Body council = state.body(a.council());
                List<Event> events = new ArrayList<>();
                events.add(new CouncilApplicationFiled(now, council.id(), body.id(), p.id(), a.admissionVote()));
                events.addAll(ProposalRules.openedBy(state, a.admissionVote(), council, p.proposer(), new AdmitBody(body.id()),
                        "Admit " + body.name(), now));
                yield events;
            }
            case AdmitBody a -> List.of(new BodyAdmitted(now, body.id(), a.body(), p.id()));
            case Secede s -> List.of(new BodySeceded(now, s.council(), body.id(), p.id()));
            case EndAffiliation e -> List.of(new AffiliationEnded(now, body.id(), e.body(), p.id()));
            case GrantCompetence g -> List.of(new CompetenceGranted(now, body.id(), g.competence(), g.description(), p.id()));
            case RevokeCompetence r -> List.of(new CompetenceRevoked(now, body.id(), r.competence(), p.id()));
            case Annul a -> List.of(new DecisionAnnulled(now, a.decision(), p.id()));
            case CastBodyVote v -> state.proposal(v.proposal()).roll() instanceof Roll.Seats
                    ? List.of(new MandateGiven(now, state.proposal(v.proposal()).body(), v.proposal(), body.id(),
                            new Instruction.Fixed(v.ballot()), false, p.id()))
                    : List.of(new BodyVoteCast(now, v.proposal(), body.id(), v.ballot(), p.id()));
            case ElectDelegates d -> {
                int seats = MotionChecks.seatsFor(state, body, d.council());
                int filled = Math.min(seats, winners.size());
                yield List.of(new DelegatesElected(now, d.council(), body.id(), seats, winners.subList(0, filled),
                        winners.subList(filled, Math.min(winners.size(), filled + d.alternates())),
                        now.plus(body.charter().delegation().term()), p.id()));
            }
            case FillSeat f -> winners.isEmpty() ? List.of()
                    : List.of(new SeatFilled(now, f.council(), body.id(), f.seat(), winners.get(0), p.id()));
            case ElectOffice o -> List.of(new OfficeFilled(now, body.id(), o.office(), winners, o.permissions(),
                    now.plus(body.charter().delegation().term()), p.id()));
            case GiveMandate g -> List.of(new MandateGiven(now, g.council(), g.item(), body.id(), g.instruction(),
                    g.survivesAmendment(), p.id()));
            case DecideItem d -> {
                Proposal item = state.proposal(d.item());
                Instruction instruction = d.split() ? new Instruction.Split(p.id()) : new Instruction.Fixed(ItemBallots.of(item, result, p.id()));
                yield List.of(new MandateGiven(now, item.body(), item.id(), body.id(), instruction, false, p.id()));
            }
            case SignPetitionAsBody s -> PetitionRules.bodySigned(state, s.petition(), body.id(), p.id(), p.proposer(), now);
            case Recall r -> Recalls.effects(state, body.id(), r.member(), r.council(), r.office(), null, p.id(), p.proposer(), now);
            case CallReferendum c -> ProposalRules.openedBy(state, c.referendum(), body, p.proposer(), new Referendum(p.id().value()),
                    c.question(), c.text() == null ? "" : c.text(), now);
            case Referendum r -> List.of();
            case AdoptMutualCredit a -> org.mandate.core.credit.CreditMotions.effects(body, p.id(), a, now);
            case SetCreditLimit l -> org.mandate.core.credit.CreditMotions.effects(body, p.id(), l, now);
            case AdoptLimitRule l -> org.mandate.core.credit.CreditMotions.effects(body, p.id(), l, now);
            case ScheduleClearing c -> org.mandate.core.credit.CreditMotions.effects(body, p.id(), c, now);
            case OpenPlanPeriod o -> org.mandate.core.plan.PlanMotions.effects(state, body, p.id(), o, now);
            case ProposePlanQuantities q -> org.mandate.core.plan.PlanMotions.effects(state, body, p.id(), q, now);
            case RatifyPlanProposal r -> org.mandate.core.plan.PlanMotions.effects(state, body, p.id(), r, now);
            case AdoptPlan a -> org.mandate.core.plan.PlanMotions.effects(state, body, p.id(), a, now);
        };
    }

    /** A rejected admission vote refuses the application it decided. */
    static List<Event> ofRejection(Body body, Proposal p, Instant now) {
        if (p.motion() instanceof AdmitMember a && !body.hasMember(a.member())) {
            return List.of(new ApplicationRefused(now, body.id(), a.member(), p.id()));
        }
        return List.of();
    }
}
