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
import org.mandate.core.count.Apportionment;
import org.mandate.core.council.CouncilEvent.DelegatesElected;
import org.mandate.core.council.CouncilEvent.DelegationEnded;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.proposal.ProposalEvent.ProposalClosed;
import org.mandate.core.rule.Rejection;
import org.mandate.core.vote.Tally;

/** Each body elects its own delegates and alternates, by STV, for a fixed term that ends by itself, under rotation. */
class DelegateElectionTest {

    static final Duration TERM = Duration.ofDays(30);

    /** bakery (ana, ben, cat, dan) and mill (eva, fay) found fed, voted by delegates with a seat per started two members. */
    static Scenario fed() {
        Scenario s = Scenario.start();
        Charter assembly = assemblyCharter(delegation());
        assembly(s, "bakery", assembly, "ana", "ben", "cat", "dan");
        assembly(s, "mill", assembly, "eva", "fay");
        found(s, "fed", "trade", quickCouncil().withCouncil(delegatesVote(Apportionment.Rule.perMembers(2, 0, 0),
                CouncilRules.Referral.ABSTAIN)), "bakery", "mill");
        grant(s, "fed", "bread");
        return s;
    }

    @Test
    void a_body_elects_as_many_delegates_as_it_has_seats_and_the_next_winners_become_alternates_in_order() {
        Scenario s = fed();

        var closed = electDelegates(s, "bakery", "fed", 1, "ben", "ana", "dan", "cat");

        assertThat(types(closed)).containsExactly(org.mandate.core.proposal.ProposalEvent.BallotsUnsealed.class, ProposalClosed.class,
                DelegatesElected.class);
        DelegatesElected e = first(closed, DelegatesElected.class);
        assertThat(e.seats()).isEqualTo(2);
        assertThat(e.delegates()).containsExactly(m("ben"), m("ana"));
        assertThat(e.alternates()).containsExactly(m("dan"));
        assertThat(e.termEnds()).isEqualTo(s.now().plus(TERM));
        assertThat(first(closed, ProposalClosed.class).result().tally()).isInstanceOf(Tally.Stv.class);
        Delegation d = s.state().sessions().delegation(b("fed"), b("bakery"));
        assertThat(d.seats()).containsExactly(m("ben"), m("ana"));
        assertThat(d.alternates()).containsExactly(m("dan"));
        assertThat(d.seatOf(m("ana"))).isEqualTo(1);
    }

    @Test
    void an_uncontested_election_still_orders_delegates_and_alternates_by_the_members_preferences() {
        Scenario s = fed();

        DelegatesElected e = first(electDelegates(s, "bakery", "fed", 1, "ana", "ben", "cat"), DelegatesElected.class);

        assertThat(e.delegates()).containsExactly(m("ana"), m("ben"));
        assertThat(e.alternates()).containsExactly(m("cat"));
    }

    @Test
    void seats_beyond_the_candidates_elected_stay_vacant() {
        Scenario s = fed();

        DelegatesElected e = first(electDelegates(s, "bakery", "fed", 2, "cat"), DelegatesElected.class);

        assertThat(e.delegates()).containsExactly(m("cat"));
        assertThat(e.alternates()).isEmpty();
        assertThat(s.state().sessions().delegation(b("fed"), b("bakery")).seats()).containsExactly(m("cat"), null);
    }

    @Test
    void the_term_ends_by_itself_at_the_tick_after_it_runs_out_whether_or_not_a_successor_was_elected() {
        Scenario s = fed();
        DelegatesElected e = first(electDelegates(s, "mill", "fed", 0, "eva"), DelegatesElected.class);

        s.at(e.termEnds().minusSeconds(1));
        assertThat(s.tick()).isEmpty();
        s.at(e.termEnds());
        var ended = s.tick();

        assertThat(ended).containsExactly(new DelegationEnded(e.termEnds(), b("fed"), b("mill")));
        Delegation d = s.state().sessions().delegation(b("fed"), b("mill"));
        assertThat(d.ended()).isTrue();
        assertThat(d.seatOf(m("eva"))).isEqualTo(-1);
    }

