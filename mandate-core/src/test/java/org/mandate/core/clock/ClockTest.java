package org.mandate.core.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.core.Fixtures.*;

import org.junit.jupiter.api.Test;
import org.mandate.core.Context;
import org.mandate.core.Mandate;
import org.mandate.core.Outcome;
import org.mandate.core.Scenario;
import org.mandate.core.charter.Charter;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.Phase;
import org.mandate.core.proposal.ProposalEvent.ProposalClosed;
import org.mandate.core.proposal.ProposalEvent.VotingOpened;
import org.mandate.core.rule.Rejection;

class ClockTest {

    private static Scenario published() {
        Scenario s = Scenario.start();
        assembly(s, "bakery", Charter.defaultAssembly(), "ana", "ben");
        s.given("ana", submit("p1", "bakery", new Motion.Resolution()));
        s.given("ana", publish("p1"));
        return s;
    }

    @Test
    void a_member_cannot_send_the_clock_command_so_nobody_chooses_when_a_vote_closes() {
        Scenario s = published();
        s.after(DAY);

        var r = s.when("ana", new Tick()).thenRefused(Rejection.OnlyTheClock.class);

        assertThat(r.member()).isEqualTo(m("ana"));
        assertThat(s.state().proposal(p("p1")).phase()).isEqualTo(Phase.DELIBERATION);
    }

    @Test
    void refuses_a_command_dated_before_the_records_clock() {
        Scenario s = published();
        s.after(DAY).tick();
        s.given("ben", new org.mandate.core.proposal.ProposalCommand.PostComment(p("p1"), "c1", "later", null));

        s.at(Scenario.T0.plusSeconds(1));
        var r = s.when("ben", new org.mandate.core.proposal.ProposalCommand.PostComment(p("p1"), "c2", "earlier", null))
                .thenRefused(Rejection.ClockWentBackwards.class);

        assertThat(r.clock()).isEqualTo(Scenario.T0.plus(DAY));
    }

    @Test
    void refuses_a_tick_dated_before_the_records_clock() {
        Scenario s = published();
        s.after(DAY);
        s.given("ben", new org.mandate.core.proposal.ProposalCommand.PostComment(p("p1"), "c1", "later", null));

        s.at(Scenario.T0).when(null, new Tick()).thenRefused(Rejection.ClockWentBackwards.class);
    }

    @Test
    void a_tick_with_nothing_due_produces_no_events() {
        Scenario s = published();
        long before = s.state().eventCount();

        s.after(DAY).when(null, new Tick()).thenEvents();

        assertThat(s.state().eventCount()).isEqualTo(before);
        assertThat(s.state().proposal(p("p1")).phase()).isEqualTo(Phase.DELIBERATION);
    }

    @Test
    void the_tick_opens_the_vote_when_deliberation_ends_and_closes_it_when_the_window_ends() {
        Scenario s = published();
        var p1 = s.state().proposal(p("p1"));

        s.at(p1.votingOpensAt().minusSeconds(1)).when(null, new Tick()).thenEvents();
        s.at(p1.votingOpensAt()).when(null, new Tick()).thenEvents(VotingOpened.class);
        assertThat(s.only(VotingOpened.class).at()).isEqualTo(p1.votingOpensAt());
        s.at(p1.closesAt().minusSeconds(1)).when(null, new Tick()).thenEvents();
        s.at(p1.closesAt()).when(null, new Tick()).thenEvents(ProposalClosed.class);
        assertThat(p1.phase()).isEqualTo(Phase.CLOSED);
    }

    @Test
    void one_late_tick_runs_everything_that_fell_due_in_order() {
        Scenario s = published();
        var p1 = s.state().proposal(p("p1"));

        s.at(p1.closesAt().plus(DAY)).when(null, new Tick()).thenEvents(VotingOpened.class, ProposalClosed.class);

        assertThat(p1.phase()).isEqualTo(Phase.CLOSED);
        assertThat(s.state().schedule().size()).isZero();
    }

    @Test
    void decide_on_a_tick_changes_nothing() {
        Scenario s = published();
        var p1 = s.state().proposal(p("p1"));
        long before = s.state().eventCount();

        Outcome o = Mandate.decide(s.state(), new Tick(), Context.system(p1.closesAt()));

        assertThat(((Outcome.Accepted) o).events()).extracting(e -> (Object) e.getClass()).containsExactly(VotingOpened.class);
        assertThat(s.state().eventCount()).isEqualTo(before);
        assertThat(p1.phase()).isEqualTo(Phase.DELIBERATION);
    }

    @Test
    void an_amendment_after_deliberation_time_is_refused_even_before_the_tick() {
        Scenario s = published();
        s.at(s.state().proposal(p("p1")).votingOpensAt().plusSeconds(60));

        s.when("ben", new org.mandate.core.proposal.ProposalCommand.ProposeAmendment(p("p1"), "a1", "Late"))
                .thenRefused(Rejection.WrongPhase.class);
    }
}
