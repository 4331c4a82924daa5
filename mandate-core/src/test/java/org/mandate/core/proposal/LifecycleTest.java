package org.mandate.core.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.core.Fixtures.*;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandate.core.Scenario;
import org.mandate.core.charter.Charter;
import org.mandate.core.charter.DecisionKind;
import org.mandate.core.charter.DecisionRule;
import org.mandate.core.count.Fraction;
import org.mandate.core.clock.Tick;
import org.mandate.core.proposal.ProposalCommand.*;
import org.mandate.core.proposal.ProposalEvent.*;
import org.mandate.core.rule.Rejection;
import org.mandate.core.vote.Result;
import org.mandate.core.vote.Tally;

class LifecycleTest {

    private static final DecisionRule ORDINARY = Charter.defaultAssembly().rule(DecisionKind.ORDINARY);

    private static Scenario bakery() {
        Scenario s = Scenario.start();
        assembly(s, "bakery", Charter.defaultAssembly(), "ana", "ben", "chi");
        return s;
    }

    private static Scenario published() {
        Scenario s = bakery();
        s.given("ana", submit("p1", "bakery", new Motion.Resolution()));
        s.given("ana", publish("p1"));
        return s;
    }

    @Test
    void a_proposal_goes_from_draft_to_deliberation_to_voting_to_closed() {
        Scenario s = bakery();
        var t0 = s.now();

        s.when("ana", submit("p1", "bakery", new Motion.Resolution())).thenEvents(ProposalSubmitted.class);
        assertThat(s.only(ProposalSubmitted.class)).isEqualTo(new ProposalSubmitted(t0, p("p1"), b("bakery"), m("ana"),
                "Proposal p1", "Text of p1", new Motion.Resolution(), List.of(), null));
        assertThat(s.state().proposal(p("p1")).phase()).isEqualTo(Phase.DRAFT);

        s.after(DAY).when("ana", publish("p1")).thenEvents(ProposalPublished.class);
        var opens = s.now().plus(ORDINARY.deliberation());
        var closes = opens.plus(ORDINARY.voting());
        assertThat(s.only(ProposalPublished.class)).isEqualTo(new ProposalPublished(s.now(), p("p1"), ORDINARY, opens, closes));
        var p1 = s.state().proposal(p("p1"));
        assertThat(p1.phase()).isEqualTo(Phase.DELIBERATION);
        assertThat(p1.publishedAt()).isEqualTo(s.now());
        assertThat(p1.roll().asMap()).containsOnlyKeys("ana", "ben", "chi");

        s.at(opens).when(null, new Tick()).thenEvents(VotingOpened.class);
        assertThat(p1.phase()).isEqualTo(Phase.VOTING);
        s.given("ana", vote("p1", yes()));

        s.at(closes).when(null, new Tick()).thenEvents(ProposalClosed.class);
        assertThat(p1.phase()).isEqualTo(Phase.CLOSED);
        assertThat(p1.closedAt()).isEqualTo(closes);
        assertThat(p1.result().verdict()).isEqualTo(org.mandate.core.count.Verdict.ADOPTED);
    }

    @Test
    void with_no_deliberation_time_publishing_opens_the_vote_at_once() {
        Scenario s = Scenario.start();
        assembly(s, "bakery", quickAssembly(), "ana", "ben");
        s.given("ana", submit("p1", "bakery", new Motion.Resolution()));

        s.when("ana", publish("p1")).thenEvents(ProposalPublished.class, VotingOpened.class);
        assertThat(s.state().proposal(p("p1")).phase()).isEqualTo(Phase.VOTING);
    }

    @Test
    void refuses_publication_by_anyone_but_the_proposer() {
        Scenario s = bakery();
        s.given("ana", submit("p1", "bakery", new Motion.Resolution()));

        s.when("ben", publish("p1")).thenRefused(Rejection.NotTheProposer.class);
        assertThat(s.state().proposal(p("p1")).phase()).isEqualTo(Phase.DRAFT);
    }

    @Test
    void refuses_publishing_twice() {
        Scenario s = published();

        s.when("ana", publish("p1")).thenRefused(Rejection.WrongPhase.class);
    }

