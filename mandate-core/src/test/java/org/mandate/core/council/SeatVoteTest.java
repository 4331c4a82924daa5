package org.mandate.core.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.core.Councils.*;
import static org.mandate.core.Fixtures.*;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandate.core.Scenario;
import org.mandate.core.charter.CouncilRules;
import org.mandate.core.count.Apportionment;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.rule.Rejection;
import org.mandate.core.vote.Ballot;

/** A delegate votes only in a seat they hold, during their term, once per seat, in the window, as the mandate allows. */
class SeatVoteTest {

    /**
     * bakery (ana, ben, cat, dan, eli) and mill (eva, fay) in fed, voted by delegates with a seat per started
     * two members: bakery 3, mill 1. oven (gus) stays out. bakery elects ana, ben, cat; mill elects eva. fed.r1 is open.
     */
    static Scenario fed() {
        Scenario s = Scenario.start();
        assembly(s, "bakery", assemblyCharter(delegation()), "ana", "ben", "cat", "dan", "eli");
        assembly(s, "mill", assemblyCharter(delegation()), "eva", "fay");
        assembly(s, "oven", assemblyCharter(delegation()), "gus");
        found(s, "fed", "trade", quickCouncil().withCouncil(delegatesVote(Apportionment.Rule.perMembers(2, 0, 0), CouncilRules.Referral.ABSTAIN)),
                "bakery", "mill");
        grant(s, "fed", "bread");
        electDelegates(s, "bakery", "fed", 0, "ana", "ben", "cat", "dan");
        electDelegates(s, "mill", "fed", 0, "eva", "fay");
        putItem(s, "fay", "fed", "fed.r1", "bread", Duration.ofDays(14));
        mandate(s, "bakery", "fed", "fed.r1", new Instruction.FreeHand(List.of(p("fed.r1")), List.of()));
        mandate(s, "mill", "fed", "fed.r1", fixed(yes()));
        return s;
    }

    @Test
    void the_seats_are_as_apportioned_and_each_holder_votes_in_their_own_seat() {
        Scenario s = fed();
        assertThat(s.state().proposal(p("fed.r1")).roll().asMap()).containsOnlyKeys("bakery", "mill");

        s.when("cat", seatVote("fed.r1", "bakery", no())).thenEvents(CouncilEvent.SeatVoteCast.class);

        assertThat(s.state().sessions().item(p("fed.r1")).votes()).containsOnlyKeys("bakery#2");
    }

    @Test
    void nobody_votes_without_acting_as_a_member() {
        Scenario s = fed();

        s.when(null, seatVote("fed.r1", "bakery", yes())).thenRefused(Rejection.NoActingMember.class);
    }

    @Test
    void a_vote_on_an_unknown_item_is_refused() {
        Scenario s = fed();

        s.when("ana", seatVote("fed.nothing", "bakery", yes())).thenRefused(Rejection.UnknownProposal.class);
    }

    @Test
    void an_item_the_member_bodies_decide_themselves_takes_no_seat_votes() {
        Scenario s = fed();
        s.given("ana", new ProposalCommand.SubmitProposal(p("fed.g"), b("fed"), "Grant", "", new Motion.GrantCompetence("ovens", ""), List.of(), null));
        s.given("ana", publish("fed.g"));

        s.when("ana", seatVote("fed.g", "bakery", yes())).thenRefused(Rejection.NotVotedByDelegates.class);
    }

    @Test
    void a_seat_vote_during_deliberation_is_refused() {
        Scenario s = fed();
        s.given("fay", new ProposalCommand.SubmitProposal(p("fed.r2"), b("fed"), "R2", "", new Motion.Resolution(), List.of(), "bread"));
        s.given("fay", new ProposalCommand.PublishProposal(p("fed.r2"), Duration.ofDays(2), WEEK));
        mandate(s, "bakery", "fed", "fed.r2", fixed(yes()));

        s.when("ana", seatVote("fed.r2", "bakery", yes())).thenRefused(Rejection.WrongPhase.class);
    }

    @Test
    void a_seat_vote_at_or_after_the_close_is_refused() {
        Scenario s = fed();
        s.at(s.state().proposal(p("fed.r1")).closesAt());

        s.when("ana", seatVote("fed.r1", "bakery", yes())).thenRefused(Rejection.WindowClosed.class);
        s.tick();
        s.when("ana", seatVote("fed.r1", "bakery", yes())).thenRefused(Rejection.WindowClosed.class);
    }

