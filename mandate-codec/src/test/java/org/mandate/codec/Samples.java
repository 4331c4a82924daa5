package org.mandate.codec;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.mandate.core.BodyId;
import org.mandate.core.Command;
import org.mandate.core.Event;
import org.mandate.core.MemberId;
import org.mandate.core.ProposalId;
import org.mandate.core.body.BodyCommand;
import org.mandate.core.body.BodyEvent;
import org.mandate.core.charter.Charter;
import org.mandate.core.charter.DecisionKind;
import org.mandate.core.charter.CouncilRules;
import org.mandate.core.charter.DelegationRules;
import org.mandate.core.clock.Tick;
import org.mandate.core.council.CouncilCommand;
import org.mandate.core.council.CouncilEvent;
import org.mandate.core.council.Instruction;
import org.mandate.core.count.Apportionment;
import org.mandate.core.count.Fraction;
import org.mandate.core.credit.ClearingLine;
import org.mandate.core.credit.CreditCommand;
import org.mandate.core.credit.CreditEvent;
import org.mandate.core.plan.PlanCommand;
import org.mandate.core.plan.PlanEvent;
import org.mandate.core.plan.PlanTerms;
import org.mandate.core.office.OfficeCommand;
import org.mandate.core.office.OfficeEvent;
import org.mandate.core.office.Permission;
import org.mandate.core.petition.PetitionCommand;
import org.mandate.core.petition.PetitionEvent;
import org.mandate.core.petition.PetitionKind;
import org.mandate.core.count.Verdict;
import org.mandate.core.member.MemberCommand;
import org.mandate.core.member.MemberEvent;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.proposal.ProposalEvent;
import org.mandate.core.vote.Ballot;
import org.mandate.core.vote.Result;
import org.mandate.core.vote.Tally;

/** One hand-built instance of every command, event, motion, ballot, instruction and tally: the vocabulary, by example. */
final class Samples {
    private Samples() {}

    static final Instant AT = Instant.parse("2026-03-01T09:00:00Z");
    static final MemberId ANA = new MemberId("ana");
    static final MemberId BEN = new MemberId("ben");
    static final BodyId BAKERY = new BodyId("bakery");
    static final BodyId FOOD = new BodyId("food-federation");
    static final BodyId DAIRY = new BodyId("dairy");
    static final ProposalId NIGHT = new ProposalId("night-shift");
    static final ProposalId VOTE = new ProposalId("bakery-admit-ben");
    static final ProposalId WAGES = new ProposalId("food-wage-deal");
    static final ProposalId ON_WAGES = new ProposalId("bakery-on-wage-deal");

    static List<Instruction> instructions() {
        return List.of(
                new Instruction.Fixed(new Ballot.YesNo(Ballot.Choice.NO)),
                new Instruction.Split(ON_WAGES),
                new Instruction.FreeHand(List.of(WAGES), List.of("wages")));
    }

    /** A charter with every rule of delegations and councils away from its default. */
    static Charter federalCharter() {
        return Charter.defaultCouncil()
                .withDelegation(new DelegationRules(Duration.ofDays(180), 1, DelegationRules.BreachPolicy.RECORD_AND_FLAG, true,
                        Fraction.of(1, 5), true))
                .withCouncil(new CouncilRules(CouncilRules.VotingBy.DELEGATES, Apportionment.Rule.sainteLague(9, 1, 4),
                        CouncilRules.Referral.ABSENT, Fraction.of(1, 2), Fraction.of(1, 3), Fraction.of(1, 20),
                        CouncilRules.ReferendumWeighting.ONE_ASSEMBLY_ONE_VOTE));
    }

