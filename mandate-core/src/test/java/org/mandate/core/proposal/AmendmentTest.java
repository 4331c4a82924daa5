package org.mandate.core.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.core.Fixtures.*;

import org.junit.jupiter.api.Test;
import org.mandate.core.Scenario;
import org.mandate.core.charter.Charter;
import org.mandate.core.clock.Tick;
import org.mandate.core.proposal.ProposalCommand.*;
import org.mandate.core.proposal.ProposalEvent.*;
import org.mandate.core.rule.Rejection;

class AmendmentTest {

    private static Scenario published() {
        Scenario s = Scenario.start();
        assembly(s, "bakery", Charter.defaultAssembly(), "ana", "ben", "chi", "dan");
        s.given("ana", submit("p1", "bakery", new Motion.Resolution()));
        s.given("ana", publish("p1"));
        return s;
    }

    @Test
    void an_amendment_the_proposer_accepts_changes_the_text() {
        Scenario s = published();
        s.when("ben", new ProposeAmendment(p("p1"), "a1", "Better text")).thenEvents(AmendmentProposed.class);
        assertThat(s.only(AmendmentProposed.class)).isEqualTo(new AmendmentProposed(s.now(), p("p1"), "a1", m("ben"), "Better text"));

        s.when("ana", new AcceptAmendment(p("p1"), "a1")).thenEvents(AmendmentAccepted.class);

        assertThat(s.only(AmendmentAccepted.class).voidedBodyVotes()).isEmpty();
        var p1 = s.state().proposal(p("p1"));
        assertThat(p1.text()).isEqualTo("Better text");
        assertThat(p1.amendments().get("a1").status()).isEqualTo(Amendment.Status.ACCEPTED);
    }

    @Test
    void refuses_acceptance_by_anyone_but_the_proposer() {
        Scenario s = published();
        s.given("ben", new ProposeAmendment(p("p1"), "a1", "Better text"));

        s.when("ben", new AcceptAmendment(p("p1"), "a1")).thenRefused(Rejection.NotTheProposer.class);
        assertThat(s.state().proposal(p("p1")).text()).isEqualTo("Text of p1");
    }

    @Test
    void an_amendment_with_more_support_than_opposition_is_adopted_when_deliberation_ends() {
        Scenario s = published();
        s.given("ben", new ProposeAmendment(p("p1"), "a1", "Better text"));
        s.when("ben", new SupportAmendment(p("p1"), "a1", true)).thenEvents(AmendmentSupported.class);
        s.given("chi", new SupportAmendment(p("p1"), "a1", true));
        s.given("ana", new SupportAmendment(p("p1"), "a1", false));
        s.at(s.state().proposal(p("p1")).votingOpensAt());

        s.when(null, new Tick()).thenEvents(AmendmentSettled.class, VotingOpened.class);

        assertThat(s.only(AmendmentSettled.class)).isEqualTo(new AmendmentSettled(s.now(), p("p1"), "a1", true, 2, 1, java.util.List.of()));
        var p1 = s.state().proposal(p("p1"));
        assertThat(p1.text()).isEqualTo("Better text");
        assertThat(p1.amendments().get("a1").status()).isEqualTo(Amendment.Status.ADOPTED);
    }

    @Test
    void an_amendment_without_more_support_than_opposition_is_rejected() {
        Scenario s = published();
        s.given("ben", new ProposeAmendment(p("p1"), "a1", "Better text"));
        s.given("ben", new SupportAmendment(p("p1"), "a1", true));
        s.given("ana", new SupportAmendment(p("p1"), "a1", false));
        s.at(s.state().proposal(p("p1")).votingOpensAt());

        s.when(null, new Tick()).thenEvents(AmendmentSettled.class, VotingOpened.class);

        assertThat(s.only(AmendmentSettled.class).adopted()).isFalse();
        assertThat(s.state().proposal(p("p1")).text()).isEqualTo("Text of p1");
        assertThat(s.state().proposal(p("p1")).amendments().get("a1").status()).isEqualTo(Amendment.Status.REJECTED);
    }

    @Test
    void a_member_changing_their_mind_on_an_amendment_counts_once() {
        Scenario s = published();
        s.given("ben", new ProposeAmendment(p("p1"), "a1", "Better text"));
        s.given("ben", new SupportAmendment(p("p1"), "a1", true));
        s.given("chi", new SupportAmendment(p("p1"), "a1", true));
        s.given("chi", new SupportAmendment(p("p1"), "a1", false));

        var a1 = s.state().proposal(p("p1")).amendments().get("a1");
        assertThat(a1.supporters()).isEqualTo(1);
        assertThat(a1.opponents()).isEqualTo(1);
    }

    @Test
    void refuses_support_from_someone_not_on_the_roll() {
        Scenario s = published();
        register(s, "eve");
        s.given("ben", new ProposeAmendment(p("p1"), "a1", "Better text"));

        s.when("eve", new SupportAmendment(p("p1"), "a1", true)).thenRefused(Rejection.NotOnRoll.class);
    }

    @Test
    void refuses_support_for_an_unknown_or_settled_amendment() {
        Scenario s = published();
        s.given("ben", new ProposeAmendment(p("p1"), "a1", "Better text"));
        s.given("ana", new AcceptAmendment(p("p1"), "a1"));

        s.when("chi", new SupportAmendment(p("p1"), "a1", true)).thenRefused(Rejection.UnknownAmendment.class);
        s.when("chi", new SupportAmendment(p("p1"), "zz", true)).thenRefused(Rejection.UnknownAmendment.class);
    }

    @Test
    void refuses_an_amendment_once_deliberation_has_ended() {
        Scenario s = published();
        s.at(s.state().proposal(p("p1")).votingOpensAt()).tick();

        s.when("ben", new ProposeAmendment(p("p1"), "a1", "Late")).thenRefused(Rejection.WrongPhase.class);
    }

    @Test
    void refuses_an_amendment_to_a_draft() {
        Scenario s = Scenario.start();
        assembly(s, "bakery", Charter.defaultAssembly(), "ana", "ben");
        s.given("ana", submit("p1", "bakery", new Motion.Resolution()));

        s.when("ben", new ProposeAmendment(p("p1"), "a1", "Early")).thenRefused(Rejection.WrongPhase.class);
    }

    @Test
    void refuses_an_amendment_id_in_use() {
        Scenario s = published();
        s.given("ben", new ProposeAmendment(p("p1"), "a1", "One"));

        s.when("chi", new ProposeAmendment(p("p1"), "a1", "Two")).thenRefused(Rejection.IdInUse.class);
    }

    @Test
    void refuses_an_amendment_without_text() {
        Scenario s = published();

        s.when("ben", new ProposeAmendment(p("p1"), "a1", " ")).thenRefused(Rejection.InvalidProposal.class);
    }

    @Test
    void refuses_an_amendment_by_an_outsider() {
        Scenario s = published();
        register(s, "eve");

        s.when("eve", new ProposeAmendment(p("p1"), "a1", "Mine")).thenRefused(Rejection.NotAMember.class);
    }
}
