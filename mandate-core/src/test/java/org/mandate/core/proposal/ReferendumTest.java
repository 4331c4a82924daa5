package org.mandate.core.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.core.Councils.*;
import static org.mandate.core.Fixtures.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mandate.core.Scenario;
import org.mandate.core.charter.CouncilRules;
import org.mandate.core.count.Apportionment;
import org.mandate.core.count.Fraction;
import org.mandate.core.count.Verdict;
import org.mandate.core.petition.PetitionCommand.OpenPetition;
import org.mandate.core.petition.PetitionCommand.SignPetition;
import org.mandate.core.petition.PetitionEvent.*;
import org.mandate.core.petition.PetitionKind;
import org.mandate.core.proposal.ProposalEvent.ProposalClosed;
import org.mandate.core.proposal.ProposalEvent.ProposalPublished;
import org.mandate.core.proposal.ProposalEvent.ProposalSubmitted;
import org.mandate.core.rule.Rejection;
import org.mandate.core.vote.Tally;

/** A question put to everyone beneath a council, each voting once, aggregated upward with a per-body breakdown. */
class ReferendumTest {

    static CouncilRules rules(CouncilRules.ReferendumWeighting weighting) {
        return new CouncilRules(CouncilRules.VotingBy.MEMBER_BODIES, Apportionment.Rule.onePerBody(), CouncilRules.Referral.ABSTAIN,
                Fraction.of(1, 3), Fraction.of(2, 3), Fraction.of(1, 2), weighting);
    }

    /** bakery (ana, ben, cat), mill (cat, dan, eva) and oven (fay) in fed: cat belongs to two assemblies; six people beneath fed. */
    static Scenario fed(CouncilRules.ReferendumWeighting weighting) {
        Scenario s = Scenario.start();
        assembly(s, "bakery", quickAssembly(), "ana", "ben", "cat");
        assembly(s, "mill", quickAssembly(), "cat", "dan", "eva");
        assembly(s, "oven", quickAssembly(), "fay");
        found(s, "fed", "trade", quickCouncil().withCouncil(rules(weighting)), "bakery", "mill", "oven");
        return s;
    }

    static Scenario fed() {
        return fed(CouncilRules.ReferendumWeighting.ONE_MEMBER_ONE_VOTE);
    }

    static void everyoneVotes(Scenario s, String referendum) {
        s.given("ana", vote(referendum, yes()));
        s.given("ben", vote(referendum, no()));
        s.given("cat", vote(referendum, yes()));
        s.given("dan", vote(referendum, no()));
        s.given("eva", vote(referendum, no()));
        s.given("fay", vote(referendum, yes()));
    }

    @Test
    void a_council_decision_calls_a_referendum_of_everyone_beneath_it() {
        Scenario s = fed();

        var closed = councilAdopts(s, "fed", "fed.call", new Motion.CallReferendum(p("fed.ref"), "Open on Sundays?", "Why not"), null);

        assertThat(types(closed)).contains(ProposalSubmitted.class, ProposalPublished.class);
        Proposal ref = s.state().proposal(p("fed.ref"));
        assertThat(ref.motion()).isEqualTo(new Motion.Referendum("fed.call"));
        assertThat(ref.title()).isEqualTo("Open on Sundays?");
        assertThat(ref.roll()).isInstanceOf(Roll.People.class);
        assertThat(ref.roll().asMap()).containsOnlyKeys("ana", "ben", "cat", "dan", "eva", "fay");
        assertThat(ref.rollWeight()).isEqualTo(6);
    }

    @Test
    void a_member_in_two_assemblies_votes_once() {
        Scenario s = fed();
        councilAdopts(s, "fed", "fed.call", new Motion.CallReferendum(p("fed.ref"), "Open on Sundays?", ""), null);
        s.given("cat", vote("fed.ref", yes()));

        var r = s.when("cat", vote("fed.ref", no())).thenRefused(Rejection.AlreadyVoted.class);

        assertThat(r.voter()).isEqualTo("cat");
        assertThat(s.state().proposal(p("fed.ref")).participants()).containsExactly("cat");
    }

