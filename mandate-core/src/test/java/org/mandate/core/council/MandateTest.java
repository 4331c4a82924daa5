package org.mandate.core.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.core.Councils.*;
import static org.mandate.core.Fixtures.*;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandate.core.Scenario;
import org.mandate.core.charter.Charter;
import org.mandate.core.charter.CouncilRules;
import org.mandate.core.charter.DelegationRules;
import org.mandate.core.charter.DelegationRules.BreachPolicy;
import org.mandate.core.count.Apportionment;
import org.mandate.core.count.Verdict;
import org.mandate.core.council.CouncilEvent.*;
import org.mandate.core.petition.PetitionEvent.PetitionOpened;
import org.mandate.core.petition.PetitionKind;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.proposal.ProposalEvent.AmendmentAccepted;
import org.mandate.core.proposal.ProposalEvent.ProposalClosed;
import org.mandate.core.rule.Rejection;
import org.mandate.core.vote.Tally;

/** The imperative mandate: fixed, split and free-hand instructions, checked against every delegate's vote. */
class MandateTest {

    /**
     * bakery (ana, ben, cat, dan) and mill (eva, fay) in fed, voted by delegates with a seat per started
     * two members: bakery elects ana and ben (alternate cat) of four candidates, mill elects eva. Item fed.r1 (bread) is open
     * for two weeks.
     */
    static Scenario fed(DelegationRules bakeryRules) {
        Scenario s = Scenario.start();
        assembly(s, "bakery", assemblyCharter(bakeryRules), "ana", "ben", "cat", "dan");
        assembly(s, "mill", assemblyCharter(delegation()), "eva", "fay");
        found(s, "fed", "trade", quickCouncil().withCouncil(delegatesVote(Apportionment.Rule.perMembers(2, 0, 0),
                CouncilRules.Referral.ABSTAIN)), "bakery", "mill");
        grant(s, "fed", "bread");
        grant(s, "fed", "ovens");
        electDelegates(s, "bakery", "fed", 1, "ana", "ben", "cat", "dan");
        electDelegates(s, "mill", "fed", 0, "eva");
        putItem(s, "fay", "fed", "fed.r1", "bread", Duration.ofDays(14));
        return s;
    }

    static Scenario fed() {
        return fed(delegation());
    }

    static ItemBook book(Scenario s, String item) {
        return s.state().sessions().item(p(item));
    }

    @Test
    void a_vote_contradicting_a_fixed_instruction_is_refused_naming_body_item_and_instruction() {
        Scenario s = fed();
        mandate(s, "bakery", "fed", "fed.r1", fixed(yes()));

        var r = s.when("ana", seatVote("fed.r1", "bakery", no())).thenRefused(Rejection.ContradictsMandate.class);

        assertThat(r.body()).isEqualTo(b("bakery"));
        assertThat(r.item()).isEqualTo(p("fed.r1"));
        assertThat(r.instruction()).isEqualTo("vote yes");
        assertThat(r.message()).contains("bakery", "fed.r1", "vote yes");
        assertThat(book(s, "fed.r1").votes()).isEmpty();

        var cast = s.when("ana", seatVote("fed.r1", "bakery", yes())).thenEvents(SeatVoteCast.class);
        assertThat(cast.get(0)).isEqualTo(new SeatVoteCast(s.now(), b("fed"), p("fed.r1"), b("bakery"), 0, m("ana"), yes()));
    }

    @Test
    void a_seat_votes_once() {
        Scenario s = fed();
        mandate(s, "bakery", "fed", "fed.r1", fixed(yes()));
        s.given("ana", seatVote("fed.r1", "bakery", yes()));

        s.when("ana", seatVote("fed.r1", "bakery", yes())).thenRefused(Rejection.AlreadyVoted.class);
    }

