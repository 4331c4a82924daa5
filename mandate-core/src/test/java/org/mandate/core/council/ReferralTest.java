package org.mandate.core.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.core.Councils.*;
import static org.mandate.core.Fixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandate.core.Scenario;
import org.mandate.core.charter.CouncilRules;
import org.mandate.core.count.Apportionment;
import org.mandate.core.count.Verdict;
import org.mandate.core.council.CouncilEvent.ItemReferred;
import org.mandate.core.council.CouncilEvent.MandateGiven;
import org.mandate.core.council.CouncilEvent.SeatVoteCast;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.proposal.ProposalEvent.ProposalClosed;
import org.mandate.core.proposal.ProposalEvent.ProposalPublished;
import org.mandate.core.proposal.ProposalEvent.VotingOpened;
import org.mandate.core.proposal.Motion;
import org.mandate.core.rule.Rejection;
import org.mandate.core.vote.Tally;

/** An item on which a body gave no mandate and no free hand is referred back: the body decides, then its delegate votes. */
class ReferralTest {

    /** bakery (ana, ben), mill (eva, fay) and oven (gus, hal) in fed, one seat each, voted by delegates; ana, eva and gus are delegates. */
    static Scenario fed(CouncilRules.Referral unanswered) {
        Scenario s = Scenario.start();
        assembly(s, "bakery", assemblyCharter(delegation()), "ana", "ben");
        assembly(s, "mill", assemblyCharter(delegation()), "eva", "fay");
        assembly(s, "oven", assemblyCharter(delegation()), "gus", "hal");
        found(s, "fed", "trade", quickCouncil().withCouncil(delegatesVote(Apportionment.Rule.onePerBody(), unanswered)),
                "bakery", "mill", "oven");
        grant(s, "fed", "bread");
        electDelegates(s, "bakery", "fed", 0, "ana", "ben");
        electDelegates(s, "mill", "fed", 0, "eva", "fay");
        electDelegates(s, "oven", "fed", 0, "gus", "hal");
        return s;
    }

    @Test
    void an_item_with_no_mandate_and_no_covering_free_hand_is_referred_back_at_publication() {
        Scenario s = fed(CouncilRules.Referral.ABSTAIN);
        mandate(s, "oven", "fed", null, new Instruction.FreeHand(List.of(), List.of("bread")));
        s.given("ana", new ProposalCommand.SubmitProposal(p("fed.r1"), b("fed"), "R1", "", new Motion.Resolution(), List.of(), "bread"));

        var events = s.when("ana", new ProposalCommand.PublishProposal(p("fed.r1"), null, WEEK))
                .thenEvents(ProposalPublished.class, ItemReferred.class, VotingOpened.class);

        assertThat(events.get(1)).isEqualTo(new ItemReferred(s.now(), b("fed"), p("fed.r1"), List.of(b("bakery"), b("mill"))));
        assertThat(s.state().sessions().item(p("fed.r1")).referred()).containsExactly(b("bakery"), b("mill"));
    }

    @Test
    void delegates_of_a_referred_body_await_its_mandate_and_vote_once_it_decides() {
        Scenario s = fed(CouncilRules.Referral.ABSTAIN);
        putItem(s, "ana", "fed", "fed.r1", "bread", WEEK);

        var r = s.when("ana", seatVote("fed.r1", "bakery", yes())).thenRefused(Rejection.AwaitingMandate.class);
        assertThat(r.body()).isEqualTo(b("bakery"));
        assertThat(r.item()).isEqualTo(p("fed.r1"));
        assertThat(s.state().sessions().item(p("fed.r1")).votes()).isEmpty();

        var decided = decideItem(s, "bakery", "bakery.on.r1", "fed.r1", false, List.of("ana", "ben"), List.of());
        assertThat(first(decided, MandateGiven.class).instruction()).isEqualTo(fixed(yes()));
        assertThat(s.state().sessions().item(p("fed.r1")).referred()).containsExactly(b("mill"), b("oven"));

        s.when("ana", seatVote("fed.r1", "bakery", yes())).thenEvents(SeatVoteCast.class);
    }

    @Test
    void a_body_that_decides_by_too_few_votes_gives_no_mandate_and_stays_referred() {
        Scenario s = fed(CouncilRules.Referral.ABSTAIN);
        putItem(s, "ana", "fed", "fed.r1", "bread", WEEK);
        openVote(s, "ana", submit("bakery.on.r1", "bakery", new Motion.DecideItem(p("fed.r1"), false)));

        var closed = closeVote(s, "bakery.on.r1");

        assertThat(first(closed, ProposalClosed.class).result().verdict()).isEqualTo(Verdict.QUORUM_NOT_MET);
        assertThat(all(closed, MandateGiven.class)).isEmpty();
        assertThat(s.state().sessions().item(p("fed.r1")).referred()).contains(b("bakery"));
    }

