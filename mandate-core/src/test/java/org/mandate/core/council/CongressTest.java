package org.mandate.core.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.core.Councils.*;
import static org.mandate.core.Fixtures.*;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandate.core.Scenario;
import org.mandate.core.charter.CouncilRules;
import org.mandate.core.count.Apportionment;
import org.mandate.core.count.Fraction;
import org.mandate.core.council.CouncilEvent.CongressClosed;
import org.mandate.core.council.CouncilEvent.CongressConvened;
import org.mandate.core.office.OfficeEvent.OfficeFilled;
import org.mandate.core.office.OfficeEvent.OfficeVacated;
import org.mandate.core.office.Permission;
import org.mandate.core.petition.PetitionCommand.OpenPetition;
import org.mandate.core.petition.PetitionCommand.SignPetition;
import org.mandate.core.petition.PetitionEvent.*;
import org.mandate.core.petition.PetitionKind;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.proposal.ProposalEvent.ProposalClosed;
import org.mandate.core.proposal.ProposalEvent.ProposalSubmitted;
import org.mandate.core.rule.Rejection;

/** Member bodies convene an extraordinary congress without anyone's permission. */
class CongressTest {

    /** bakery (ana, ben), mill (cat, dan) and oven (eva) in fed, which two of three member bodies convene; dan is fed's secretary. */
    static Scenario fed() {
        Scenario s = Scenario.start();
        assembly(s, "bakery", quickAssembly(), "ana", "ben");
        assembly(s, "mill", quickAssembly(), "cat", "dan");
        assembly(s, "oven", quickAssembly(), "eva");
        CouncilRules rules = new CouncilRules(CouncilRules.VotingBy.MEMBER_BODIES, Apportionment.Rule.onePerBody(),
                CouncilRules.Referral.ABSTAIN, Fraction.of(2, 3), Fraction.of(2, 3), Fraction.of(1, 2),
                CouncilRules.ReferendumWeighting.ONE_MEMBER_ONE_VOTE);
        found(s, "fed", "trade", quickCouncil().withCouncil(rules), "bakery", "mill", "oven");
        s.given("ana", new ProposalCommand.SubmitProposal(p("fed.secretary"), b("fed"), "Secretary", "",
                new Motion.ElectOffice("secretary", List.of(Permission.PUBLISH_ANNOUNCEMENT), 1), List.of("dan", "ana"), null));
        s.given("ana", new ProposalCommand.PublishProposal(p("fed.secretary"), null, Duration.ofDays(5)));
        for (String body : List.of("bakery", "mill", "oven")) {
            bodyVotes(s, body, "fed.secretary", ranking("dan", "ana"));
        }
        var filled = first(closeVote(s, "fed.secretary"), OfficeFilled.class);
        assertThat(filled.holders()).containsExactly(m("dan"));
        return s;
    }

    static OpenPetition congress(String id) {
        return new OpenPetition(id, PetitionKind.CONGRESS, b("fed"), "Extraordinary congress", "The secretary lies", null, null, null);
    }

    /** ana opens the petition; bakery and oven sign it by their own decisions, which convenes the congress. */
    static List<org.mandate.core.Event> convene(Scenario s) {
        s.given("ana", congress("congress"));
        adopt(s, "bakery", "bakery.sign", new Motion.SignPetitionAsBody("congress"));
        return adopt(s, "oven", "oven.sign", new Motion.SignPetitionAsBody("congress"));
    }

    @Test
    void any_member_beneath_the_council_opens_a_congress_petition_which_only_member_bodies_sign() {
        Scenario s = fed();

        s.when("ana", congress("congress")).thenEvents(PetitionOpened.class);

        var p = s.state().petitions().get("congress");
        assertThat(p.kind()).isEqualTo(PetitionKind.CONGRESS);
        assertThat(p.bodySignatures()).isEmpty();
        assertThat(p.succeeded()).isFalse();
        s.when("ben", new SignPetition("congress")).thenRefused(Rejection.CannotSign.class);
    }

    @Test
    void member_bodies_signatures_convene_the_congress_without_anyones_permission() {
        Scenario s = fed();
        s.given("ana", congress("congress"));
        var first = adopt(s, "bakery", "bakery.sign", new Motion.SignPetitionAsBody("congress"));
        assertThat(all(first, CongressConvened.class)).isEmpty();

        var events = adopt(s, "oven", "oven.sign", new Motion.SignPetitionAsBody("congress"));

        assertThat(types(events)).containsExactly(ProposalClosed.class, BodySignedPetition.class, PetitionSucceeded.class,
                CongressConvened.class);
        CongressConvened c = first(events, CongressConvened.class);
        assertThat(c.council()).isEqualTo(b("fed"));
        assertThat(c.until()).isEqualTo(s.now().plus(Duration.ofDays(3)));
        assertThat(s.state().sessions().sitting(b("fed")).id()).isEqualTo(c.congress());
    }