    @Test
    void under_record_and_flag_a_contradicting_vote_counts_and_the_breach_is_recorded_for_the_base() {
        Scenario s = fed(delegation(Duration.ofDays(30), 2, BreachPolicy.RECORD_AND_FLAG, false, true));
        mandate(s, "bakery", "fed", "fed.r1", fixed(yes()));

        var events = s.when("ana", seatVote("fed.r1", "bakery", no())).thenEvents(SeatVoteCast.class, MandateBreached.class);

        assertThat(events.get(1)).isEqualTo(new MandateBreached(s.now(), b("fed"), p("fed.r1"), b("bakery"), m("ana"), fixed(yes()), no()));
        SeatVote v = book(s, "fed.r1").votes().get("bakery#0");
        assertThat(v.ballot()).isEqualTo(no());
        assertThat(v.breach()).isEqualTo(fixed(yes()));
        assertThat(s.state().petitions().all()).isEmpty();
    }

    @Test
    void a_recorded_breach_opens_a_recall_petition_at_once_when_the_charter_says_so() {
        Scenario s = fed(delegation(Duration.ofDays(30), 2, BreachPolicy.RECORD_AND_FLAG, true, true));
        mandate(s, "bakery", "fed", "fed.r1", fixed(yes()));

        var events = s.when("ana", seatVote("fed.r1", "bakery", no()))
                .thenEvents(SeatVoteCast.class, MandateBreached.class, PetitionOpened.class);

        PetitionOpened opened = (PetitionOpened) events.get(2);
        assertThat(opened.kind()).isEqualTo(PetitionKind.RECALL);
        assertThat(opened.body()).isEqualTo(b("bakery"));
        assertThat(opened.target()).isEqualTo(m("ana"));
        assertThat(opened.council()).isEqualTo(b("fed"));
        assertThat(opened.openedBy()).isNull();
        var petition = s.state().petitions().get(opened.petition());
        assertThat(petition.memberSignatures()).isEmpty();
        assertThat(petition.succeeded()).isFalse();
        assertReplays(s);
    }

    @Test
    void a_split_instruction_casts_the_bodys_seats_as_its_members_voted_weighted_exactly() {
        Scenario s = fed();
        var decided = decideItem(s, "bakery", "bakery.on.r1", "fed.r1", true, List.of("ana", "ben", "cat"), List.of("dan"));
        MandateGiven given = first(decided, MandateGiven.class);
        assertThat(given.instruction()).isEqualTo(new Instruction.Split(p("bakery.on.r1")));
        mandate(s, "mill", "fed", "fed.r1", fixed(no()));

        s.when("ana", seatVote("fed.r1", "bakery", yes())).thenRefused(Rejection.ContradictsMandate.class);
        s.when("ana", seatVote("fed.r1", "bakery", null)).thenEvents(SeatVoteCast.class);
        s.when("ben", seatVote("fed.r1", "bakery", null)).thenEvents(SeatVoteCast.class);
        s.when("eva", seatVote("fed.r1", "mill", no())).thenEvents(SeatVoteCast.class);
        var closed = first(closeVote(s, "fed.r1"), ProposalClosed.class);

        // bakery's two seats are shared among its four voters, half a seat each (scaled by 2): yes 3, no 1; mill's seat (2) says no
        assertThat(closed.result().tally()).isEqualTo(new Tally.YesNo(3, 3, 0, 6, 6));
        assertThat(closed.result().verdict()).isEqualTo(Verdict.REJECTED);
        assertReplays(s);
    }

    @Test
    void a_split_instruction_with_one_seat_cast_weighs_that_seat_only() {
        Scenario s = fed();
        decideItem(s, "bakery", "bakery.on.r1", "fed.r1", true, List.of("ana"), List.of("ben", "cat"));
        mandate(s, "mill", "fed", "fed.r1", fixed(yes()));

        s.given("ana", seatVote("fed.r1", "bakery", null));
        s.given("eva", seatVote("fed.r1", "mill", yes()));
        var closed = first(closeVote(s, "fed.r1"), ProposalClosed.class);

        // one bakery seat split over four voters (weight 1 each, scaled by 4): yes 1, no 2, abstain 1; mill's seat weighs 4
        assertThat(closed.result().tally()).isEqualTo(new Tally.YesNo(5, 2, 1, 12, 8));
        assertThat(closed.result().verdict()).isEqualTo(Verdict.ADOPTED);
    }

