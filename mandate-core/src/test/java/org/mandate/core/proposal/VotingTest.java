package org.mandate.core.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.core.Fixtures.*;

import org.junit.jupiter.api.Test;
import org.mandate.core.Scenario;
import org.mandate.core.charter.Charter;
import org.mandate.core.proposal.ProposalEvent.ProposalClosed;
import org.mandate.core.proposal.ProposalEvent.VoteCast;
import org.mandate.core.rule.Rejection;
import org.mandate.core.vote.Result;

class VotingTest {

    @Test
    void refuses_vote_after_close() {
        Scenario s = Scenario.start();
        assembly(s, "bakery", Charter.defaultAssembly(), "ana", "ben", "chi");
        openVote(s, "ana", submit("p1", "bakery", new Motion.Resolution()));
        s.at(s.state().proposal(p("p1")).closesAt());

        s.when("ben", vote("p1", yes())).thenRefused(Rejection.WindowClosed.class);
    }

    @Test
    void refuses_a_second_vote_by_the_same_member() {
        Scenario s = Scenario.start();
        assembly(s, "bakery", Charter.defaultAssembly(), "ana", "ben", "chi");
        openVote(s, "ana", submit("p1", "bakery", new Motion.Resolution()));
        s.given("ben", vote("p1", yes()));

        s.when("ben", vote("p1", no())).thenRefused(Rejection.AlreadyVoted.class);
    }

    @Test
    void adopts_a_resolution_by_simple_majority_at_the_close() {
        Scenario s = Scenario.start();
        assembly(s, "bakery", Charter.defaultAssembly(), "ana", "ben", "chi");
        openVote(s, "ana", submit("p1", "bakery", new Motion.Resolution()));
        s.when("ana", vote("p1", yes())).thenEvents(VoteCast.class);
        s.when("ben", vote("p1", no())).thenAccepted();
        s.when("chi", vote("p1", yes())).thenAccepted();

        s.at(s.state().proposal(p("p1")).closesAt());
        s.when(null, new org.mandate.core.clock.Tick());

        ProposalClosed closed = s.only(ProposalClosed.class);
        assertThat(closed.result().verdict()).isEqualTo(org.mandate.core.count.Verdict.ADOPTED);
        assertThat(s.state().proposal(p("p1")).adopted()).isTrue();
    }
}
