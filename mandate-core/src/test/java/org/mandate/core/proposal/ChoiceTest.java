package org.mandate.core.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.core.Fixtures.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mandate.core.Scenario;
import org.mandate.core.charter.Charter;
import org.mandate.core.charter.DecisionKind;
import org.mandate.core.charter.DecisionRule;
import org.mandate.core.charter.Method;
import org.mandate.core.count.Fraction;
import org.mandate.core.proposal.ProposalCommand.SubmitProposal;
import org.mandate.core.rule.Rejection;
import org.mandate.core.vote.Ballot;
import org.mandate.core.vote.Result;
import org.mandate.core.vote.Tally;
import org.mandate.core.vote.TieOrder;

class ChoiceTest {

    private static final List<String> OPTIONS = List.of("rye", "spelt", "wheat");

    private static Scenario open(Method method) {
        Scenario s = Scenario.start();
        assembly(s, "bakery", withRule(Charter.defaultAssembly(), DecisionKind.CHOICE, DecisionRule.of(method, Fraction.of(1, 3))),
                "ana", "ben", "chi");
        openVote(s, "ana", new SubmitProposal(p("c1"), b("bakery"), "Flour", "", new Motion.Choice(), OPTIONS, null));
        return s;
    }

    /** Of the tied options, the one TieOrder ranks first. */
    private static String tieWinner(String proposal, List<String> tied) {
        int[] priority = TieOrder.priority(p(proposal), OPTIONS);
        return tied.stream().min(java.util.Comparator.comparingInt(o -> priority[OPTIONS.indexOf(o)])).orElseThrow();
    }

    @Test
    void approval_elects_the_most_approved_option() {
        Scenario s = open(Method.APPROVAL);
        s.given("ana", vote("c1", new Ballot.Approval(List.of("rye", "spelt"))));
        s.given("ben", vote("c1", new Ballot.Approval(List.of("spelt"))));
        s.given("chi", vote("c1", new Ballot.Approval(List.of())));

        closeVote(s, "c1");

        var result = s.state().proposal(p("c1")).result();
        assertThat(result.verdict()).isEqualTo(org.mandate.core.count.Verdict.ADOPTED);
        assertThat(result.winners()).containsExactly("spelt");
        assertThat(result.tally()).isEqualTo(new Tally.Totals(OPTIONS, List.of(1L, 2L, 0L), 3, 3));
    }

    @Test
    void an_approval_tie_is_broken_by_the_proposals_tie_order() {
        Scenario s = open(Method.APPROVAL);
        s.given("ana", vote("c1", new Ballot.Approval(List.of("rye", "wheat"))));
        s.given("ben", vote("c1", new Ballot.Approval(List.of("wheat", "rye"))));

        closeVote(s, "c1");

        assertThat(s.state().proposal(p("c1")).result().winners()).containsExactly(tieWinner("c1", List.of("rye", "wheat")));
    }

    @Test
    void score_elects_the_highest_total() {
        Scenario s = open(Method.SCORE);
        s.given("ana", vote("c1", new Ballot.Scores(Map.of("rye", 5, "spelt", 1, "wheat", 0))));
        s.given("ben", vote("c1", new Ballot.Scores(Map.of("rye", 0, "spelt", 3, "wheat", 4))));

        closeVote(s, "c1");

        var result = s.state().proposal(p("c1")).result();
        assertThat(result.winners()).containsExactly("rye");
        assertThat(result.tally()).isEqualTo(new Tally.Totals(OPTIONS, List.of(5L, 4L, 4L), 3, 2));
    }

    @Test
    void a_score_tie_is_broken_by_the_proposals_tie_order() {
        Scenario s = open(Method.SCORE);
        s.given("ana", vote("c1", new Ballot.Scores(Map.of("rye", 2, "spelt", 4, "wheat", 4))));
        s.given("ben", vote("c1", new Ballot.Scores(Map.of("rye", 2, "spelt", 1, "wheat", 1))));

        closeVote(s, "c1");

        assertThat(s.state().proposal(p("c1")).result().winners()).containsExactly(tieWinner("c1", List.of("spelt", "wheat")));
    }

    @Test
    void refuses_an_approval_of_an_unknown_option() {
        Scenario s = open(Method.APPROVAL);

        s.when("ana", vote("c1", new Ballot.Approval(List.of("barley")))).thenRefused(Rejection.BallotDoesNotFit.class);
    }

    @Test
    void refuses_a_score_above_the_maximum() {
        Scenario s = open(Method.SCORE);

        s.when("ana", vote("c1", new Ballot.Scores(Map.of("rye", 6, "spelt", 0, "wheat", 0)))).thenRefused(Rejection.BallotDoesNotFit.class);
    }

    @Test
    void refuses_a_score_ballot_that_leaves_an_option_out() {
        Scenario s = open(Method.SCORE);

        s.when("ana", vote("c1", new Ballot.Scores(Map.of("rye", 1)))).thenRefused(Rejection.BallotDoesNotFit.class);
    }

    @Test
    void refuses_a_choice_with_a_single_option() {
        Scenario s = Scenario.start();
        assembly(s, "bakery", Charter.defaultAssembly(), "ana", "ben");

        s.when("ana", new SubmitProposal(p("c1"), b("bakery"), "Flour", "", new Motion.Choice(), List.of("rye"), null))
                .thenRefused(Rejection.InvalidProposal.class);
    }
}
