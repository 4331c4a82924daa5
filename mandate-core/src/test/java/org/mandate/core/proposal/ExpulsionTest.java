package org.mandate.core.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.core.Fixtures.*;

import org.junit.jupiter.api.Test;
import org.mandate.core.Scenario;
import org.mandate.core.body.BodyEvent.MemberExpelled;
import org.mandate.core.charter.Charter;
import org.mandate.core.clock.Tick;
import org.mandate.core.proposal.ProposalCommand.ReplyToExpulsion;
import org.mandate.core.proposal.ProposalEvent.ExpulsionReplied;
import org.mandate.core.proposal.ProposalEvent.ProposalClosed;
import org.mandate.core.rule.Rejection;
import org.mandate.core.vote.Result;
import org.mandate.core.vote.Tally;

class ExpulsionTest {

    private static Scenario bakery(String... members) {
        Scenario s = Scenario.start();
        assembly(s, "bakery", Charter.defaultAssembly(), members);
        return s;
    }

    private static Scenario expulsionProposed() {
        Scenario s = bakery("ana", "ben", "chi", "dan");
        s.given("ana", submit("x1", "bakery", new Motion.ExpelMember(m("dan"))));
        s.given("ana", publish("x1"));
        return s;
    }

    @Test
    void the_assembly_expels_its_member_by_qualified_majority_with_the_members_reply_on_record() {
        Scenario s = expulsionProposed();
        s.when("dan", new ReplyToExpulsion(p("x1"), "I was on strike duty")).thenEvents(ExpulsionReplied.class);
        assertThat(s.state().proposal(p("x1")).reply()).isEqualTo("I was on strike duty");

        s.at(s.state().proposal(p("x1")).votingOpensAt()).tick();
        s.given("ana", vote("x1", yes()));
        s.given("ben", vote("x1", yes()));
        s.given("chi", vote("x1", yes()));
        s.given("dan", vote("x1", no()));
        s.at(s.state().proposal(p("x1")).closesAt());

        s.when(null, new Tick()).thenEvents(ProposalClosed.class, MemberExpelled.class);

        assertThat(s.only(MemberExpelled.class)).isEqualTo(new MemberExpelled(s.now(), b("bakery"), m("dan"), p("x1")));
        assertThat(s.state().body(b("bakery")).hasMember(m("dan"))).isFalse();
        assertThat(s.state().member(m("dan")).bodies()).isEmpty();
    }

    @Test
    void exactly_two_thirds_of_yes_and_no_is_enough_under_at_least() {
        Scenario s = bakery("ana", "ben", "chi", "dan", "eli", "fay");
        openVote(s, "ana", submit("x1", "bakery", new Motion.ExpelMember(m("fay"))));
        s.given("ana", vote("x1", yes()));
        s.given("ben", vote("x1", yes()));
        s.given("chi", vote("x1", yes()));
        s.given("dan", vote("x1", yes()));
        s.given("eli", vote("x1", no()));
        s.given("fay", vote("x1", no()));

        closeVote(s, "x1");

        var result = s.state().proposal(p("x1")).result();
        assertThat(result.tally()).isEqualTo(new Tally.YesNo(4, 2, 0, 6, 6));
        assertThat(result.verdict()).isEqualTo(org.mandate.core.count.Verdict.ADOPTED);
        assertThat(s.state().body(b("bakery")).hasMember(m("fay"))).isFalse();
    }

    @Test
    void one_yes_less_than_two_thirds_fails() {
        Scenario s = bakery("ana", "ben", "chi", "dan", "eli", "fay");
        openVote(s, "ana", submit("x1", "bakery", new Motion.ExpelMember(m("fay"))));
        s.given("ana", vote("x1", yes()));
        s.given("ben", vote("x1", yes()));
        s.given("chi", vote("x1", yes()));
        s.given("dan", vote("x1", no()));
        s.given("eli", vote("x1", no()));
        s.given("fay", vote("x1", no()));

        closeVote(s, "x1");

        var result = s.state().proposal(p("x1")).result();
        assertThat(result.tally()).isEqualTo(new Tally.YesNo(3, 3, 0, 6, 6));
        assertThat(result.verdict()).isEqualTo(org.mandate.core.count.Verdict.REJECTED);
        assertThat(s.state().body(b("bakery")).hasMember(m("fay"))).isTrue();
    }

    @Test
    void a_majority_short_of_two_thirds_fails() {
        Scenario s = bakery("ana", "ben", "chi", "dan", "eli", "fay");
        openVote(s, "ana", submit("x1", "bakery", new Motion.ExpelMember(m("fay"))));
        s.given("ana", vote("x1", yes()));
        s.given("ben", vote("x1", yes()));
        s.given("chi", vote("x1", yes()));
        s.given("dan", vote("x1", no()));
        s.given("fay", vote("x1", no()));

        closeVote(s, "x1");

        assertThat(s.state().proposal(p("x1")).result().verdict()).isEqualTo(org.mandate.core.count.Verdict.REJECTED);
    }

    @Test
    void refuses_an_expulsion_by_a_council() {
        Scenario s = bakery("ana", "ben", "chi");
        foundCouncil(s, "bakery", "federation", "trade");

        s.when("ana", submit("x1", "federation", new Motion.ExpelMember(m("ben")))).thenRefused(Rejection.NotAnAssembly.class);
    }

    @Test
    void refuses_expelling_someone_who_is_not_a_member() {
        Scenario s = bakery("ana", "ben");
        register(s, "eve");

        s.when("ana", submit("x1", "bakery", new Motion.ExpelMember(m("eve")))).thenRefused(Rejection.NotAMember.class);
    }

    @Test
    void refuses_a_reply_by_anyone_but_the_member_concerned() {
        Scenario s = expulsionProposed();

        s.when("ben", new ReplyToExpulsion(p("x1"), "on dan's behalf")).thenRefused(Rejection.NotTheSubject.class);
    }

    @Test
    void refuses_a_reply_after_deliberation() {
        Scenario s = expulsionProposed();
        s.at(s.state().proposal(p("x1")).votingOpensAt()).tick();

        s.when("dan", new ReplyToExpulsion(p("x1"), "too late")).thenRefused(Rejection.WrongPhase.class);
        assertThat(s.state().proposal(p("x1")).reply()).isNull();
    }

    @Test
    void refuses_a_reply_without_text() {
        Scenario s = expulsionProposed();

        s.when("dan", new ReplyToExpulsion(p("x1"), "")).thenRefused(Rejection.InvalidProposal.class);
    }

    @Test
    void an_expulsion_lapses_if_the_member_left_during_the_vote() {
        Scenario s = bakery("ana", "ben", "chi", "dan");
        openVote(s, "ana", submit("x1", "bakery", new Motion.ExpelMember(m("dan"))));
        s.given("ana", vote("x1", yes()));
        s.given("ben", vote("x1", yes()));
        s.given("dan", new org.mandate.core.body.BodyCommand.LeaveBody(b("bakery")));

        var events = closeVote(s, "x1");

        assertThat(events).extracting(e -> (Object) e.getClass())
                .containsExactly(ProposalClosed.class, ProposalEvent.EffectLapsed.class);
    }
}