    @Test
    void the_breakdown_counts_each_member_once_at_every_level() {
        Scenario s = fed();
        councilAdopts(s, "fed", "fed.call", new Motion.CallReferendum(p("fed.ref"), "Open on Sundays?", ""), null);
        everyoneVotes(s, "fed.ref");

        var closed = first(closeVote(s, "fed.ref"), ProposalClosed.class);

        assertThat(closed.result().tally()).isEqualTo(new Tally.YesNo(3, 3, 0, 6, 6));
        assertThat(closed.result().verdict()).isEqualTo(Verdict.REJECTED);
        Map<org.mandate.core.BodyId, Referendums.Figure> breakdown = s.state().proposal(p("fed.ref")).breakdown();
        assertThat(breakdown.keySet()).containsExactly(b("fed"), b("bakery"), b("mill"), b("oven"));
        assertThat(breakdown.get(b("fed"))).isEqualTo(new Referendums.Figure(List.of(3L, 3L, 0L), 6, 6));
        assertThat(breakdown.get(b("bakery"))).isEqualTo(new Referendums.Figure(List.of(2L, 1L, 0L), 3, 3));
        assertThat(breakdown.get(b("mill"))).isEqualTo(new Referendums.Figure(List.of(1L, 2L, 0L), 3, 3));
        assertThat(breakdown.get(b("oven"))).isEqualTo(new Referendums.Figure(List.of(1L, 0L, 0L), 1, 1));
        assertReplays(s);
    }

    @Test
    void one_assembly_one_vote_gives_each_base_assembly_the_option_most_of_its_voters_chose() {
        Scenario s = fed(CouncilRules.ReferendumWeighting.ONE_ASSEMBLY_ONE_VOTE);
        councilAdopts(s, "fed", "fed.call", new Motion.CallReferendum(p("fed.ref"), "Open on Sundays?", ""), null);
        everyoneVotes(s, "fed.ref");

        var closed = first(closeVote(s, "fed.ref"), ProposalClosed.class);

        // bakery yes (2 to 1), mill no (1 to 2), oven yes: two assemblies to one, where people split three to three
        Tally.YesNo t = (Tally.YesNo) closed.result().tally();
        assertThat(t.yes()).isEqualTo(2);
        assertThat(t.no()).isEqualTo(1);
        assertThat(closed.result().verdict()).isEqualTo(Verdict.ADOPTED);
        assertThat(s.state().proposal(p("fed.ref")).breakdown().get(b("fed"))).isEqualTo(new Referendums.Figure(List.of(3L, 3L, 0L), 6, 6));
        assertReplays(s);
    }

    @Test
    void member_bodies_put_a_question_to_a_referendum_by_their_own_decisions() {
        Scenario s = fed();
        s.given("ana", new OpenPetition("sundays", PetitionKind.REFERENDUM, b("fed"), "Open on Sundays?", "From below", null, null, null));

        var first = adopt(s, "bakery", "bakery.sign", new Motion.SignPetitionAsBody("sundays"));
        assertThat(types(first)).containsExactly(ProposalClosed.class, BodySignedPetition.class);
        assertThat(s.state().proposal(p("sundays.vote"))).isNull();

        var second = adopt(s, "oven", "oven.sign", new Motion.SignPetitionAsBody("sundays"));

        assertThat(first(second, PetitionSucceeded.class)).isEqualTo(new PetitionSucceeded(s.now(), "sundays", 2, 2));
        Proposal ref = s.state().proposal(p("sundays.vote"));
        assertThat(ref.motion()).isEqualTo(new Motion.Referendum("sundays"));
        assertThat(ref.body()).isEqualTo(b("fed"));
        assertThat(ref.proposer()).isEqualTo(m("ana"));
        assertThat(ref.rollWeight()).isEqualTo(6);
    }