    static List<Motion> motions() {
        return List.of(
                new Motion.Resolution(),
                new Motion.Choice(),
                new Motion.Election("secretary", 2),
                new Motion.AdmitMember(BEN),
                new Motion.ExpelMember(BEN),
                new Motion.AmendCharter(Charter.defaultAssembly()),
                new Motion.FoundCouncil(FOOD, "Food workers' federation", "trade", null, List.of(new BodyId("dairy"))),
                new Motion.JoinAsFounder(FOOD),
                new Motion.ApplyToCouncil(FOOD, new ProposalId("food-admit-bakery")),
                new Motion.AdmitBody(BAKERY),
                new Motion.Secede(FOOD),
                new Motion.EndAffiliation(BAKERY),
                new Motion.GrantCompetence("wages", "Bargain over wages for the whole trade"),
                new Motion.RevokeCompetence("wages"),
                new Motion.Annul(new ProposalId("food-wage-deal")),
                new Motion.CastBodyVote(new ProposalId("food-wage-deal"), new Ballot.YesNo(Ballot.Choice.NO)),
                new Motion.ElectDelegates(FOOD, 2),
                new Motion.FillSeat(FOOD, 0),
                new Motion.ElectOffice("secretary", List.of(Permission.SCHEDULE_MEETING, Permission.PUBLISH_ANNOUNCEMENT), 1),
                new Motion.GiveMandate(FOOD, WAGES, new Instruction.Fixed(new Ballot.YesNo(Ballot.Choice.NO)), true),
                new Motion.DecideItem(WAGES, false),
                new Motion.SignPetitionAsBody("recall-ana"),
                new Motion.Recall(ANA, FOOD, null),
                new Motion.CallReferendum(new ProposalId("food-referendum-hours"), "A 32-hour week?", "Across the whole trade."),
                new Motion.Referendum("food-call-referendum"),
                new Motion.AdoptMutualCredit("hours of work"),
                new Motion.SetCreditLimit(BAKERY, 50_000),
                new Motion.AdoptLimitRule(250, 6, 10_000, 1_000_000),
                new Motion.ScheduleClearing("clearing-2026-06", AT.plus(Duration.ofDays(90)), true),
                new Motion.OpenPlanPeriod("plan-2027", java.time.LocalDate.of(2027, 1, 1), java.time.LocalDate.of(2027, 12, 31), GOODS, 10, 3,
                        AT.plus(Duration.ofDays(30))),
                new Motion.ProposePlanQuantities("plan-2027", List.of(new PlanTerms.Activity("rye-loaves", 40_000)), List.of()),
                new Motion.RatifyPlanProposal("plan-2027", 42),
                new Motion.AdoptPlan("plan-2027"));
    }

    static final List<PlanTerms.PlanGood> GOODS = List.of(new PlanTerms.PlanGood("rye", "t", "Rye"), new PlanTerms.PlanGood("bread", "t", "Bread"));
    static final List<PlanTerms.Technique> OVEN = List.of(new PlanTerms.Technique("rye-loaves", List.of(new PlanTerms.PerUnit("bread", 1_000_000)),
            List.of(new PlanTerms.PerUnit("rye", 700_000)), 12_500_000, 90_000));
    static final List<PlanTerms.Request> BREAD = List.of(new PlanTerms.Request("bread", 20_000,
            List.of(new PlanTerms.Step(50_000, 90_000_000), new PlanTerms.Step(30_000, 40_000_000))));
    static final PlanTerms.Quantities LOAVES = new PlanTerms.Quantities(BAKERY, List.of(new PlanTerms.Activity("rye-loaves", 40_000)), List.of());
    static final PlanTerms.RoundFigures ROUND = new PlanTerms.RoundFigures(42, List.of(BAKERY), 8_500, "rye", 1_250_000, 3_000, 1_260_000,
            List.of(31_250_000L, 80_000_000L), List.of(-8_500L, 2_000L));

    static List<Ballot> ballots() {
        return List.of(
                new Ballot.YesNo(Ballot.Choice.ABSTAIN),
                new Ballot.Consent(true, "The rota leaves nobody for Sundays."),
                new Ballot.Consensus(Ballot.Stance.STAND_ASIDE, "I will not work that shift, but go ahead."),
                new Ballot.Approval(List.of("rye", "spelt")),
                new Ballot.Scores(Map.of("rye", 5, "spelt", 0)),
                new Ballot.Ranking(List.of(List.of("rye"), List.of("spelt", "wheat"))));
    }