    @Test
    void refuses_shortening_the_deliberation_window() {
        Scenario s = bakery();
        s.given("ana", submit("p1", "bakery", new Motion.Resolution()));

        s.when("ana", new PublishProposal(p("p1"), ORDINARY.deliberation().minusHours(1), null))
                .thenRefused(Rejection.InvalidProposal.class);
    }

    @Test
    void refuses_shortening_the_voting_window() {
        Scenario s = bakery();
        s.given("ana", submit("p1", "bakery", new Motion.Resolution()));

        s.when("ana", new PublishProposal(p("p1"), null, ORDINARY.voting().minusSeconds(1)))
                .thenRefused(Rejection.InvalidProposal.class);
    }

    @Test
    void allows_lengthening_both_windows() {
        Scenario s = bakery();
        s.given("ana", submit("p1", "bakery", new Motion.Resolution()));

        s.when("ana", new PublishProposal(p("p1"), Duration.ofDays(10), Duration.ofDays(20))).thenEvents(ProposalPublished.class);

        assertThat(s.state().proposal(p("p1")).votingOpensAt()).isEqualTo(s.now().plus(Duration.ofDays(10)));
        assertThat(s.state().proposal(p("p1")).closesAt()).isEqualTo(s.now().plus(Duration.ofDays(30)));
    }

    @Test
    void refuses_a_submission_by_a_non_member() {
        Scenario s = bakery();
        register(s, "eve");

        s.when("eve", submit("p1", "bakery", new Motion.Resolution())).thenRefused(Rejection.NotAMember.class);
    }

    @Test
    void refuses_a_submission_under_a_proposal_id_in_use() {
        Scenario s = published();

        s.when("ben", submit("p1", "bakery", new Motion.Resolution())).thenRefused(Rejection.IdInUse.class);
    }

    @Test
    void refuses_submitting_an_admission_vote_directly() {
        Scenario s = bakery();
        register(s, "dan");

        s.when("ana", submit("p1", "bakery", new Motion.AdmitMember(m("dan")))).thenRefused(Rejection.InvalidProposal.class);
    }

    @Test
    void refuses_options_on_a_resolution() {
        Scenario s = bakery();

        s.when("ana", new SubmitProposal(p("p1"), b("bakery"), "T", "", new Motion.Resolution(), List.of("a", "b"), null))
                .thenRefused(Rejection.InvalidProposal.class);
    }

    @Test
    void comments_are_recorded_with_what_they_reply_to() {
        Scenario s = published();
        s.when("ben", new PostComment(p("p1"), "c1", "Why now?", null)).thenEvents(CommentPosted.class);

        s.when("ana", new PostComment(p("p1"), "c2", "Because the oven broke.", "c1")).thenEvents(CommentPosted.class);

        assertThat(s.only(CommentPosted.class)).isEqualTo(new CommentPosted(s.now(), p("p1"), "c2", m("ana"), "Because the oven broke.", "c1"));
        assertThat(s.state().proposal(p("p1")).comments()).containsExactly(
                new Comment("c1", m("ben"), s.now(), "Why now?", null),
                new Comment("c2", m("ana"), s.now(), "Because the oven broke.", "c1"));
    }

    @Test
    void refuses_a_reply_to_a_comment_that_does_not_exist() {
        Scenario s = published();

        s.when("ben", new PostComment(p("p1"), "c1", "Indeed", "c0")).thenRefused(Rejection.InvalidProposal.class);
    }

    @Test
    void refuses_a_comment_id_in_use() {
        Scenario s = published();
        s.given("ben", new PostComment(p("p1"), "c1", "Why now?", null));

        s.when("chi", new PostComment(p("p1"), "c1", "Why not?", null)).thenRefused(Rejection.IdInUse.class);
    }

    @Test
    void refuses_a_comment_on_a_draft() {
        Scenario s = bakery();
        s.given("ana", submit("p1", "bakery", new Motion.Resolution()));

        s.when("ben", new PostComment(p("p1"), "c1", "Early", null)).thenRefused(Rejection.WrongPhase.class);
    }

    @Test
    void refuses_a_comment_by_an_outsider() {
        Scenario s = published();
        register(s, "eve");

        s.when("eve", new PostComment(p("p1"), "c1", "Hello", null)).thenRefused(Rejection.NotAMember.class);
    }

