package org.mandate.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.core.ProposalId;
import org.mandate.core.office.Permission;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.Phase;
import org.mandate.core.proposal.Proposal;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.vote.Ballot;

/** The body page over HTTP: participation over time, and proposing from the page, with bad input named beside its field. */
class BodyPageTest {
    private static final String BODY = "/bodies/" + TestFederation.BAKERY.value();

    @TempDir
    Path dir;

    private TestFederation fed;

    @BeforeEach
    void start() {
        fed = TestFederation.bakery(dir);
    }

    @AfterEach
    void stop() {
        fed.close();
    }

    @Test
    void each_closed_vote_is_a_bar_as_high_as_its_turnout() throws Exception {
        assertThat(new Visitor(fed).page(BODY)).doesNotContain("Participation over time");
        fed.run("ana", new ProposalCommand.CastVote(TestFederation.RESOLUTION, new Ballot.YesNo(Ballot.Choice.YES)));
        fed.run("cy", new ProposalCommand.CastVote(TestFederation.RESOLUTION, new Ballot.YesNo(Ballot.Choice.NO)));
        fed.clock.advance(Duration.ofDays(3));
        fed.awaitState(s -> s.proposal(TestFederation.RESOLUTION).phase() == Phase.CLOSED);
        String page = new Visitor(fed).page(BODY);
        assertThat(page).contains("Participation over time")
                .contains("<a href=\"/proposals/bakery.res.1\"><title>Bake for the school breakfast club: 2 of 3 took part (67%), closed")
                .containsPattern("<rect class=\"bar\" x=\"\\d+\" y=\"48\" width=\"14\" height=\"80\"/>");
    }

    @Test
    void a_member_proposes_a_choice_and_publishes_it_and_bad_options_are_named_beside_their_field() throws Exception {
        Visitor ben = new Visitor(fed).as("ben");
        HttpResponse<String> bad = ben.submit(BODY, BODY + "/proposals",
                "kind=choice&title=" + Visitor.encode("Where to picnic") + "&options=" + Visitor.encode("the park\nriver"));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("<p class=\"field-error\" id=\"propose-options-error\">\"the park\" is not a short name")
                .contains("value=\"Where to picnic\"").contains(">the park\nriver</textarea>");

        HttpResponse<String> good = ben.submit(BODY, BODY + "/proposals",
                "kind=choice&title=" + Visitor.encode("Where to picnic") + "&text=Sunday&options=" + Visitor.encode("park\nriver\n"));
        assertThat(good.statusCode()).isEqualTo(303);
        String at = good.headers().firstValue("Location").orElseThrow();
        assertThat(at).isEqualTo("/proposals/bakery.4#publish");
        ProposalId id = new ProposalId("bakery.4");
        Proposal draft = fed.holds(s -> s.proposal(id) != null) ? fedProposal(id) : null;
        assertThat(draft).isNotNull();
        assertThat(draft.motion()).isEqualTo(new Motion.Choice());
        assertThat(draft.options()).containsExactly("park", "river");
        assertThat(draft.phase()).isEqualTo(Phase.DRAFT);

        String path = "/proposals/" + id.value();
        assertThat(ben.page(path)).contains("Publish your draft");
        assertThat(new Visitor(fed).as("ana").page(path)).as("only the proposer publishes").doesNotContain("Publish your draft");
        assertThat(ben.submit(path, path + "/publish", "").statusCode()).isEqualTo(303);
        assertThat(fed.holds(s -> s.proposal(id).phase() != Phase.DRAFT)).isTrue();
    }

    @Test
    void an_office_election_names_its_office_and_its_holders_powers_and_candidates_stand_from_its_page() throws Exception {
        Visitor cy = new Visitor(fed).as("cy");
        HttpResponse<String> bad = cy.submit(BODY, BODY + "/proposals", "kind=office&title=Treasurer&seats=none");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("id=\"propose-office-error\">Name the office").contains("id=\"propose-seats-error\">A whole number, at least 1.");

        HttpResponse<String> good = cy.submit(BODY, BODY + "/proposals",
                "kind=office&title=" + Visitor.encode("Elect a treasurer") + "&office=treasurer&seats=1&permissions=make_payment");
        assertThat(good.statusCode()).isEqualTo(303);
        ProposalId id = new ProposalId("bakery.4");
        assertThat(fedProposal(id).motion()).isEqualTo(new Motion.ElectOffice("treasurer", java.util.List.of(Permission.MAKE_PAYMENT), 1));

        Visitor ana = new Visitor(fed).as("ana");
        String path = "/proposals/" + id.value();
        assertThat(ana.submit(path, path + "/stand", "").statusCode()).isEqualTo(303);
        assertThat(fedProposal(id).options()).containsExactly("ana");
        assertThat(ana.page(path)).doesNotContain("Stand as a candidate</h2>");
    }

    @Test
    void only_members_see_the_form_and_the_core_refuses_anyone_else_by_name() throws Exception {
        assertThat(new Visitor(fed).page(BODY)).doesNotContain("Propose something");
        Visitor dee = new Visitor(fed).as("dee");
        assertThat(dee.page(BODY)).doesNotContain("Propose something");
        HttpResponse<String> r = dee.submit("/", BODY + "/proposals", "kind=resolution&title=Sell+the+oven");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("id=\"propose-refusal\"").contains("not a member");
        assertThat(fed.holds(s -> s.proposal(new ProposalId("bakery.4")) == null)).isTrue();
    }

    @Test
    void a_bodys_proposals_page_sixty_at_a_time_newest_first() throws Exception {
        for (int i = 1; i <= 62; i++) {
            fed.run("ana", new ProposalCommand.SubmitProposal(new ProposalId("draft." + i), TestFederation.BAKERY, "Draft number " + i, "",
                    new Motion.Resolution(), java.util.List.of(), null));
        }
        fed.awaitState(s -> s.proposal(new ProposalId("draft.62")) != null);
        String first = new Visitor(fed).page(BODY);
        assertThat(first).contains("Proposals (65)").contains(">Draft number 62<").contains(">Draft number 3<")
                .doesNotContain(">Draft number 2<").contains("href=\"/bodies/bakery?proposals=2#h-props\" rel=\"next\"");
        String second = new Visitor(fed).page(BODY + "?proposals=2");
        assertThat(second).contains(">Draft number 2<").contains(">Draft number 1<").contains(">Elect our secretary<")
                .doesNotContain(">Draft number 3<").contains("rel=\"prev\"");
    }

    private Proposal fedProposal(ProposalId id) {
        return fed.server.engine().reads().read(s -> s.proposal(id));
    }
}