    @Test
    void a_delegate_voting_after_the_term_ended_is_refused_and_the_seat_casts_no_vote() {
        Scenario s = fed();
        DelegatesElected e = first(electDelegates(s, "mill", "fed", 0, "eva"), DelegatesElected.class);
        putItem(s, "eva", "fed", "fed.r1", "bread", Duration.ofDays(60));
        mandate(s, "mill", "fed", "fed.r1", fixed(yes()));

        s.at(e.termEnds());
        var r = s.when("eva", seatVote("fed.r1", "mill", yes())).thenRefused(Rejection.TermExpired.class);
        assertThat(r.member()).isEqualTo(m("eva"));
        assertThat(r.body()).isEqualTo(b("mill"));
        assertThat(r.endedAt()).isEqualTo(e.termEnds());

        s.tick();
        s.when("eva", seatVote("fed.r1", "mill", yes())).thenRefused(Rejection.TermExpired.class);
        assertThat(s.state().sessions().item(p("fed.r1")).votes()).isEmpty();

        var closed = first(closeVote(s, "fed.r1"), ProposalClosed.class);
        Tally.YesNo t = (Tally.YesNo) closed.result().tally();
        // bakery, referred and silent, abstains in both its seats; mill's expired seat casts nothing
        assertThat(t.yes()).isZero();
        assertThat(t.abstain()).isEqualTo(2);
        assertThat(t.turnout()).isEqualTo(2);
        assertThat(t.roll()).isEqualTo(3);
        assertReplays(s);
    }

    @Test
    void a_member_who_holds_no_seat_cannot_vote_in_one() {
        Scenario s = fed();
        electDelegates(s, "mill", "fed", 0, "eva");
        putItem(s, "eva", "fed", "fed.r1", "bread", WEEK);
        mandate(s, "mill", "fed", "fed.r1", fixed(yes()));

        var r = s.when("fay", seatVote("fed.r1", "mill", yes())).thenRefused(Rejection.NotADelegate.class);
        assertThat(r.member()).isEqualTo(m("fay"));
        s.when("ana", seatVote("fed.r1", "mill", yes())).thenRefused(Rejection.NotADelegate.class);
    }

    @Test
    void rotation_refuses_a_candidate_who_served_the_maximum_consecutive_terms_at_submission() {
        Scenario s = fed();
        electDelegates(s, "mill", "fed", 0, "eva");
        electDelegates(s, "mill", "fed", 0, "eva", "fay");
        long before = s.state().eventCount();

        var r = s.when("fay", new ProposalCommand.SubmitProposal(p("mill.third"), b("mill"), "Delegates", "",
                new Motion.ElectDelegates(b("fed"), 0), List.of("eva"), null)).thenRefused(Rejection.RotationLimit.class);

        assertThat(r.member()).isEqualTo(m("eva"));
        assertThat(r.terms()).isEqualTo(2);
        assertThat(s.state().proposal(p("mill.third"))).isNull();
        assertThat(s.state().eventCount()).isEqualTo(before);
    }

    @Test
    void rotation_refuses_a_candidate_standing_for_election_and_counts_alternate_terms_as_served() {
        Scenario s = fed();
        electDelegates(s, "mill", "fed", 1, "eva", "fay");
        electDelegates(s, "mill", "fed", 1, "eva", "fay");
        s.given("fay", new ProposalCommand.SubmitProposal(p("mill.third"), b("mill"), "Delegates", "",
                new Motion.ElectDelegates(b("fed"), 0), List.of(), null));

        var r = s.when("fay", new ProposalCommand.StandForElection(p("mill.third"))).thenRefused(Rejection.RotationLimit.class);

        assertThat(r.member()).isEqualTo(m("fay"));
        assertThat(s.state().proposal(p("mill.third")).options()).isEmpty();
        s.when("eva", new ProposalCommand.StandForElection(p("mill.third"))).thenRefused(Rejection.RotationLimit.class);
    }

    @Test
    void a_term_out_of_office_resets_rotation() {
        Scenario s = fed();
        electDelegates(s, "mill", "fed", 0, "eva");
        electDelegates(s, "mill", "fed", 0, "eva");
        electDelegates(s, "mill", "fed", 0, "fay");

        DelegatesElected e = first(electDelegates(s, "mill", "fed", 0, "eva"), DelegatesElected.class);

        assertThat(e.delegates()).containsExactly(m("eva"));
    }

    @Test
    void a_body_that_is_not_a_member_of_the_council_has_no_seats_to_elect_to() {
        Scenario s = fed();
        assembly(s, "oven", assemblyCharter(delegation()), "gus");

        var r = s.when("gus", new ProposalCommand.SubmitProposal(p("oven.d"), b("oven"), "Delegates", "",
                new Motion.ElectDelegates(b("fed"), 0), List.of("gus"), null)).thenRefused(Rejection.NoSeats.class);

        assertThat(r.body()).isEqualTo(b("oven"));
    }
}
