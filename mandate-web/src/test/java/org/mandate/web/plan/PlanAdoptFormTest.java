package org.mandate.web.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.web.plan.Planning.*;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.core.ProposalId;
import org.mandate.core.plan.PlanPhase;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.Proposal;
import org.mandate.web.TestFederation;
import org.mandate.web.Visitor;

/**
 * The "propose to adopt this plan" form over HTTP on {@link Planning#stated} once its first stretch
 * balanced: those who take part in the market see it with the bodies still to ratify; the core refuses
 * the adoption while any has not, or under a competence the market does not hold, and nothing changes;
 * once every body ratified, it makes a draft proposal carrying AdoptPlan.
 */
class PlanAdoptFormTest {
    @TempDir
    static Path dir;

    private static TestFederation fed;

    @BeforeAll
    static void start() throws Exception {
        fed = Planning.stated(dir);
        Planning.rounds(fed);
        fed.members("zed");
    }

    @AfterAll
    static void stop() {
        fed.close();
    }

    private static long proposals() {
        return fed.read(s -> s.proposals().stream().filter(p -> p.body().equals(MARKET)).count());
    }

    @Test
    void only_those_who_take_part_in_the_market_see_the_form_once_the_plan_is_balanced() throws Exception {
        PlanPhase phase = fed.read(s -> s.plans().of(PLAN).phase(s));
        assertThat(phase).isEqualTo(PlanPhase.BALANCED);
        assertThat(new Visitor(fed).as("eve").page(PLAN_PATH)).contains("Propose to adopt this plan").contains("<option value=\"trade\"");
        assertThat(new Visitor(fed).as("zed").page(PLAN_PATH)).as("a member of no body beneath the market").doesNotContain("Propose to adopt this plan");
        assertThat(new Visitor(fed).page(PLAN_PATH)).doesNotContain("Propose to adopt this plan");
    }

    @Test
    void the_adoption_is_refused_until_every_body_ratified_and_then_made_a_draft() throws Exception {
        Visitor ana = new Visitor(fed).as("ana");
        String page = ana.page(PLAN_PATH);
        String waiting = page.substring(page.indexOf("id=\"adopt-waiting\""), page.indexOf("<form", page.indexOf("id=\"adopt-waiting\"")));
        assertThat(waiting).contains("Still to ratify their own proposal (3)").contains(">Bakery co-operative</a>").contains(">Mill co-operative</a>")
                .contains(">Dairy co-operative</a>");
        long before = proposals();
        HttpResponse<String> early = ana.submit(PLAN_PATH, PLAN_PATH + "/adoption", "competence=trade&title=&text=");
        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(early.body()).contains("id=\"adopt-refusal\">Plan '" + PLAN + "' cannot be adopted until every body ratifies its own proposal; "
                + "still to ratify: bakery, dairy, mill.");
        assertThat(proposals()).isEqualTo(before);

        Motion ratify = new Motion.RatifyPlanProposal(PLAN, Planning.plan(fed).proposalsRound());
        Planning.close(fed, Planning.adopt(fed, "bakery", "bakery-ratifies", ratify, "ana", "ben"));
        Planning.close(fed, Planning.adopt(fed, "mill", "mill-ratifies", ratify, "chi", "dee"));
        Planning.close(fed, Planning.adopt(fed, "dairy", "dairy-ratifies", ratify, "eve"));
        fed.awaitState(s -> s.plans().of(PLAN).proposals().keySet().stream().allMatch(b -> s.plans().of(PLAN).ratifiedCurrent(b)));
        assertThat(ana.page(PLAN_PATH)).contains("Every body has ratified its own proposal.").doesNotContain("id=\"adopt-waiting\"");

        HttpResponse<String> outside = ana.submit(PLAN_PATH, PLAN_PATH + "/adoption", "competence=fishing&title=&text=");
        assertThat(outside.statusCode()).isEqualTo(422);
        assertThat(outside.body()).contains("id=\"adopt-refusal\">Council market holds no competence 'fishing'");
        assertThat(proposals()).isEqualTo(before);

        HttpResponse<String> put = ana.submit(PLAN_PATH, PLAN_PATH + "/adoption", "competence=trade&title=&text=" + Visitor.encode("All ratified."));
        assertThat(put.statusCode()).isEqualTo(303);
        String location = put.headers().firstValue("Location").orElseThrow();
        ProposalId id = new ProposalId(location.substring("/proposals/".length(), location.indexOf('#')));
        Proposal draft = fed.read(s -> s.proposal(id));
        assertThat(draft.body()).isEqualTo(MARKET);
        assertThat(draft.motion()).isEqualTo(new Motion.AdoptPlan(PLAN));
        assertThat(draft.competence()).isEqualTo("trade");
        assertThat(draft.title()).isEqualTo("Adopt plan " + PLAN);
        assertThat(draft.text()).isEqualTo("All ratified.");
        assertThat(proposals()).isEqualTo(before + 1);
    }
}
