package org.mandate.core.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.core.Fixtures.*;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandate.core.Event;
import org.mandate.core.Scenario;
import org.mandate.core.body.BodyEvent.CompetenceGranted;
import org.mandate.core.body.BodyEvent.CompetenceRevoked;
import org.mandate.core.body.Competence;
import org.mandate.core.proposal.ProposalEvent.ProposalClosed;
import org.mandate.core.proposal.ProposalEvent.ProposalSubmitted;
import org.mandate.core.rule.Rejection;
import org.mandate.core.vote.Result;

class CompetenceTest {

    /** The council fed of two quick assemblies, bakery (ana, ben) and mill (cy, dee). */
    static Scenario federation() {
        Scenario s = Scenario.start();
        assembly(s, "bakery", quickAssembly(), "ana", "ben");
        assembly(s, "mill", quickAssembly(), "cy", "dee");
        foundCouncil(s, "bakery", "fed", "trade", "mill");
        adopt(s, "mill", "mill.join", new Motion.JoinAsFounder(b("fed")));
        return s;
    }

    static void grant(Scenario s, String competence) {
        councilAdopts(s, "fed", "fed.grant." + competence, new Motion.GrantCompetence(competence, "All about " + competence), null);
    }

    static ProposalCommand.SubmitProposal resolution(String id, String competence) {
        return new ProposalCommand.SubmitProposal(p(id), b("fed"), "Resolution " + id, "Text", new Motion.Resolution(), List.of(), competence);
    }

    private static List<Class<?>> types(List<Event> events) {
        return events.stream().<Class<?>>map(Object::getClass).toList();
    }

    @Test
    void refuses_a_council_proposal_that_names_no_competence() {
        Scenario s = federation();

        var r = s.when("ana", resolution("r1", null)).thenRefused(Rejection.OutsideCompetence.class);

        assertThat(r.competence()).isNull();
    }

    @Test
    void refuses_a_council_proposal_relying_on_a_competence_never_granted() {
        Scenario s = federation();

        var r = s.when("ana", resolution("r1", "housing")).thenRefused(Rejection.OutsideCompetence.class);

        assertThat(r.competence()).isEqualTo("housing");
    }

    @Test
    void a_competence_ratified_by_the_member_bodies_lets_the_council_decide_within_it() {
        Scenario s = federation();

        var closed = councilAdopts(s, "fed", "fed.grant.housing", new Motion.GrantCompetence("housing", "All about housing"), null);

        assertThat(types(closed)).containsExactly(ProposalClosed.class, CompetenceGranted.class);
        assertThat(closed.get(1)).isEqualTo(new CompetenceGranted(s.now(), b("fed"), "housing", "All about housing", p("fed.grant.housing")));
        assertThat(s.state().body(b("fed")).competences())
                .containsExactly(java.util.Map.entry("housing", new Competence("housing", "All about housing", s.now(), p("fed.grant.housing"))));
        assertThat(s.state().proposal(p("fed.grant.housing")).roll().asMap()).containsOnlyKeys("bakery", "mill");

        s.when("ana", resolution("r1", "housing")).thenEvents(ProposalSubmitted.class);
        assertThat(s.state().proposal(p("r1")).competence()).isEqualTo("housing");
    }

    @Test
    void a_competence_without_a_qualified_majority_of_member_bodies_is_not_granted() {
        Scenario s = federation();
        s.given("ana", new ProposalCommand.SubmitProposal(p("g"), b("fed"), "Grant", "", new Motion.GrantCompetence("housing", ""), List.of(), null));
        s.given("ana", new ProposalCommand.PublishProposal(p("g"), null, Duration.ofDays(9)));
        bodyVotes(s, "bakery", "g", yes());
        bodyVotes(s, "mill", "g", no());

        closeVote(s, "g");

        assertThat(s.state().proposal(p("g")).result().verdict()).isEqualTo(org.mandate.core.count.Verdict.REJECTED);
        assertThat(s.state().body(b("fed")).competences()).isEmpty();
    }

    @Test
    void refuses_granting_a_competence_the_council_already_holds() {
        Scenario s = federation();
        grant(s, "housing");

        s.when("ana", submit("g2", "fed", new Motion.GrantCompetence("housing", "again")))
                .thenRefused(Rejection.CompetenceAlreadyGranted.class);
    }

    @Test
    void refuses_granting_a_competence_to_an_assembly() {
        Scenario s = federation();

        s.when("ana", submit("g", "bakery", new Motion.GrantCompetence("housing", ""))).thenRefused(Rejection.NotACouncil.class);
    }

    @Test
    void a_revoked_competence_no_longer_supports_a_proposal() {
        Scenario s = federation();
        grant(s, "housing");

        var closed = councilAdopts(s, "fed", "fed.revoke", new Motion.RevokeCompetence("housing"), null);

        assertThat(types(closed)).containsExactly(ProposalClosed.class, CompetenceRevoked.class);
        assertThat(closed.get(1)).isEqualTo(new CompetenceRevoked(s.now(), b("fed"), "housing", p("fed.revoke")));
        assertThat(s.state().body(b("fed")).competences()).isEmpty();
        s.when("ana", resolution("r1", "housing")).thenRefused(Rejection.OutsideCompetence.class);
    }

    @Test
    void refuses_revoking_a_competence_the_council_does_not_hold() {
        Scenario s = federation();

        s.when("ana", submit("rv", "fed", new Motion.RevokeCompetence("housing"))).thenRefused(Rejection.OutsideCompetence.class);
    }

    @Test
    void refuses_a_council_proposal_from_someone_outside_its_member_bodies() {
        Scenario s = federation();
        grant(s, "housing");
        register(s, "eve");

        s.when("eve", resolution("r1", "housing")).thenRefused(Rejection.NotAMember.class);
    }

    @Test
    void a_council_decision_whose_competence_was_revoked_during_the_vote_lapses_at_the_close() {
        Scenario s = federation();
        grant(s, "housing");
        s.given("ana", resolution("fed.r1", "housing"));
        s.given("ana", new ProposalCommand.PublishProposal(p("fed.r1"), null, Duration.ofDays(30)));
        bodyVotes(s, "bakery", "fed.r1", yes());
        bodyVotes(s, "mill", "fed.r1", yes());
        councilAdopts(s, "fed", "fed.revoke", new Motion.RevokeCompetence("housing"), null);
        assertThat(s.state().body(b("fed")).competences()).isEmpty();

        var closed = closeVote(s, "fed.r1");

        assertThat(types(closed)).containsExactly(ProposalClosed.class, ProposalEvent.EffectLapsed.class);
        assertThat(((ProposalEvent.EffectLapsed) closed.get(1)).reason())
                .isEqualTo(new Rejection.OutsideCompetence(b("fed"), "housing").message());
    }

    @Test
    void refuses_publishing_a_council_draft_whose_competence_was_revoked_since_submission() {
        Scenario s = federation();
        grant(s, "housing");
        s.given("ana", resolution("fed.r1", "housing"));
        councilAdopts(s, "fed", "fed.revoke", new Motion.RevokeCompetence("housing"), null);

        s.when("ana", publish("fed.r1")).thenRefused(Rejection.OutsideCompetence.class);
    }
}
