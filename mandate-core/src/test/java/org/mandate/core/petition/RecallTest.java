package org.mandate.core.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.core.Councils.*;
import static org.mandate.core.Fixtures.*;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandate.core.Scenario;
import org.mandate.core.charter.CouncilRules;
import org.mandate.core.charter.DelegationRules;
import org.mandate.core.count.Apportionment;
import org.mandate.core.council.CouncilEvent.*;
import org.mandate.core.council.Delegation;
import org.mandate.core.petition.PetitionCommand.OpenPetition;
import org.mandate.core.petition.PetitionCommand.SignPetition;
import org.mandate.core.petition.PetitionEvent.*;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.proposal.ProposalEvent.ProposalClosed;
import org.mandate.core.proposal.ProposalEvent.ProposalPublished;
import org.mandate.core.proposal.ProposalEvent.ProposalSubmitted;
import org.mandate.core.rule.Rejection;
import org.mandate.core.vote.Tally;

/** Any member can start a recall; at the threshold it recalls at once (or opens a recall vote), and the recall takes effect at once. */
class RecallTest {

    /**
     * bakery (ana, ben, cat, dan) and mill (eva, fay) in fed, one seat each, voted by delegates; half of
     * bakery's members recall. bakery elects ana with {@code alternates} alternates (ben, then cat), mill
     * elects eva; both mandate yes on fed.r1 and ana has voted.
     */
    static Scenario fed(boolean instantRecall, int alternates) {
        Scenario s = Scenario.start();
        assembly(s, "bakery", assemblyCharter(delegation(Duration.ofDays(60), 2, DelegationRules.BreachPolicy.REFUSE, false, instantRecall)),
                "ana", "ben", "cat", "dan");
        assembly(s, "mill", assemblyCharter(delegation()), "eva", "fay");
        found(s, "fed", "trade", quickCouncil().withCouncil(delegatesVote(Apportionment.Rule.onePerBody(), CouncilRules.Referral.ABSTAIN)),
                "bakery", "mill");
        grant(s, "fed", "bread");
        electDelegates(s, "bakery", "fed", alternates, "ana", "ben", "cat", "dan");
        electDelegates(s, "mill", "fed", 0, "eva", "fay");
        putItem(s, "fay", "fed", "fed.r1", "bread", Duration.ofDays(20));
        mandate(s, "bakery", "fed", "fed.r1", fixed(yes()));
        mandate(s, "mill", "fed", "fed.r1", fixed(yes()));
        s.given("ana", seatVote("fed.r1", "bakery", yes()));
        return s;
    }

    static OpenPetition recall(String id, String target) {
        return new OpenPetition(id, PetitionKind.RECALL, b("bakery"), null, "Recall " + target, m(target), b("fed"), null);
    }

    static Delegation bakery(Scenario s) {
        return s.state().sessions().delegation(b("fed"), b("bakery"));
    }

    @Test
    void a_member_opens_a_recall_petition_and_signs_it_at_once() {
        Scenario s = fed(true, 2);
        assertThat(bakery(s).seats()).containsExactly(m("ana"));
        assertThat(bakery(s).alternates()).containsExactly(m("ben"), m("cat"));

        var events = s.when("dan", recall("r.ana", "ana")).thenEvents(PetitionOpened.class);

        assertThat(((PetitionOpened) events.get(0)).openedBy()).isEqualTo(m("dan"));
        Petition p = s.state().petitions().get("r.ana");
        assertThat(p.memberSignatures()).containsExactly(m("dan"));
        assertThat(p.role()).isEqualTo("the seat of bakery in fed");
    }

    @Test
    void at_the_threshold_under_instant_recall_the_alternate_takes_the_seat_and_the_recalled_votes_are_withdrawn() {
        Scenario s = fed(true, 2);
        s.given("dan", recall("r.ana", "ana"));

        var events = s.when("cat", new SignPetition("r.ana")).thenEvents(PetitionSigned.class, PetitionSucceeded.class, Recalled.class,
                SeatVotesWithdrawn.class, SeatPassedToAlternate.class);

        assertThat(events.get(2)).isEqualTo(new Recalled(s.now(), b("bakery"), m("ana"), b("fed"), null, "r.ana", null));
        assertThat(events.get(3)).isEqualTo(new SeatVotesWithdrawn(s.now(), b("fed"), b("bakery"), m("ana"), List.of(p("fed.r1"))));
        assertThat(events.get(4)).isEqualTo(new SeatPassedToAlternate(s.now(), b("fed"), b("bakery"), 0, m("ana"), m("ben")));
        assertThat(bakery(s).seats()).containsExactly(m("ben"));
        assertThat(bakery(s).alternates()).containsExactly(m("cat"));
        assertThat(s.state().sessions().item(p("fed.r1")).votes()).isEmpty();
        assertThat(s.state().petitions().get("r.ana").succeeded()).isTrue();

        s.when("ana", seatVote("fed.r1", "bakery", yes())).thenRefused(Rejection.NotADelegate.class);
        s.when("dan", new SignPetition("r.ana")).thenRefused(Rejection.UnknownPetition.class);
        var closed = first(closeVote(s, "fed.r1"), ProposalClosed.class);
        // ana's withdrawn vote no longer counts, and ben did not vote in her place
        assertThat(((Tally.YesNo) closed.result().tally()).turnout()).isZero();
    }