    static List<Tally> tallies() {
        return List.of(
                new Tally.YesNo(2, 1, 1, 5, 4),
                new Tally.Consent(3, 1, 5, 4),
                new Tally.Consensus(3, 1, 0, 5, 4),
                new Tally.Totals(List.of("rye", "spelt"), List.of(3L, 1L), 5, 4),
                new Tally.Schulze(List.of("rye", "spelt"), List.of(List.of(0L, 3L), List.of(1L, 0L)),
                        List.of(List.of(0L, 3L), List.of(1L, 0L)), 5, 4),
                new Tally.Stv(List.of("ana", "ben"), 1, List.of(new Tally.StvRound(List.of(3_000_000_000L, 1_000_000_000L),
                        List.of(1_000_000_000L, 1_000_000_000L), 2_000_000_001L, 999_999_999L, 0L, List.of("ana"), List.of())),
                        5, 4));
    }

    static List<Command> commands() {
        return List.of(
                new Tick(),
                new MemberCommand.RegisterMember(ANA),
                new BodyCommand.FoundAssembly(BAKERY, "Bakery workers' section", Charter.defaultAssembly(), List.of(BEN)),
                new BodyCommand.AcceptFounding(BAKERY),
                new BodyCommand.ApplyForAdmission(BAKERY, VOTE),
                new BodyCommand.SponsorApplicant(BAKERY, BEN),
                new BodyCommand.ObjectToApplicant(BAKERY, BEN, "Ben has never worked here."),
                new BodyCommand.LeaveBody(BAKERY),
                new ProposalCommand.SubmitProposal(NIGHT, BAKERY, "End the night shift", "No shift before 05:00.",
                        new Motion.Resolution(), List.of(), null),
                new ProposalCommand.PublishProposal(NIGHT, Duration.ofDays(5), Duration.ofHours(100)),
                new ProposalCommand.ProposeAmendment(NIGHT, "a1", "No shift before 06:00."),
                new ProposalCommand.AcceptAmendment(NIGHT, "a1"),
                new ProposalCommand.SupportAmendment(NIGHT, "a1", false),
                new ProposalCommand.PostComment(NIGHT, "c2", "Agreed.", "c1"),
                new ProposalCommand.ReplyToExpulsion(new ProposalId("expel-ben"), "I was ill, not absent."),
                new ProposalCommand.WithdrawProposal(NIGHT),
                new ProposalCommand.CastVote(NIGHT, new Ballot.YesNo(Ballot.Choice.YES)),
                new ProposalCommand.WithdrawObjection(NIGHT),
                new ProposalCommand.StandForElection(new ProposalId("bakery-elect-delegates")),
                new CouncilCommand.CastSeatVote(WAGES, BAKERY, new Ballot.YesNo(Ballot.Choice.NO)),
                new OfficeCommand.PublishAnnouncement(BAKERY, "ann-1", "The assembly meets on Thursday."),
                new OfficeCommand.ScheduleMeeting(BAKERY, "meet-1", AT.plus(Duration.ofDays(3)), "The canteen", "Wages; the rota"),
                new OfficeCommand.IssueResetCode(BAKERY, BEN),
                new PetitionCommand.OpenPetition("recall-ana", PetitionKind.RECALL, BAKERY, null, null, ANA, FOOD, null),
                new PetitionCommand.SignPetition("recall-ana"),
                new CreditCommand.MakePayment(FOOD, BAKERY, DAIRY, 12_500, "Butter for May", "inv-7"),
                new CreditCommand.RecordInvoice(FOOD, "inv-7", DAIRY, BAKERY, 12_500, "Butter for May"),
                new CreditCommand.AcceptInvoice("inv-7"),
                new CreditCommand.DisputeInvoice("inv-7", "Half of it was never delivered."),
                new CreditCommand.ApplyClearing(FOOD, "clearing-2026-06", List.of(new ClearingLine("inv-7", 10_000, 2_500))),
                new PlanCommand.StateTechniques("plan-2027", BAKERY, OVEN),
                new PlanCommand.StateRequests("plan-2027", DAIRY, BREAD),
                new PlanCommand.CallHumanRound("plan-2027", AT.plus(Duration.ofDays(7))),
                new PlanCommand.RecordPlanRounds("plan-2027", List.of(ROUND), PlanTerms.Ending.BLOCKED, List.of("rye"),
                        "Nobody produces rye.", List.of()),
                // balanced: no reason, which the codec leaves out when it writes and must accept so when it reads
                new PlanCommand.RecordPlanRounds("plan-2027", List.of(ROUND), PlanTerms.Ending.BALANCED, List.of(), null, List.of()));
    }

