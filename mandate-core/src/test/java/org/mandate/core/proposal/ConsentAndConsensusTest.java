package org.mandate.core.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.core.Fixtures.*;

import org.junit.jupiter.api.Test;
import org.mandate.core.Scenario;
import org.mandate.core.charter.Charter;
import org.mandate.core.charter.DecisionKind;
import org.mandate.core.charter.DecisionRule;
import org.mandate.core.charter.Method;
import org.mandate.core.count.Fraction;
import org.mandate.core.proposal.ProposalCommand.WithdrawObjection;
import org.mandate.core.proposal.ProposalEvent.ObjectionWithdrawn;
import org.mandate.core.proposal.ProposalEvent.VoteCast;
import org.mandate.core.rule.Rejection;
import org.mandate.core.vote.Ballot;
import org.mandate.core.vote.Result;
import org.mandate.core.vote.Tally;

class ConsentAndConsensusTest {

    private static final Ballot CONSENT = new Ballot.Consent(false, null);

    private static Ballot objection(String reason) { return new Ballot.Consent(true, reason); }

    private static Ballot agree() { return new Ballot.Consensus(Ballot.Stance.AGREE, null); }

    private static Scenario open(Method method) {
        Scenario s = Scenario.start();
        assembly(s, "bakery", withRule(Charter.defaultAssembly(), DecisionKind.ORDINARY, DecisionRule.of(method, Fraction.of(1, 3))),
                "ana", "ben", "chi");
        openVote(s, "ana", submit("p1", "bakery", new Motion.Resolution()));
        return s;
    }

    private static org.mandate.core.count.Verdict verdict(Scenario s) {
        closeVote(s, "p1");
        return s.state().proposal(p("p1")).result().verdict();
    }

    // --- consent ---

    @Test
    void consent_adopts_when_no_objection_stands() {
        Scenario s = open(Method.CONSENT);
        s.given("ana", vote("p1", CONSENT));
        s.given("ben", vote("p1", CONSENT));

        assertThat(verdict(s)).isEqualTo(org.mandate.core.count.Verdict.ADOPTED);
        assertThat(s.state().proposal(p("p1")).result().tally()).isEqualTo(new Tally.Consent(2, 0, 3, 2));
    }

    @Test
    void consent_rejects_when_a_reasoned_objection_stands() {
        Scenario s = open(Method.CONSENT);
        s.given("ana", vote("p1", CONSENT));
        s.when("ben", vote("p1", objection("it breaks the rota"))).thenEvents(VoteCast.class);

        assertThat(verdict(s)).isEqualTo(org.mandate.core.count.Verdict.REJECTED);
    }

    @Test
    void a_withdrawn_objection_no_longer_stands() {
        Scenario s = open(Method.CONSENT);
        s.given("ana", vote("p1", CONSENT));
        s.given("ben", vote("p1", objection("it breaks the rota")));

        s.when("ben", new WithdrawObjection(p("p1"))).thenEvents(ObjectionWithdrawn.class);

        assertThat(s.state().proposal(p("p1")).openBallots().get("ben")).isEqualTo(CONSENT);
        assertThat(verdict(s)).isEqualTo(org.mandate.core.count.Verdict.ADOPTED);
    }

    @Test
    void refuses_an_objection_without_a_reason() {
        Scenario s = open(Method.CONSENT);

        s.when("ben", vote("p1", objection(" "))).thenRefused(Rejection.BallotDoesNotFit.class);
        assertThat(s.state().proposal(p("p1")).participants()).isEmpty();
    }

    @Test
    void refuses_withdrawing_an_objection_never_made() {
        Scenario s = open(Method.CONSENT);
        s.given("ben", vote("p1", CONSENT));

        s.when("ben", new WithdrawObjection(p("p1"))).thenRefused(Rejection.NoStandingObjection.class);
        s.when("chi", new WithdrawObjection(p("p1"))).thenRefused(Rejection.NoStandingObjection.class);
    }

    @Test
    void refuses_withdrawing_an_objection_after_the_close() {
        Scenario s = open(Method.CONSENT);
        s.given("ben", vote("p1", objection("no")));
        closeVote(s, "p1");

        s.when("ben", new WithdrawObjection(p("p1"))).thenRefused(Rejection.WrongPhase.class);
    }

    // --- consensus ---

    @Test
    void consensus_adopts_with_agreement_and_stand_asides() {
        Scenario s = open(Method.CONSENSUS);
        s.given("ana", vote("p1", agree()));
        s.given("ben", vote("p1", agree()));
        s.given("chi", vote("p1", new Ballot.Consensus(Ballot.Stance.STAND_ASIDE, "not my area")));

        assertThat(verdict(s)).isEqualTo(org.mandate.core.count.Verdict.ADOPTED);
        assertThat(s.state().proposal(p("p1")).result().tally()).isEqualTo(new Tally.Consensus(2, 1, 0, 3, 3));
    }

    @Test
    void consensus_rejects_with_a_block() {
        Scenario s = open(Method.CONSENSUS);
        s.given("ana", vote("p1", agree()));
        s.given("ben", vote("p1", agree()));
        s.given("chi", vote("p1", new Ballot.Consensus(Ballot.Stance.BLOCK, "this ends the co-op")));

        assertThat(verdict(s)).isEqualTo(org.mandate.core.count.Verdict.REJECTED);
    }

    @Test
    void refuses_a_block_without_a_reason() {
        Scenario s = open(Method.CONSENSUS);

        s.when("chi", vote("p1", new Ballot.Consensus(Ballot.Stance.BLOCK, null))).thenRefused(Rejection.BallotDoesNotFit.class);
    }
}