    @Test
    void unanswered_at_the_close_a_referred_bodys_seats_count_as_abstentions_by_default() {
        Scenario s = fed(CouncilRules.Referral.ABSTAIN);
        putItem(s, "ana", "fed", "fed.r1", "bread", WEEK);
        mandate(s, "bakery", "fed", "fed.r1", fixed(yes()));
        mandate(s, "mill", "fed", "fed.r1", fixed(no()));
        s.given("ana", seatVote("fed.r1", "bakery", yes()));
        s.given("eva", seatVote("fed.r1", "mill", no()));

        var closed = first(closeVote(s, "fed.r1"), ProposalClosed.class);

        assertThat(closed.result().tally()).isEqualTo(new Tally.YesNo(1, 1, 1, 3, 3));
        assertThat(closed.result().verdict()).isEqualTo(Verdict.REJECTED);
    }

    @Test
    void under_an_absent_rule_a_referred_bodys_seats_do_not_count_at_all_not_even_for_the_quorum() {
        Scenario s = fed(CouncilRules.Referral.ABSENT);
        putItem(s, "ana", "fed", "fed.r1", "bread", WEEK);
        mandate(s, "bakery", "fed", "fed.r1", fixed(yes()));
        s.given("ana", seatVote("fed.r1", "bakery", yes()));

        var closed = first(closeVote(s, "fed.r1"), ProposalClosed.class);

        assertThat(closed.result().tally()).isEqualTo(new Tally.YesNo(1, 0, 0, 1, 1));
        assertThat(closed.result().verdict()).isEqualTo(Verdict.ADOPTED);
    }

    @Test
    void a_mandated_seat_that_does_not_vote_is_simply_absent_not_an_abstention() {
        Scenario s = fed(CouncilRules.Referral.ABSTAIN);
        putItem(s, "ana", "fed", "fed.r1", "bread", WEEK);
        mandate(s, "bakery", "fed", "fed.r1", fixed(yes()));
        mandate(s, "mill", "fed", "fed.r1", fixed(yes()));
        mandate(s, "oven", "fed", "fed.r1", fixed(yes()));
        s.given("ana", seatVote("fed.r1", "bakery", yes()));

        var closed = first(closeVote(s, "fed.r1"), ProposalClosed.class);

        assertThat(closed.result().tally()).isEqualTo(new Tally.YesNo(1, 0, 0, 3, 1));
        // the quorum is a third of three seats: one seat voting meets it
        assertThat(closed.result().verdict()).isEqualTo(Verdict.ADOPTED);
    }

    @Test
    void a_standing_free_hand_given_after_the_referral_answers_it() {
        Scenario s = fed(CouncilRules.Referral.ABSENT);
        putItem(s, "ana", "fed", "fed.r1", "bread", WEEK);
        mandate(s, "bakery", "fed", null, new Instruction.FreeHand(List.of(), List.of("bread")));
        mandate(s, "mill", "fed", "fed.r1", fixed(no()));
        s.given("ana", seatVote("fed.r1", "bakery", yes()));
        s.given("eva", seatVote("fed.r1", "mill", no()));

        var closed = first(closeVote(s, "fed.r1"), ProposalClosed.class);

        // oven never answered and is absent; bakery answered by its free hand, so its seat is on the roll with its vote
        assertThat(closed.result().tally()).isEqualTo(new Tally.YesNo(1, 1, 0, 2, 2));
    }

    @Test
    void a_body_answered_by_a_later_free_hand_whose_delegate_stays_silent_is_absent_not_abstaining() {
        Scenario s = fed(CouncilRules.Referral.ABSTAIN);
        putItem(s, "ana", "fed", "fed.r1", "bread", WEEK);
        mandate(s, "bakery", "fed", null, new Instruction.FreeHand(List.of(), List.of("bread")));
        mandate(s, "mill", "fed", "fed.r1", fixed(no()));
        s.given("eva", seatVote("fed.r1", "mill", no()));

        var closed = first(closeVote(s, "fed.r1"), ProposalClosed.class);

        // oven, unanswered, abstains; bakery answered and did not vote
        assertThat(closed.result().tally()).isEqualTo(new Tally.YesNo(0, 1, 1, 3, 2));
    }
}