    @Test
    void a_bodys_own_direct_vote_becomes_a_fixed_mandate() {
        Scenario s = fed();

        var decided = decideItem(s, "bakery", "bakery.on.r1", "fed.r1", false, List.of("ana"), List.of("ben", "cat"));

        MandateGiven given = first(decided, MandateGiven.class);
        assertThat(given.instruction()).isEqualTo(fixed(no()));
        assertThat(given.decision()).isEqualTo(p("bakery.on.r1"));
        assertThat(book(s, "fed.r1").mandates().get(b("bakery")).instruction()).isEqualTo(fixed(no()));
        assertThat(book(s, "fed.r1").referred()).containsExactly(b("mill"));
        s.when("ana", seatVote("fed.r1", "bakery", yes())).thenRefused(Rejection.ContradictsMandate.class);
        s.when("ana", seatVote("fed.r1", "bakery", no())).thenEvents(SeatVoteCast.class);
    }

    @Test
    void a_cast_body_vote_on_a_delegates_item_becomes_a_fixed_mandate() {
        Scenario s = fed();

        var events = adopt(s, "mill", "mill.on.r1", new Motion.CastBodyVote(p("fed.r1"), no()));

        MandateGiven given = first(events, MandateGiven.class);
        assertThat(given.body()).isEqualTo(b("mill"));
        assertThat(given.instruction()).isEqualTo(fixed(no()));
        assertThat(s.state().proposal(p("fed.r1")).participants()).isEmpty();
        s.when("eva", seatVote("fed.r1", "mill", yes())).thenRefused(Rejection.ContradictsMandate.class);
    }

    @Test
    void a_free_hand_on_named_items_lets_the_delegate_vote_as_they_judge() {
        Scenario s = fed();
        mandate(s, "bakery", "fed", "fed.r1", new Instruction.FreeHand(List.of(p("fed.r1")), List.of()));

        s.when("ana", seatVote("fed.r1", "bakery", no())).thenEvents(SeatVoteCast.class);
        s.when("ben", seatVote("fed.r1", "bakery", yes())).thenEvents(SeatVoteCast.class);
    }

    @Test
    void a_standing_free_hand_on_a_competence_covers_later_items_so_they_are_not_referred() {
        Scenario s = fed();
        var given = first(mandate(s, "bakery", "fed", null, new Instruction.FreeHand(List.of(), List.of("ovens"))), MandateGiven.class);
        assertThat(given.item()).isNull();
        assertThat(s.state().sessions().freeHands(b("fed"), b("bakery"))).hasSize(1);

        putItem(s, "fay", "fed", "fed.ovens", "ovens", WEEK);
        putItem(s, "fay", "fed", "fed.bread", "bread", WEEK);

        assertThat(book(s, "fed.ovens").referred()).containsExactly(b("mill"));
        assertThat(book(s, "fed.bread").referred()).containsExactly(b("bakery"), b("mill"));
        s.when("ana", seatVote("fed.ovens", "bakery", no())).thenEvents(SeatVoteCast.class);
        s.when("ana", seatVote("fed.bread", "bakery", no())).thenRefused(Rejection.AwaitingMandate.class);
    }

    @Test
    void a_mandate_given_without_an_item_must_be_a_free_hand() {
        Scenario s = fed();

        s.when("ana", submit("bakery.bad", "bakery", new Motion.GiveMandate(b("fed"), null, fixed(yes()), false)))
                .thenRefused(Rejection.InvalidProposal.class);
        assertThat(s.state().proposal(p("bakery.bad"))).isNull();
    }