    @Test
    void a_congress_petition_cannot_be_opened_on_an_assembly() {
        Scenario s = fed();

        s.when("ana", new OpenPetition("c", PetitionKind.CONGRESS, b("bakery"), "C", "", null, null, null)).thenRefused(Rejection.NotACouncil.class);
    }

    @Test
    void a_person_who_is_not_beneath_the_council_cannot_open_a_congress_petition() {
        Scenario s = fed();
        assembly(s, "outsider", quickAssembly(), "gus");

        s.when("gus", congress("congress")).thenRefused(Rejection.NotAMember.class);
    }

    @Test
    void while_the_congress_sits_the_council_recalls_its_office_holder_directly() {
        Scenario s = fed();
        var recall = new ProposalCommand.SubmitProposal(p("fed.recall"), b("fed"), "Recall dan", "", new Motion.Recall(m("dan"), null, "secretary"),
                List.of(), null);
        s.when("ana", recall).thenRefused(Rejection.InvalidProposal.class);
        convene(s);

        s.when("ana", recall).thenEvents(ProposalSubmitted.class);
        s.given("ana", new ProposalCommand.PublishProposal(p("fed.recall"), null, Duration.ofDays(5)));
        for (String body : List.of("bakery", "mill", "oven")) {
            bodyVotes(s, body, "fed.recall", yes());
        }
        var closed = closeVote(s, "fed.recall");

        assertThat(first(closed, Recalled.class).decision()).isEqualTo(p("fed.recall"));
        assertThat(first(closed, OfficeVacated.class).member()).isEqualTo(m("dan"));
        assertThat(s.state().offices().office(b("fed"), "secretary").holders()).isEmpty();
        assertReplays(s);
    }

    @Test
    void the_agenda_lists_the_proposals_put_to_the_council_while_it_sits() {
        Scenario s = fed();
        convene(s);
        Congress c = s.state().sessions().sitting(b("fed"));
        s.given("ana", new ProposalCommand.SubmitProposal(p("fed.recall"), b("fed"), "Recall dan", "", new Motion.Recall(m("dan"), null, "secretary"),
                List.of(), null));
        s.given("cat", new ProposalCommand.SubmitProposal(p("fed.charter"), b("fed"), "New charter", "", new Motion.AmendCharter(quickCouncil()),
                List.of(), null));
        s.at(c.until());
        s.given("cat", new ProposalCommand.SubmitProposal(p("fed.later"), b("fed"), "Later", "", new Motion.AmendCharter(quickCouncil()),
                List.of(), null));

        assertThat(c.agenda(s.state(), b("fed"))).containsExactly(p("fed.recall"), p("fed.charter"));
    }

    @Test
    void the_congress_closes_at_the_tick_after_its_end() {
        Scenario s = fed();
        CongressConvened c = first(convene(s), CongressConvened.class);

        s.at(c.until().minusSeconds(1));
        assertThat(s.tick()).isEmpty();
        s.at(c.until());
        var closed = s.tick();

        assertThat(closed).containsExactly(new CongressClosed(c.until(), b("fed"), c.congress()));
        assertThat(s.state().sessions().sitting(b("fed"))).isNull();
        assertThat(s.state().sessions().congresses(b("fed"))).hasSize(1);
        s.when("ana", new ProposalCommand.SubmitProposal(p("fed.recall"), b("fed"), "Recall dan", "",
                new Motion.Recall(m("dan"), null, "secretary"), List.of(), null)).thenRefused(Rejection.InvalidProposal.class);
        assertReplays(s);
    }

    @Test
    void member_bodies_petition_to_recall_a_councils_office_holder_and_a_recall_vote_opens() {
        Scenario s = fed();

        s.when("ana", new OpenPetition("r.dan", PetitionKind.RECALL, b("fed"), null, "", m("dan"), null, "secretary"))
                .thenEvents(PetitionOpened.class);
        assertThat(s.state().petitions().get("r.dan").memberSignatures()).isEmpty();
        s.when("ben", new SignPetition("r.dan")).thenRefused(Rejection.CannotSign.class);

        // a quarter of three member bodies, rounded up, is one
        var signed = adopt(s, "bakery", "bakery.sign.recall", new Motion.SignPetitionAsBody("r.dan"));

        assertThat(first(signed, PetitionSucceeded.class)).isEqualTo(new PetitionSucceeded(s.now(), "r.dan", 1, 1));
        var vote = s.state().proposal(p("r.dan.vote"));
        assertThat(vote.motion()).isEqualTo(new Motion.Recall(m("dan"), null, "secretary"));
        assertThat(vote.roll().asMap()).containsOnlyKeys("bakery", "mill", "oven");
    }
}