    @Test
    void the_alternate_who_steps_in_votes_in_the_seat_the_recalled_delegate_left() {
        Scenario s = fed(true, 2);
        s.given("dan", recall("r.ana", "ana"));
        s.given("cat", new SignPetition("r.ana"));

        s.when("ben", seatVote("fed.r1", "bakery", yes())).thenEvents(SeatVoteCast.class);

        assertThat(s.state().sessions().item(p("fed.r1")).votes().get("bakery#0").delegate()).isEqualTo(m("ben"));
    }

    @Test
    void without_alternates_the_seat_falls_vacant_and_a_by_election_opens_where_candidates_stand() {
        Scenario s = fed(true, 0);
        s.given("dan", recall("r.ana", "ana"));

        s.when("cat", new SignPetition("r.ana"));
        var events = s.thenAccepted();
        assertThat(types(events)).containsExactly(PetitionSigned.class, PetitionSucceeded.class, Recalled.class, SeatVotesWithdrawn.class,
                SeatVacated.class, ProposalSubmitted.class, ProposalPublished.class);
        assertThat(first(events, SeatVacated.class)).isEqualTo(new SeatVacated(s.now(), b("fed"), b("bakery"), 0, m("ana")));
        var byElection = s.state().proposal(p("r.ana.by-election.0"));
        assertThat(byElection.motion()).isEqualTo(new Motion.FillSeat(b("fed"), 0));
        assertThat(byElection.proposer()).isEqualTo(m("dan"));
        assertThat(bakery(s).seats()).containsExactly((org.mandate.core.MemberId) null);

        s.given("cat", new ProposalCommand.StandForElection(p("r.ana.by-election.0")));
        s.given("dan", new ProposalCommand.StandForElection(p("r.ana.by-election.0")));
        s.at(byElection.votingOpensAt());
        s.tick();
        for (String m : List.of("ana", "ben", "cat", "dan")) {
            s.given(m, vote("r.ana.by-election.0", ranking("dan", "cat")));
        }
        var filled = first(closeVote(s, "r.ana.by-election.0"), SeatFilled.class);

        assertThat(filled).isEqualTo(new SeatFilled(s.now(), b("fed"), b("bakery"), 0, m("dan"), p("r.ana.by-election.0")));
        assertThat(bakery(s).seats()).containsExactly(m("dan"));
        s.when("dan", seatVote("fed.r1", "bakery", yes())).thenEvents(SeatVoteCast.class);
        assertReplays(s);
    }

    @Test
    void a_by_election_fills_only_a_seat_that_is_vacant() {
        Scenario s = fed(true, 0);

        s.when("ben", submit("fill", "bakery", new Motion.FillSeat(b("fed"), 0))).thenRefused(Rejection.InvalidProposal.class);
    }

    @Test
    void without_instant_recall_the_petition_opens_a_recall_vote_and_its_adoption_recalls() {
        Scenario s = fed(false, 1);
        s.given("dan", recall("r.ana", "ana"));

        s.when("cat", new SignPetition("r.ana"));
        assertThat(types(s.thenAccepted())).containsExactly(PetitionSigned.class, PetitionSucceeded.class, ProposalSubmitted.class,
                ProposalPublished.class, org.mandate.core.proposal.ProposalEvent.VotingOpened.class);
        var vote = s.state().proposal(p("r.ana.vote"));
        assertThat(vote.motion()).isEqualTo(new Motion.Recall(m("ana"), b("fed"), null));
        assertThat(vote.motion().kind()).isEqualTo(org.mandate.core.charter.DecisionKind.RECALL);
        assertThat(bakery(s).seats()).containsExactly(m("ana"));

        for (String m : List.of("ben", "cat", "dan")) {
            s.given(m, vote("r.ana.vote", yes()));
        }
        var closed = closeVote(s, "r.ana.vote");

        assertThat(types(closed)).contains(Recalled.class, SeatVotesWithdrawn.class, SeatPassedToAlternate.class);
        assertThat(first(closed, Recalled.class).decision()).isEqualTo(p("r.ana.vote"));
        assertThat(bakery(s).seats()).containsExactly(m("ben"));
        assertThat(s.state().sessions().item(p("fed.r1")).votes()).isEmpty();
        assertReplays(s);
    }

