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
import org.mandate.core.charter.Method;
import org.mandate.core.count.Fraction;
import org.mandate.core.rule.Rejection;
import org.mandate.core.vote.Ballot;
import org.mandate.core.vote.Result;

/** A council's roll names member bodies; a person whose member id happens to equal a body's id is not that body. */
class CouncilRollTest {

    /** fed decides its ordinary business by consent; bakery has objected to fed.r1, which is open for voting. */
    private static Scenario objected() {
        Scenario s = Scenario.start();
        assembly(s, "bakery", quickAssembly(), "ana", "ben");
        assembly(s, "mill", quickAssembly(), "cy", "dee");
        Charter consent = withRule(quickCouncil(), DecisionKind.ORDINARY,
                DecisionRule.of(Method.CONSENT, Fraction.of(1, 3)).withWindows(Duration.ZERO, Duration.ofDays(3)));
        adopt(s, "bakery", "found", new Motion.FoundCouncil(b("fed"), "Fed", "trade", consent, List.of(b("mill"))));
        adopt(s, "mill", "join", new Motion.JoinAsFounder(b("fed")));
        councilAdopts(s, "fed", "fed.grant", new Motion.GrantCompetence("housing", "housing"), null);
        s.given("ana", new ProposalCommand.SubmitProposal(p("fed.r1"), b("fed"), "R1", "", new Motion.Resolution(), List.of(), "housing"));
        s.given("ana", new ProposalCommand.PublishProposal(p("fed.r1"), null, Duration.ofDays(10)));
        bodyVotes(s, "bakery", "fed.r1", new Ballot.Consent(true, "we were not asked"));
        register(s, "bakery");
        return s;
    }

    @Test
    void a_person_named_like_a_member_body_cannot_withdraw_that_bodys_objection() {
        Scenario s = objected();

        s.when("bakery", new ProposalCommand.WithdrawObjection(p("fed.r1"))).thenRefused(Rejection.NoStandingObjection.class);

        closeVote(s, "fed.r1");
        assertThat(s.state().proposal(p("fed.r1")).result().verdict()).isEqualTo(org.mandate.core.count.Verdict.REJECTED);
    }

    @Test
    void a_person_named_like_a_member_body_cannot_deliberate_in_a_council_they_are_not_beneath() {
        Scenario s = objected();

        s.when("bakery", new ProposalCommand.PostComment(p("fed.r1"), "c1", "I am the bakery", null)).thenRefused(Rejection.NotAMember.class);
    }
}