    @Test
    void a_body_signs_a_petition_once_and_only_of_a_council_it_belongs_to() {
        Scenario s = fed();
        assembly(s, "outsider", quickAssembly(), "gus");
        s.given("ana", new OpenPetition("sundays", PetitionKind.REFERENDUM, b("fed"), "Open on Sundays?", "", null, null, null));
        adopt(s, "bakery", "bakery.sign", new Motion.SignPetitionAsBody("sundays"));

        s.when("ana", submit("bakery.sign.again", "bakery", new Motion.SignPetitionAsBody("sundays"))).thenRefused(Rejection.AlreadySigned.class);
        s.when("gus", submit("outsider.sign", "outsider", new Motion.SignPetitionAsBody("sundays"))).thenRefused(Rejection.NotAffiliated.class);
        assertThat(s.state().petitions().get("sundays").bodySignatures()).containsExactly(b("bakery"));
    }

    @Test
    void members_put_a_question_to_a_referendum_by_their_signatures() {
        Scenario s = fed();
        s.given("cat", new OpenPetition("sundays", PetitionKind.REFERENDUM, b("fed"), "Open on Sundays?", "", null, null, null));
        s.given("dan", new SignPetition("sundays"));
        assertThat(s.state().proposal(p("sundays.vote"))).isNull();

        s.when("fay", new SignPetition("sundays"));

        assertThat(types(s.thenAccepted())).startsWith(PetitionSigned.class, PetitionSucceeded.class, ProposalSubmitted.class);
        assertThat(first(s.thenAccepted(), PetitionSucceeded.class).signatures()).isEqualTo(3);
        assertThat(s.state().proposal(p("sundays.vote")).roll()).isInstanceOf(Roll.People.class);
    }

    @Test
    void only_people_beneath_the_council_sign_its_referendum_petitions() {
        Scenario s = fed();
        assembly(s, "outsider", quickAssembly(), "gus");
        s.given("cat", new OpenPetition("sundays", PetitionKind.REFERENDUM, b("fed"), "Open on Sundays?", "", null, null, null));

        s.when("gus", new SignPetition("sundays")).thenRefused(Rejection.NotAMember.class);
        s.when("gus", new OpenPetition("mondays", PetitionKind.REFERENDUM, b("fed"), "Mondays?", "", null, null, null))
                .thenRefused(Rejection.NotAMember.class);
        s.when("cat", new SignPetition("sundays")).thenRefused(Rejection.AlreadySigned.class);
        s.when("cat", new OpenPetition("mondays", PetitionKind.REFERENDUM, b("bakery"), "Mondays?", "", null, null, null))
                .thenRefused(Rejection.NotACouncil.class);
    }

    @Test
    void a_referendum_is_called_not_submitted() {
        Scenario s = fed();

        s.when("ana", new ProposalCommand.SubmitProposal(p("r"), b("fed"), "Q", "", new Motion.Referendum("me"), List.of(), null))
                .thenRefused(Rejection.InvalidProposal.class);
    }

    @Test
    void a_person_outside_the_referendum_cannot_vote_in_it() {
        Scenario s = fed();
        assembly(s, "outsider", quickAssembly(), "gus");
        councilAdopts(s, "fed", "fed.call", new Motion.CallReferendum(p("fed.ref"), "Open on Sundays?", ""), null);

        s.when("gus", vote("fed.ref", yes())).thenRefused(Rejection.NotOnRoll.class);
    }

    @Test
    void the_breakdown_places_members_where_they_were_at_the_freeze() {
        Scenario s = fed();
        councilAdopts(s, "fed", "fed.call", new Motion.CallReferendum(p("fed.ref"), "Open on Sundays?", ""), null);
        s.given("fay", new org.mandate.core.body.BodyCommand.LeaveBody(b("oven")));
        s.given("fay", vote("fed.ref", yes()));
        s.given("ana", vote("fed.ref", no()));

        var closed = first(closeVote(s, "fed.ref"), ProposalClosed.class);

        assertThat(closed.result().tally()).isEqualTo(new Tally.YesNo(1, 1, 0, 6, 2));
        assertThat(s.state().proposal(p("fed.ref")).breakdown().get(b("fed"))).isEqualTo(new Referendums.Figure(List.of(1L, 1L, 0L), 2, 6));
        assertThat(s.state().proposal(p("fed.ref")).breakdown().get(b("oven"))).isEqualTo(new Referendums.Figure(List.of(1L, 0L, 0L), 1, 1));
    }
}
