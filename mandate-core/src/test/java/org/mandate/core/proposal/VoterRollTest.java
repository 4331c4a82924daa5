package org.mandate.core.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.core.Fixtures.*;

import org.junit.jupiter.api.Test;
import org.mandate.core.Scenario;
import org.mandate.core.body.BodyCommand.ApplyForAdmission;
import org.mandate.core.body.BodyCommand.LeaveBody;
import org.mandate.core.charter.Charter;
import org.mandate.core.charter.DecisionKind;
import org.mandate.core.charter.DecisionRule;
import org.mandate.core.count.Fraction;
import org.mandate.core.proposal.ProposalEvent.VoteCast;
import org.mandate.core.rule.Rejection;
import org.mandate.core.vote.Result;
import org.mandate.core.vote.Tally;

class VoterRollTest {

    private static Scenario bakery(Charter charter, String... members) {
        Scenario s = Scenario.start();
        assembly(s, "bakery", charter, members);
        return s;
    }

    @Test
    void a_member_admitted_after_publication_does_not_vote() {
        Scenario s = bakery(Charter.defaultAssembly(), "ana", "ben", "chi");
        register(s, "dan");
        s.given("dan", new ApplyForAdmission(b("bakery"), p("admit-dan")));
        s.given("ana", submit("p1", "bakery", new Motion.Resolution()));
        s.given("ana", new ProposalCommand.PublishProposal(p("p1"), null, java.time.Duration.ofDays(10)));
        s.at(s.state().proposal(p("admit-dan")).votingOpensAt()).tick();
        s.given("ana", vote("admit-dan", yes()));
        s.given("ben", vote("admit-dan", yes()));
        closeVote(s, "admit-dan");
        assertThat(s.state().body(b("bakery")).hasMember(m("dan"))).isTrue();
        assertThat(s.state().proposal(p("p1")).phase()).isEqualTo(Phase.VOTING);

        s.when("dan", vote("p1", yes())).thenRefused(Rejection.NotOnRoll.class);
        assertThat(s.state().proposal(p("p1")).roll().asMap()).containsOnlyKeys("ana", "ben", "chi");
    }

    @Test
    void a_member_who_left_after_publication_still_votes_and_is_counted() {
        Scenario s = bakery(Charter.defaultAssembly(), "ana", "ben", "chi");
        openVote(s, "ana", submit("p1", "bakery", new Motion.Resolution()));
        s.given("chi", new LeaveBody(b("bakery")));

        s.when("chi", vote("p1", no())).thenEvents(VoteCast.class);
        s.given("ana", vote("p1", no()));
        s.given("ben", vote("p1", yes()));
        closeVote(s, "p1");

        var result = s.state().proposal(p("p1")).result();
        assertThat(result.tally()).isEqualTo(new Tally.YesNo(1, 2, 0, 3, 3));
        assertThat(result.verdict()).isEqualTo(org.mandate.core.count.Verdict.REJECTED);
    }

    @Test
    void a_member_expelled_after_publication_still_votes_and_is_counted() {
        Scenario s = bakery(Charter.defaultAssembly(), "ana", "ben", "chi", "dan");
        s.given("ana", submit("p1", "bakery", new Motion.Resolution()));
        s.given("ana", new ProposalCommand.PublishProposal(p("p1"), null, java.time.Duration.ofDays(30)));
        decide(s, "bakery", "x1", new Motion.ExpelMember(m("dan")), yes());
        assertThat(s.state().body(b("bakery")).hasMember(m("dan"))).isFalse();

        s.when("dan", vote("p1", yes())).thenEvents(VoteCast.class);
        closeVote(s, "p1");

        assertThat(s.state().proposal(p("p1")).result().tally()).isEqualTo(new Tally.YesNo(1, 0, 0, 4, 1));
    }

    @Test
    void quorum_is_measured_against_the_frozen_roll() {
        DecisionRule half = DecisionRule.majority(Fraction.HALF);
        Scenario s = bakery(withRule(Charter.defaultAssembly(), DecisionKind.ORDINARY, half), "ana", "ben", "chi", "dan");
        openVote(s, "ana", submit("p1", "bakery", new Motion.Resolution()));
        s.given("chi", new LeaveBody(b("bakery")));
        s.given("dan", new LeaveBody(b("bakery")));
        s.given("ana", vote("p1", yes()));

        closeVote(s, "p1");

        var result = s.state().proposal(p("p1")).result();
        assertThat(result.tally()).isEqualTo(new Tally.YesNo(1, 0, 0, 4, 1));
        assertThat(result.verdict()).isEqualTo(org.mandate.core.count.Verdict.QUORUM_NOT_MET);
    }

    @Test
    void refuses_a_vote_by_a_registered_outsider() {
        Scenario s = bakery(Charter.defaultAssembly(), "ana", "ben");
        register(s, "eve");
        openVote(s, "ana", submit("p1", "bakery", new Motion.Resolution()));

        s.when("eve", vote("p1", yes())).thenRefused(Rejection.NotOnRoll.class);
    }

    @Test
    void refuses_a_vote_by_someone_never_registered() {
        Scenario s = bakery(Charter.defaultAssembly(), "ana", "ben");
        openVote(s, "ana", submit("p1", "bakery", new Motion.Resolution()));

        s.when("ghost", vote("p1", yes())).thenRefused(Rejection.NotRegistered.class);
    }

    @Test
    void a_body_admitted_to_a_council_after_publication_is_not_on_the_roll() {
        Scenario s = CompetenceTest.federation();
        assembly(s, "oven", quickAssembly(), "eli", "fay");
        CompetenceTest.grant(s, "housing");
        s.given("ana", CompetenceTest.resolution("fed.r1", "housing"));
        s.given("ana", new ProposalCommand.PublishProposal(p("fed.r1"), null, java.time.Duration.ofDays(30)));
        adopt(s, "oven", "oven.apply", new Motion.ApplyToCouncil(b("fed"), p("fed.admit.oven")));
        bodyVotes(s, "bakery", "fed.admit.oven", yes());
        closeVote(s, "fed.admit.oven");
        assertThat(s.state().body(b("fed")).memberBodies()).containsKey(b("oven"));

        s.when("eli", submit("oven.on.r1", "oven", new Motion.CastBodyVote(p("fed.r1"), yes()))).thenRefused(Rejection.BodyNotOnRoll.class);
        assertThat(s.state().proposal(p("fed.r1")).roll().asMap()).containsOnlyKeys("bakery", "mill");
    }
}
