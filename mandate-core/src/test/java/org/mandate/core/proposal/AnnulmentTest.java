package org.mandate.core.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.core.Fixtures.*;
import static org.mandate.core.proposal.CompetenceTest.federation;
import static org.mandate.core.proposal.CompetenceTest.grant;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandate.core.Event;
import org.mandate.core.Scenario;
import org.mandate.core.proposal.ProposalEvent.DecisionAnnulled;
import org.mandate.core.proposal.ProposalEvent.EffectLapsed;
import org.mandate.core.proposal.ProposalEvent.ProposalClosed;
import org.mandate.core.rule.Rejection;

class AnnulmentTest {

    private static final Duration WINDOW = Duration.ofDays(14);

    /** fed holds "housing" and adopted the resolution fed.r1 under it just now. */
    private static Scenario decided() {
        Scenario s = federation();
        grant(s, "housing");
        councilAdopts(s, "fed", "fed.r1", new Motion.Resolution(), "housing");
        assertThat(s.state().proposal(p("fed.r1")).adopted()).isTrue();
        return s;
    }

    private static List<Class<?>> types(List<Event> events) {
        return events.stream().<Class<?>>map(Object::getClass).toList();
    }

    @Test
    void member_bodies_annul_an_adopted_council_decision_within_the_window() {
        Scenario s = decided();

        var closed = councilAdopts(s, "fed", "fed.veto", new Motion.Annul(p("fed.r1")), null);

        assertThat(types(closed)).containsExactly(ProposalClosed.class, DecisionAnnulled.class);
        assertThat(closed.get(1)).isEqualTo(new DecisionAnnulled(s.now(), p("fed.r1"), p("fed.veto")));
        var r1 = s.state().proposal(p("fed.r1"));
        assertThat(r1.adopted()).isFalse();
        assertThat(r1.annulledBy()).isEqualTo(p("fed.veto"));
        assertThat(r1.result().adopted()).isTrue();
    }

    @Test
    void refuses_annulling_after_the_window() {
        Scenario s = decided();
        s.at(s.state().proposal(p("fed.r1")).closedAt().plus(WINDOW).plusSeconds(1));

        var r = s.when("ana", submit("fed.veto", "fed", new Motion.Annul(p("fed.r1")))).thenRefused(Rejection.NotAnnullable.class);

        assertThat(r.reason()).contains("window");
    }

    @Test
    void an_annulment_still_standing_when_the_window_ends_lapses() {
        Scenario s = decided();
        s.given("ana", submit("fed.veto", "fed", new Motion.Annul(p("fed.r1"))));
        s.given("ana", new ProposalCommand.PublishProposal(p("fed.veto"), null, Duration.ofDays(20)));
        bodyVotes(s, "bakery", "fed.veto", yes());
        bodyVotes(s, "mill", "fed.veto", yes());

        var closed = closeVote(s, "fed.veto");

        assertThat(types(closed)).containsExactly(ProposalClosed.class, EffectLapsed.class);
        assertThat(s.state().proposal(p("fed.r1")).adopted()).isTrue();
    }

    @Test
    void refuses_annulling_a_decision_that_is_not_ordinary_council_business() {
        Scenario s = decided();

        var r = s.when("ana", submit("fed.veto", "fed", new Motion.Annul(p("fed.grant.housing"))))
                .thenRefused(Rejection.NotAnnullable.class);

        assertThat(r.proposal()).isEqualTo(p("fed.grant.housing"));
    }

    @Test
    void refuses_annulling_a_member_bodys_own_decision() {
        Scenario s = decided();

        s.when("ana", submit("fed.veto", "fed", new Motion.Annul(p("bakery.on.fed.r1")))).thenRefused(Rejection.NotAnnullable.class);
    }

    @Test
    void refuses_annulling_a_decision_twice() {
        Scenario s = decided();
        councilAdopts(s, "fed", "fed.veto", new Motion.Annul(p("fed.r1")), null);

        s.when("ana", submit("fed.veto2", "fed", new Motion.Annul(p("fed.r1")))).thenRefused(Rejection.NotAnnullable.class);
    }

    @Test
    void refuses_annulling_a_decision_that_was_not_adopted() {
        Scenario s = decided();
        councilDecides(s, "fed", "fed.r2", new Motion.Resolution(), "housing", Duration.ofDays(6), no());

        s.when("ana", submit("fed.veto", "fed", new Motion.Annul(p("fed.r2")))).thenRefused(Rejection.NotAnnullable.class);
    }

    @Test
    void refuses_an_annulment_in_an_assembly() {
        Scenario s = decided();

        s.when("ana", submit("veto", "bakery", new Motion.Annul(p("fed.r1")))).thenRefused(Rejection.NotACouncil.class);
    }

    @Test
    void refuses_annulling_an_unknown_proposal() {
        Scenario s = decided();

        s.when("ana", submit("fed.veto", "fed", new Motion.Annul(p("nothing")))).thenRefused(Rejection.UnknownProposal.class);
    }
}