    @Test
    void a_body_with_no_seat_on_the_items_roll_has_no_vote_on_it() {
        Scenario s = fed();

        var r = s.when("gus", seatVote("fed.r1", "oven", yes())).thenRefused(Rejection.BodyNotOnRoll.class);

        assertThat(r.body()).isEqualTo(b("oven"));
    }

    @Test
    void a_member_votes_only_in_a_seat_of_their_own_body() {
        Scenario s = fed();

        var r = s.when("ana", seatVote("fed.r1", "mill", yes())).thenRefused(Rejection.NotADelegate.class);

        assertThat(r.body()).isEqualTo(b("mill"));
    }

    @Test
    void a_seat_beyond_those_the_item_apportioned_the_body_casts_no_vote() {
        Scenario s = fed();
        // bakery shrinks to three members: the next item gives it two seats, and its third delegate has none there
        adopt(s, "bakery", "bakery.expel.dan", new Motion.ExpelMember(m("dan")));
        adopt(s, "bakery", "bakery.expel.eli", new Motion.ExpelMember(m("eli")));
        putItem(s, "fay", "fed", "fed.r2", "bread", WEEK);
        assertThat(s.state().proposal(p("fed.r2")).roll().asMap()).containsEntry("bakery", 2L);
        mandate(s, "bakery", "fed", "fed.r2", fixed(yes()));

        var r = s.when("cat", seatVote("fed.r2", "bakery", yes())).thenRefused(Rejection.NoSeats.class);

        assertThat(r.body()).isEqualTo(b("bakery"));
        s.when("ben", seatVote("fed.r2", "bakery", yes())).thenEvents(CouncilEvent.SeatVoteCast.class);
    }

    @Test
    void a_ballot_that_does_not_fit_the_items_method_is_refused_even_with_a_free_hand() {
        Scenario s = fed();

        s.when("ana", seatVote("fed.r1", "bakery", ranking("x", "y"))).thenRefused(Rejection.BallotDoesNotFit.class);
        s.when("ana", seatVote("fed.r1", "bakery", null)).thenRefused(Rejection.BallotDoesNotFit.class);
    }

    @Test
    void a_fixed_mandate_refuses_a_missing_ballot() {
        Scenario s = fed();

        s.when("eva", seatVote("fed.r1", "mill", null)).thenRefused(Rejection.BallotDoesNotFit.class);
        s.when("eva", seatVote("fed.r1", "mill", new Ballot.YesNo(Ballot.Choice.ABSTAIN))).thenRefused(Rejection.ContradictsMandate.class);
    }

    @Test
    void each_seat_votes_once_but_every_seat_of_a_body_votes() {
        Scenario s = fed();
        s.given("ana", seatVote("fed.r1", "bakery", yes()));

        s.when("ana", seatVote("fed.r1", "bakery", no())).thenRefused(Rejection.AlreadyVoted.class);
        s.when("ben", seatVote("fed.r1", "bakery", no())).thenEvents(CouncilEvent.SeatVoteCast.class);
        assertThat(s.state().sessions().item(p("fed.r1")).votes()).containsOnlyKeys("bakery#0", "bakery#1");
    }

    @Test
    void after_its_body_seceded_a_delegate_casts_no_vote_in_the_council() {
        Scenario s = fed();
        adopt(s, "mill", "mill.leave", new Motion.Secede(b("fed")));

        var r = s.when("eva", seatVote("fed.r1", "mill", yes())).thenRefused(Rejection.NotAffiliated.class);

        assertThat(r.body()).isEqualTo(b("mill"));
        assertThat(s.state().sessions().item(p("fed.r1")).votes()).isEmpty();
    }

    @Test
    void a_delegate_expelled_from_their_body_no_longer_votes_in_its_seat() {
        Scenario s = fed();
        adopt(s, "bakery", "bakery.expel.cat", new Motion.ExpelMember(m("cat")));

        s.when("cat", seatVote("fed.r1", "bakery", yes())).thenRefused(Rejection.NotADelegate.class);
    }
}