    @Test
    void the_proposer_withdraws_before_voting_and_nothing_opens_later() {
        Scenario s = published();

        s.when("ana", new WithdrawProposal(p("p1"))).thenEvents(ProposalWithdrawn.class);

        var p1 = s.state().proposal(p("p1"));
        assertThat(p1.withdrawn()).isTrue();
        assertThat(p1.phase()).isEqualTo(Phase.CLOSED);
        assertThat(s.state().schedule().size()).isZero();
        s.at(p1.votingOpensAt()).when(null, new Tick()).thenEvents();
    }

    @Test
    void refuses_withdrawal_once_voting_has_opened() {
        Scenario s = published();
        s.at(s.state().proposal(p("p1")).votingOpensAt()).tick();

        s.when("ana", new WithdrawProposal(p("p1"))).thenRefused(Rejection.WrongPhase.class);
    }

    @Test
    void refuses_withdrawal_by_anyone_but_the_proposer() {
        Scenario s = published();

        s.when("ben", new WithdrawProposal(p("p1"))).thenRefused(Rejection.NotTheProposer.class);
    }

    @Test
    void refuses_a_vote_before_voting_opens() {
        Scenario s = published();

        s.when("ben", vote("p1", yes())).thenRefused(Rejection.WrongPhase.class);
    }

    @Test
    void refuses_a_ballot_of_the_wrong_shape() {
        Scenario s = bakery();
        openVote(s, "ana", submit("p1", "bakery", new Motion.Resolution()));

        s.when("ben", vote("p1", new org.mandate.core.vote.Ballot.Consent(false, null))).thenRefused(Rejection.BallotDoesNotFit.class);
    }

    @Test
    void a_majority_vote_short_of_quorum_is_rejected_for_no_quorum() {
        Scenario s = Scenario.start();
        assembly(s, "bakery", Charter.defaultAssembly(), "ana", "ben", "chi", "dan", "eli", "fay", "gus");
        openVote(s, "ana", submit("p1", "bakery", new Motion.Resolution()));
        s.given("ana", vote("p1", yes()));
        s.given("ben", vote("p1", yes()));

        closeVote(s, "p1");

        var result = s.state().proposal(p("p1")).result();
        assertThat(result.verdict()).isEqualTo(org.mandate.core.count.Verdict.QUORUM_NOT_MET);
        assertThat(result.tally()).isEqualTo(new Tally.YesNo(2, 0, 0, 7, 2));
        assertThat(s.state().proposal(p("p1")).adopted()).isFalse();
    }

    @Test
    void abstentions_count_for_quorum_but_not_in_the_base_by_default() {
        Scenario s = Scenario.start();
        assembly(s, "bakery", Charter.defaultAssembly(), "ana", "ben", "chi", "dan", "eli", "fay");
        openVote(s, "ana", submit("p1", "bakery", new Motion.Resolution()));
        s.given("ana", vote("p1", yes()));
        s.given("ben", vote("p1", abstain()));
        s.given("chi", vote("p1", abstain()));

        closeVote(s, "p1");

        var result = s.state().proposal(p("p1")).result();
        assertThat(result.tally()).isEqualTo(new Tally.YesNo(1, 0, 2, 6, 3));
        assertThat(result.verdict()).isEqualTo(org.mandate.core.count.Verdict.ADOPTED);
    }

    @Test
    void abstentions_in_the_base_can_defeat_a_proposal_when_the_charter_says_so() {
        Scenario s = Scenario.start();
        DecisionRule counted = new DecisionRule(ORDINARY.method(), Fraction.of(1, 3), Fraction.HALF, true, true,
                ORDINARY.deliberation(), ORDINARY.voting(), false, 1, -1, 5);
        assembly(s, "bakery", withRule(Charter.defaultAssembly(), DecisionKind.ORDINARY, counted), "ana", "ben", "chi");
        openVote(s, "ana", submit("p1", "bakery", new Motion.Resolution()));
        s.given("ana", vote("p1", yes()));
        s.given("ben", vote("p1", abstain()));

        closeVote(s, "p1");

        assertThat(s.state().proposal(p("p1")).result().verdict()).isEqualTo(org.mandate.core.count.Verdict.REJECTED);
    }
}