    @Test
    void a_rejected_recall_vote_leaves_the_delegate_in_the_seat() {
        Scenario s = fed(false, 1);
        s.given("dan", recall("r.ana", "ana"));
        s.given("cat", new SignPetition("r.ana"));
        for (String m : List.of("ana", "ben", "cat")) {
            s.given(m, vote("r.ana.vote", no()));
        }

        var closed = closeVote(s, "r.ana.vote");

        assertThat(all(closed, Recalled.class)).isEmpty();
        assertThat(bakery(s).seats()).containsExactly(m("ana"));
        assertThat(s.state().sessions().item(p("fed.r1")).votes()).containsOnlyKeys("bakery#0");
    }

    @Test
    void recalling_an_alternate_removes_them_from_the_list() {
        Scenario s = fed(true, 2);
        s.given("dan", recall("r.ben", "ben"));

        s.when("ana", new SignPetition("r.ben")).thenEvents(PetitionSigned.class, PetitionSucceeded.class, Recalled.class,
                AlternateRemoved.class);

        assertThat(bakery(s).alternates()).containsExactly(m("cat"));
        assertThat(bakery(s).seats()).containsExactly(m("ana"));
    }

    @Test
    void only_members_of_the_body_sign_and_each_signs_once() {
        Scenario s = fed(true, 2);
        s.given("dan", recall("r.ana", "ana"));

        var r = s.when("eva", new SignPetition("r.ana")).thenRefused(Rejection.NotAMember.class);
        assertThat(r.member()).isEqualTo(m("eva"));
        s.when("dan", new SignPetition("r.ana")).thenRefused(Rejection.AlreadySigned.class);
        s.when("dan", new SignPetition("r.nothing")).thenRefused(Rejection.UnknownPetition.class);
        assertThat(s.state().petitions().get("r.ana").memberSignatures()).containsExactly(m("dan"));
        assertThat(bakery(s).seats()).containsExactly(m("ana"));
    }

    @Test
    void a_recall_names_someone_who_holds_the_seat() {
        Scenario s = fed(true, 2);

        s.when("ana", recall("r.dan", "dan")).thenRefused(Rejection.NotHolding.class);
        s.when("ana", new OpenPetition("r.x", PetitionKind.RECALL, b("bakery"), null, "", m("ana"), b("fed"), "secretary"))
                .thenRefused(Rejection.InvalidProposal.class);
        assertThat(s.state().petitions().all()).isEmpty();
    }

    @Test
    void a_recall_vote_is_opened_by_a_petition_not_submitted_to_an_assembly() {
        Scenario s = fed(false, 1);

        s.when("ben", submit("recall", "bakery", new Motion.Recall(m("ana"), b("fed"), null))).thenRefused(Rejection.InvalidProposal.class);
        assertThat(s.state().proposal(p("recall"))).isNull();
    }

    @Test
    void a_second_petition_cannot_recall_someone_already_recalled() {
        Scenario s = fed(true, 2);
        s.given("dan", recall("r1", "ana"));
        s.given("cat", recall("r2", "ana"));
        s.given("ben", new SignPetition("r1"));
        assertThat(bakery(s).seats()).containsExactly(m("ben"));

        var r = s.when("ben", new SignPetition("r2")).thenRefused(Rejection.NotHolding.class);

        assertThat(r.member()).isEqualTo(m("ana"));
        assertThat(s.state().petitions().get("r2").succeeded()).isFalse();
        assertThat(bakery(s).alternates()).containsExactly(m("cat"));
        assertReplays(s);
    }

    @Test
    void a_recall_petition_lapses_with_the_term() {
        Scenario s = fed(true, 2);
        s.given("dan", recall("r1", "ana"));
        s.at(bakery(s).termEnds());
        s.tick();

        s.when("ben", new SignPetition("r1")).thenRefused(Rejection.NotHolding.class);
    }

    @Test
    void a_by_election_under_a_charter_without_deliberation_still_lets_candidates_stand() {
        Scenario s = Scenario.start();
        assembly(s, "bakery", quickAssembly().withDelegation(delegation()), "ana", "ben", "cat", "dan");
        assembly(s, "mill", quickAssembly(), "eva");
        found(s, "fed", "trade", delegatesCouncil(), "bakery", "mill");
        electDelegates(s, "bakery", "fed", 0, "ana", "ben");
        s.given("dan", recall("r.ana", "ana"));
        s.given("cat", new SignPetition("r.ana"));

        s.when("ben", new ProposalCommand.StandForElection(p("r.ana.by-election.0"))).thenAccepted();
    }
}