    static List<Event> events() {
        Charter charter = Charter.defaultAssembly();
        ProposalId deal = new ProposalId("food-wage-deal");
        return List.of(
                new MemberEvent.MemberRegistered(AT, ANA),
                new BodyEvent.AssemblyFounded(AT, BAKERY, "Bakery workers' section", charter, ANA, List.of(BEN)),
                new BodyEvent.FounderJoined(AT, BAKERY, BEN),
                new BodyEvent.AdmissionApplied(AT, BAKERY, BEN),
                new BodyEvent.ApplicantSponsored(AT, BAKERY, BEN, ANA, AT.plus(Duration.ofDays(7))),
                new BodyEvent.ApplicantObjected(AT, BAKERY, BEN, ANA, "Not a baker.", new ProposalId("bakery.admit.ben")),
                new BodyEvent.MemberAdmitted(AT, BAKERY, BEN, null),
                new BodyEvent.ApplicationRefused(AT, BAKERY, BEN, VOTE),
                new BodyEvent.MemberLeft(AT, BAKERY, BEN),
                new BodyEvent.MemberExpelled(AT, BAKERY, BEN, new ProposalId("expel-ben")),
                new BodyEvent.CharterAmended(AT, BAKERY, charter, new ProposalId("new-charter")),
                new BodyEvent.CouncilFounded(AT, FOOD, "Food workers' federation", "trade", Charter.defaultCouncil(), BAKERY,
                        List.of(new BodyId("dairy")), new ProposalId("found-food")),
                new BodyEvent.FounderBodyJoined(AT, FOOD, new BodyId("dairy"), new ProposalId("dairy-joins")),
                new BodyEvent.CouncilApplicationFiled(AT, FOOD, BAKERY, new ProposalId("bakery-applies"),
                        new ProposalId("food-admit-bakery")),
                new BodyEvent.BodyAdmitted(AT, FOOD, BAKERY, new ProposalId("food-admit-bakery")),
                new BodyEvent.BodySeceded(AT, FOOD, BAKERY, new ProposalId("bakery-leaves")),
                new BodyEvent.AffiliationEnded(AT, FOOD, BAKERY, new ProposalId("food-ends-bakery")),
                new BodyEvent.CompetenceGranted(AT, FOOD, "wages", "Bargain over wages", new ProposalId("grant-wages")),
                new BodyEvent.CompetenceRevoked(AT, FOOD, "wages", new ProposalId("revoke-wages")),
                new ProposalEvent.ProposalSubmitted(AT, NIGHT, BAKERY, ANA, "End the night shift", "No shift before 05:00.",
                        new Motion.Resolution(), List.of(), null),
                new ProposalEvent.ProposalPublished(AT, NIGHT, charter.rule(DecisionKind.ORDINARY), AT.plus(Duration.ofDays(3)),
                        AT.plus(Duration.ofDays(7))),
                new ProposalEvent.AmendmentProposed(AT, NIGHT, "a1", BEN, "No shift before 06:00."),
                new ProposalEvent.AmendmentAccepted(AT, NIGHT, "a1", List.of("dairy")),
                new ProposalEvent.AmendmentSupported(AT, NIGHT, "a1", BEN, true),
                new ProposalEvent.AmendmentSettled(AT, NIGHT, "a1", true, 3, 1, List.of()),
                new ProposalEvent.CommentPosted(AT, NIGHT, "c1", BEN, "Why 05:00?", null),
                new ProposalEvent.ExpulsionReplied(AT, new ProposalId("expel-ben"), BEN, "I was ill."),
                new ProposalEvent.ProposalWithdrawn(AT, NIGHT),
                new ProposalEvent.VotingOpened(AT, NIGHT),
                new ProposalEvent.VoteCast(AT, NIGHT, ANA, new Ballot.YesNo(Ballot.Choice.YES)),
                new ProposalEvent.SealedVoteCast(AT, new ProposalId("elect-secretary"), ANA,
                        new ProposalEvent.Sealed(new Ballot.Ranking(List.of(List.of("ben"), List.of("ana"))))),
                new ProposalEvent.BodyVoteCast(AT, deal, BAKERY, new Ballot.YesNo(Ballot.Choice.NO), new ProposalId("bakery-on-deal")),
                new ProposalEvent.ObjectionWithdrawn(AT, NIGHT, BEN),
                new ProposalEvent.BallotsUnsealed(AT, new ProposalId("elect-secretary"),
                        List.of(new Ballot.Ranking(List.of(List.of("ana"))), new Ballot.Ranking(List.of(List.of("ben"))))),
                new ProposalEvent.ProposalClosed(AT, NIGHT, new Result(Verdict.ADOPTED, List.of(), new Tally.YesNo(2, 0, 1, 3, 3))),
                new ProposalEvent.EffectLapsed(AT, VOTE, "ben had already left"),
                new ProposalEvent.DecisionAnnulled(AT, deal, new ProposalId("annul-deal")),
                new ProposalEvent.CandidateStood(AT, new ProposalId("bakery-elect-delegates"), ANA),
                new CouncilEvent.DelegatesElected(AT, FOOD, BAKERY, 2, List.of(ANA), List.of(BEN), AT.plus(Duration.ofDays(365)),
                        new ProposalId("bakery-elect-delegates")),
                new CouncilEvent.DelegationEnded(AT, FOOD, BAKERY),
                new CouncilEvent.SeatPassedToAlternate(AT, FOOD, BAKERY, 0, ANA, BEN),
                new CouncilEvent.SeatFilled(AT, FOOD, BAKERY, 1, BEN, new ProposalId("bakery-by-election")),
                new CouncilEvent.SeatVacated(AT, FOOD, BAKERY, 0, ANA),
                new CouncilEvent.AlternateRemoved(AT, FOOD, BAKERY, BEN),
                new CouncilEvent.MandateGiven(AT, FOOD, deal, BAKERY, new Instruction.Fixed(new Ballot.YesNo(Ballot.Choice.NO)), false,
                        ON_WAGES),
                new CouncilEvent.MandatesVoided(AT, FOOD, deal, List.of(BAKERY)),
                new CouncilEvent.ItemReferred(AT, FOOD, deal, List.of(BAKERY, new BodyId("dairy"))),
                new CouncilEvent.SeatVoteCast(AT, FOOD, deal, BAKERY, 0, ANA, new Ballot.YesNo(Ballot.Choice.YES)),
                new CouncilEvent.MandateBreached(AT, FOOD, deal, BAKERY, ANA, new Instruction.Fixed(new Ballot.YesNo(Ballot.Choice.NO)),
                        new Ballot.YesNo(Ballot.Choice.YES)),
                new CouncilEvent.SeatVotesWithdrawn(AT, FOOD, BAKERY, ANA, List.of(deal)),
                new CouncilEvent.CongressConvened(AT, FOOD, "congress-1", AT.plus(Duration.ofDays(14))),
                new CouncilEvent.CongressClosed(AT, FOOD, "congress-1"),
                new OfficeEvent.OfficeFilled(AT, BAKERY, "secretary", List.of(ANA), List.of(Permission.SCHEDULE_MEETING, Permission.ISSUE_RESET_CODE),
                        AT.plus(Duration.ofDays(365)), new ProposalId("elect-secretary")),
                new OfficeEvent.OfficeTermEnded(AT, BAKERY, "secretary"),
                new OfficeEvent.OfficeVacated(AT, BAKERY, "secretary", ANA),
                new OfficeEvent.AnnouncementPublished(AT, BAKERY, "ann-1", ANA, "secretary", "The assembly meets on Thursday."),
                new OfficeEvent.MeetingScheduled(AT, BAKERY, "meet-1", ANA, "secretary", AT.plus(Duration.ofDays(3)), "The canteen", null),
                new OfficeEvent.ResetCodeIssued(AT, BAKERY, BEN, ANA, "secretary"),
                new PetitionEvent.PetitionOpened(AT, "recall-ana", PetitionKind.RECALL, BAKERY, BEN, "Recall ana", "", ANA, FOOD, null, 2, 0),
                new PetitionEvent.PetitionSigned(AT, "recall-ana", BEN),
                new PetitionEvent.BodySignedPetition(AT, "food-referendum", BAKERY, new ProposalId("bakery-signs")),
                new PetitionEvent.PetitionSucceeded(AT, "recall-ana", 2, 1),
                new PetitionEvent.Recalled(AT, BAKERY, ANA, FOOD, null, "recall-ana", null),
                new CreditEvent.MutualCreditAdopted(AT, FOOD, "hours of work", new ProposalId("food-credit")),
                new CreditEvent.CreditLimitSet(AT, FOOD, BAKERY, 50_000, new ProposalId("food-limit-bakery")),
                new CreditEvent.LimitRuleAdopted(AT, FOOD, 250, 6, 10_000, 1_000_000, new ProposalId("food-limit-rule")),
                new CreditEvent.ClearingScheduled(AT, FOOD, "clearing-2026-06", AT.plus(Duration.ofDays(90)), true,
                        new ProposalId("food-clearing-june")),
                new CreditEvent.PaymentMade(AT, FOOD, BAKERY, DAIRY, 12_500, "Butter for May", "inv-7", ANA, "treasurer"),
                new CreditEvent.InvoiceRecorded(AT, FOOD, "inv-7", DAIRY, BAKERY, 12_500, "Butter for May", BEN, "treasurer"),
                new CreditEvent.InvoiceAccepted(AT, FOOD, "inv-7", ANA, "treasurer"),
                new CreditEvent.InvoiceDisputed(AT, FOOD, "inv-7", "Half of it was never delivered.", ANA, "treasurer"),
                new CreditEvent.ClearingApplied(AT, FOOD, "clearing-2026-06", 14, 250_000, 120_000, 30_000),
                new CreditEvent.InvoiceCleared(AT, FOOD, "clearing-2026-06", "inv-7", 10_000, 2_500),
                new PlanEvent.PlanPeriodOpened(AT, FOOD, "plan-2027", java.time.LocalDate.of(2027, 1, 1), java.time.LocalDate.of(2027, 12, 31), GOODS,
                        10, 3, AT.plus(Duration.ofDays(30)), new ProposalId("food-plan-2027")),
                new PlanEvent.TechniquesStated(AT, "plan-2027", BAKERY, OVEN, ANA, "planner"),
                new PlanEvent.RequestsStated(AT, "plan-2027", DAIRY, BREAD, BEN, "planner"),
                new PlanEvent.HumanRoundCalled(AT, "plan-2027", 42, AT.plus(Duration.ofDays(7)), ANA, "facilitator"),
                new PlanEvent.QuantitiesProposed(AT, "plan-2027", 42, LOAVES, new ProposalId("bakery-own-42")),
                new PlanEvent.PlanRoundPublished(AT, "plan-2027", ROUND),
                new PlanEvent.PlanProposalComputed(AT, "plan-2027", 42, LOAVES),
                new PlanEvent.PlanStretchEnded(AT, "plan-2027", 42, PlanTerms.Ending.BALANCED, List.of(), null),
                new PlanEvent.PlanProposalRatified(AT, "plan-2027", BAKERY, 42, new ProposalId("bakery-ratify")),
                new PlanEvent.PlanAdopted(AT, "plan-2027", FOOD, 42, new ProposalId("food-adopt-plan")));
    }
}
