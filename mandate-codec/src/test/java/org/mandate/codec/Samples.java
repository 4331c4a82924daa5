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
import org.mandate.core.clock.Tick;
import org.mandate.core.count.Verdict;
import org.mandate.core.member.MemberCommand;
import org.mandate.core.member.MemberEvent;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.proposal.ProposalEvent;
import org.mandate.core.vote.Ballot;
import org.mandate.core.vote.Result;
import org.mandate.core.vote.Tally;

/** One hand-built instance of every command, event, motion, ballot and tally: the vocabulary, by example. */
final class Samples {
    private Samples() {}

    static final Instant AT = Instant.parse("2026-03-01T09:00:00Z");
    static final MemberId ANA = new MemberId("ana");
    static final MemberId BEN = new MemberId("ben");
    static final BodyId BAKERY = new BodyId("bakery");
    static final BodyId FOOD = new BodyId("food-federation");
    static final ProposalId NIGHT = new ProposalId("night-shift");
    static final ProposalId VOTE = new ProposalId("bakery-admit-ben");

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
                new Motion.CastBodyVote(new ProposalId("food-wage-deal"), new Ballot.YesNo(Ballot.Choice.NO)));
    }

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
                new ProposalCommand.WithdrawObjection(NIGHT));
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
                new ProposalEvent.DecisionAnnulled(AT, deal, new ProposalId("annul-deal")));
    }
}
