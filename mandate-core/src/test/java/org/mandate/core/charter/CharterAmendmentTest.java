package org.mandate.core.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.core.Fixtures.*;

import java.time.Duration;
import java.util.List;
import org.mandate.core.count.Fraction;
import org.junit.jupiter.api.Test;
import org.mandate.core.Scenario;
import org.mandate.core.body.BodyEvent.CharterAmended;
import org.mandate.core.clock.Tick;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalEvent.ProposalClosed;
import org.mandate.core.rule.Rejection;
import org.mandate.core.vote.Ballot;
import org.mandate.core.vote.Result;

class CharterAmendmentTest {

    /** The default charter, with consent for ordinary business and a quorum of everyone. */
    private static Charter byConsent() {
        return withRule(Charter.defaultAssembly(), DecisionKind.ORDINARY, DecisionRule.of(Method.CONSENT, Fraction.of(1, 1)));
    }

    private static Scenario bakery() {
        Scenario s = Scenario.start();
        assembly(s, "bakery", Charter.defaultAssembly(), "ana", "ben", "chi");
        return s;
    }

    @Test
    void an_amendment_adopted_under_the_amendment_rule_replaces_the_charter() {
        Scenario s = bakery();
        openVote(s, "ana", submit("c1", "bakery", new Motion.AmendCharter(byConsent())));
        s.given("ana", vote("c1", yes()));
        s.given("ben", vote("c1", yes()));
        s.given("chi", vote("c1", no()));
        s.at(s.state().proposal(p("c1")).closesAt());

        s.when(null, new Tick()).thenEvents(ProposalClosed.class, CharterAmended.class);

        assertThat(s.state().proposal(p("c1")).rule()).isEqualTo(Charter.defaultAssembly().rule(DecisionKind.CHARTER_AMENDMENT));
        assertThat(s.only(CharterAmended.class)).isEqualTo(new CharterAmended(s.now(), b("bakery"), byConsent(), p("c1")));
        assertThat(s.state().body(b("bakery")).charter()).isEqualTo(byConsent());
    }

    @Test
    void an_amendment_short_of_the_amendment_rule_changes_nothing() {
        Scenario s = bakery();
        openVote(s, "ana", submit("c1", "bakery", new Motion.AmendCharter(byConsent())));
        s.given("ana", vote("c1", yes()));
        s.given("ben", vote("c1", no()));

        closeVote(s, "c1");

        assertThat(s.state().proposal(p("c1")).result().verdict()).isEqualTo(org.mandate.core.count.Verdict.REJECTED);
        assertThat(s.state().body(b("bakery")).charter()).isEqualTo(Charter.defaultAssembly());
    }

    @Test
    void refuses_a_charter_whose_expulsion_rule_is_not_a_qualified_majority() {
        Scenario s = bakery();
        Charter bad = withRule(Charter.defaultAssembly(), DecisionKind.EXPULSION, DecisionRule.majority(Fraction.HALF));

        var r = s.when("ana", submit("c1", "bakery", new Motion.AmendCharter(bad))).thenRefused(Rejection.InvalidCharter.class);

        assertThat(r.reason()).contains("expulsion");
        assertThat(s.state().proposal(p("c1"))).isNull();
    }

    @Test
    void refuses_a_charter_missing_a_rule() {
        Scenario s = bakery();
        Charter bad = withRule(Charter.defaultAssembly(), DecisionKind.SECESSION, null);

        s.when("ana", submit("c1", "bakery", new Motion.AmendCharter(bad))).thenRefused(Rejection.InvalidCharter.class);
    }

    @Test
    void refuses_a_charter_choosing_by_a_yes_no_method() {
        Scenario s = bakery();
        Charter bad = withRule(Charter.defaultAssembly(), DecisionKind.CHOICE, DecisionRule.majority(Fraction.HALF));

        s.when("ana", submit("c1", "bakery", new Motion.AmendCharter(bad))).thenRefused(Rejection.InvalidCharter.class);
    }

    @Test
    void refuses_an_amendment_with_no_charter() {
        Scenario s = bakery();

        s.when("ana", submit("c1", "bakery", new Motion.AmendCharter(null))).thenRefused(Rejection.InvalidCharter.class);
    }

    @Test
    void a_proposal_published_before_an_amendment_keeps_the_rule_it_was_published_under() {
        Scenario s = bakery();
        s.given("ana", submit("c1", "bakery", new Motion.AmendCharter(byConsent())));
        s.given("ana", publish("c1"));
        s.at(s.state().proposal(p("c1")).votingOpensAt()).tick();
        s.given("ana", vote("c1", yes()));
        s.given("ben", vote("c1", yes()));
        s.given("chi", vote("c1", yes()));
        s.at(s.state().proposal(p("c1")).closesAt().minus(Duration.ofDays(1)));
        s.given("ana", submit("old", "bakery", new Motion.Resolution()));
        s.given("ana", publish("old"));
        closeVote(s, "c1");
        assertThat(s.state().body(b("bakery")).charter()).isEqualTo(byConsent());

        s.given("ana", submit("new", "bakery", new Motion.Resolution()));
        s.given("ana", publish("new"));

        assertThat(s.state().proposal(p("old")).rule()).isEqualTo(Charter.defaultAssembly().rule(DecisionKind.ORDINARY));
        assertThat(s.state().proposal(p("new")).rule()).isEqualTo(byConsent().rule(DecisionKind.ORDINARY));
        s.at(s.state().proposal(p("old")).votingOpensAt()).tick();
        s.when("ben", vote("old", new Ballot.Consent(false, null))).thenRefused(Rejection.BallotDoesNotFit.class);
        s.given("ana", vote("old", yes()));
        s.given("ben", vote("old", no()));
        s.given("chi", vote("old", yes()));
        closeVote(s, "old");
        assertThat(s.state().proposal(p("old")).result().verdict()).isEqualTo(org.mandate.core.count.Verdict.ADOPTED);
        assertThat(List.of(s.state().proposal(p("old")).result().tally().roll())).containsExactly(3L);
    }
}