    @Test
    void a_body_outside_the_council_cannot_mandate_on_its_items() {
        Scenario s = fed();
        assembly(s, "oven", quickAssembly(), "gus");

        s.when("gus", submit("oven.m", "oven", new Motion.GiveMandate(b("fed"), p("fed.r1"), fixed(yes()), false)))
                .thenRefused(Rejection.NotAffiliated.class);
    }

    @Test
    void an_amendment_accepted_by_the_proposer_voids_mandates_unless_they_survive_amendments_and_refers_the_item_back() {
        Scenario s = fed();
        s.given("fay", new ProposalCommand.SubmitProposal(p("fed.r2"), b("fed"), "Item r2", "Text", new Motion.Resolution(), List.of(), "bread"));
        s.given("fay", new ProposalCommand.PublishProposal(p("fed.r2"), Duration.ofDays(5), WEEK));
        mandate(s, "bakery", "fed", "fed.r2", fixed(yes()));
        adopt(s, "mill", "mill.keeps", new Motion.GiveMandate(b("fed"), p("fed.r2"), fixed(yes()), true));
        assertThat(book(s, "fed.r2").referred()).isEmpty();
        s.given("ana", new ProposalCommand.ProposeAmendment(p("fed.r2"), "a1", "Better text"));

        var events = s.when("fay", new ProposalCommand.AcceptAmendment(p("fed.r2"), "a1"))
                .thenEvents(AmendmentAccepted.class, MandatesVoided.class);

        assertThat(((MandatesVoided) events.get(1)).bodies()).containsExactly(b("bakery"));
        assertThat(book(s, "fed.r2").mandates()).containsOnlyKeys(b("mill"));
        assertThat(book(s, "fed.r2").referred()).containsExactly(b("bakery"));
        s.at(s.state().proposal(p("fed.r2")).votingOpensAt());
        s.tick();
        s.when("ana", seatVote("fed.r2", "bakery", yes())).thenRefused(Rejection.AwaitingMandate.class);
        s.when("eva", seatVote("fed.r2", "mill", yes())).thenEvents(SeatVoteCast.class);
        mandate(s, "bakery", "fed", "fed.r2", fixed(no()));
        s.when("ana", seatVote("fed.r2", "bakery", no())).thenEvents(SeatVoteCast.class);
        assertReplays(s);
    }

    @Test
    void a_council_mandates_its_own_delegates_to_a_higher_council_the_same_way() {
        Scenario s = Scenario.start();
        assembly(s, "bakery", assemblyCharter(delegation()), "ana", "ben");
        assembly(s, "mill", assemblyCharter(delegation()), "eva", "fay");
        assembly(s, "oven", assemblyCharter(delegation()), "gus");
        found(s, "fed", "trade", quickCouncil().withDelegation(delegation()), "bakery", "mill");
        // fed, a council voting by member bodies, founds the regional council with oven
        councilAdopts(s, "fed", "fed.found.region", new Motion.FoundCouncil(b("region"), "Region", "territory", delegatesCouncil(),
                List.of(b("oven"))), null);
        adopt(s, "oven", "oven.join.region", new Motion.JoinAsFounder(b("region")));
        grant(s, "region", "roads");
        // fed elects ana its delegate to region, its member bodies ranking her first
        s.given("ana", new ProposalCommand.SubmitProposal(p("fed.delegates"), b("fed"), "Delegates to region", "",
                new Motion.ElectDelegates(b("region"), 0), List.of("ana", "eva"), null));
        s.given("ana", new ProposalCommand.PublishProposal(p("fed.delegates"), null, Duration.ofDays(10)));
        bodyVotes(s, "bakery", "fed.delegates", ranking("ana", "eva"));
        bodyVotes(s, "mill", "fed.delegates", ranking("ana", "eva"));
        var elected = first(closeVote(s, "fed.delegates"), DelegatesElected.class);
        assertThat(elected.body()).isEqualTo(b("fed"));
        assertThat(elected.delegates()).containsExactly(m("ana"));
        electDelegates(s, "oven", "region", 0, "gus");
        putItem(s, "gus", "region", "region.r1", "roads", Duration.ofDays(30));
        assertThat(book(s, "region.r1").referred()).containsExactly(b("fed"), b("oven"));

        var given = first(councilAdopts(s, "fed", "fed.on.region.r1", new Motion.GiveMandate(b("region"), p("region.r1"), fixed(no()), false),
                null), MandateGiven.class);

        assertThat(given.council()).isEqualTo(b("region"));
        assertThat(given.body()).isEqualTo(b("fed"));
        var r = s.when("ana", seatVote("region.r1", "fed", yes())).thenRefused(Rejection.ContradictsMandate.class);
        assertThat(r.body()).isEqualTo(b("fed"));
        s.when("ana", seatVote("region.r1", "fed", no())).thenEvents(SeatVoteCast.class);
        assertReplays(s);
    }

    @Test
    void once_its_delegates_voted_on_an_item_a_body_cannot_change_the_mandate_under_their_votes() {
        Scenario s = fed();
        decideItem(s, "bakery", "bakery.on.r1", "fed.r1", true, List.of("ana", "cat"), List.of("ben"));
        mandate(s, "mill", "fed", "fed.r1", fixed(yes()));
        s.given("ana", seatVote("fed.r1", "bakery", null));

        s.when("dan", submit("bakery.again", "bakery", new Motion.GiveMandate(b("fed"), p("fed.r1"), fixed(yes()), false)))
                .thenRefused(Rejection.AlreadyVoted.class);
        s.when("dan", submit("bakery.decide.again", "bakery", new Motion.DecideItem(p("fed.r1"), false)))
                .thenRefused(Rejection.AlreadyVoted.class);
        s.when("dan", submit("bakery.cast", "bakery", new Motion.CastBodyVote(p("fed.r1"), yes()))).thenRefused(Rejection.AlreadyVoted.class);
        assertThat(book(s, "fed.r1").mandates().get(b("bakery")).instruction()).isEqualTo(new Instruction.Split(p("bakery.on.r1")));

        s.given("eva", seatVote("fed.r1", "mill", yes()));
        var closed = first(closeVote(s, "fed.r1"), ProposalClosed.class);
        // one of bakery's two seats split over its four voters (scaled by 4): yes 2, no 1, abstain 1; mill's seat weighs 4
        assertThat(closed.result().tally()).isEqualTo(new Tally.YesNo(6, 1, 1, 12, 8));
        assertReplays(s);
    }

    @Test
    void a_mandate_decided_while_the_delegates_voted_lapses_at_its_close_and_the_split_still_counts() {
        Scenario s = fed();
        decideItem(s, "bakery", "bakery.on.r1", "fed.r1", true, List.of("ana", "cat"), List.of("ben"));
        openVote(s, "dan", submit("bakery.again", "bakery", new Motion.GiveMandate(b("fed"), p("fed.r1"), fixed(no()), false)));
        for (String m : List.of("ana", "ben", "cat", "dan")) {
            s.given(m, vote("bakery.again", yes()));
        }
        s.given("ana", seatVote("fed.r1", "bakery", null));

        var closed = closeVote(s, "bakery.again");

        assertThat(types(closed)).containsExactly(ProposalClosed.class, org.mandate.core.proposal.ProposalEvent.EffectLapsed.class);
        assertThat(book(s, "fed.r1").mandates().get(b("bakery")).instruction()).isEqualTo(new Instruction.Split(p("bakery.on.r1")));
        assertThat(first(closeVote(s, "fed.r1"), ProposalClosed.class).result().tally()).isInstanceOf(Tally.YesNo.class);
    }
}
