package org.mandate.web.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.web.plan.Planning.*;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.core.BodyId;
import org.mandate.core.ProposalId;
import org.mandate.core.plan.Plan;
import org.mandate.core.plan.PlanPhase;
import org.mandate.core.plan.PlanTerms.*;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.Proposal;
import org.mandate.core.vote.Ballot;
import org.mandate.web.TestFederation;
import org.mandate.web.Visitor;

/**
 * A plan period past its first stretch of rounds, through the pages: the ratification form and the
 * facilitator's human-round form appear only for those who may use them, each refuses what the core
 * refuses and changes nothing, the own-proposal form starts from the body's current proposal, and the
 * adopted plan shows what each body committed to.
 */
class PlanFlowPagesTest {
    @TempDir
    Path dir;

    private TestFederation fed;

    @BeforeEach
    void start() throws Exception {
        fed = Planning.stated(dir);
        Planning.rounds(fed);
    }

    @AfterEach
    void stop() {
        fed.close();
    }

    private Plan plan() {
        return Planning.plan(fed);
    }

    private PlanPhase phase() {
        return fed.read(s -> s.plans().of(PLAN).phase(s));
    }

    @Test
    void the_facilitator_calls_a_human_round_and_a_body_puts_its_own_proposal_starting_from_its_current_one() throws Exception {
        assertThat(new Visitor(fed).as("ana").page(PLAN_PATH)).as("ana holds no office of the market").doesNotContain("Call a human round");
        Visitor dee = new Visitor(fed).as("dee");
        assertThat(dee.page(PLAN_PATH)).contains("Call a human round");

        HttpResponse<String> noOffice = new Visitor(fed).as("ana").submit(PLAN_PATH, PLAN_PATH + "/human-rounds", "until=2027-01-01T12:00");
        assertThat(noOffice.statusCode()).isEqualTo(422);
        assertThat(noOffice.body()).contains("id=\"human-refusal\">Member ana holds no office of market whose list of permissions includes 'facilitate-plan'");
        HttpResponse<String> past = dee.submit(PLAN_PATH, PLAN_PATH + "/human-rounds", "until=2020-01-01T12:00");
        assertThat(past.body()).contains("id=\"human-refusal\">").contains("a human round ends at a time after now");
        HttpResponse<String> garbled = dee.submit(PLAN_PATH, PLAN_PATH + "/human-rounds", "until=soon");
        assertThat(garbled.body()).contains("id=\"human-until-error\">Give a date and time");
        assertThat(plan().humanRounds()).isEmpty();

        String until = PlanView.local(fed.now().plus(java.time.Duration.ofDays(7)));
        HttpResponse<String> called = dee.submit(PLAN_PATH, PLAN_PATH + "/human-rounds", "until=" + until);
        assertThat(called.statusCode()).isEqualTo(303);
        assertThat(phase()).isEqualTo(PlanPhase.HUMAN_ROUND);
        int round = plan().openHumanRound();
        assertThat(new Visitor(fed).page(PLAN_PATH)).contains("Human round " + round + " open until");

        String dairy = PLAN_PATH + "/bodies/dairy";
        long current = plan().proposals().get(new BodyId("dairy")).quantities().get(0).thousandths();
        Visitor eve = new Visitor(fed).as("eve");
        assertThat(eve.page(dairy)).contains("Our own proposal in human round " + round)
                .contains("name=\"q-bread\" inputmode=\"decimal\" autocomplete=\"off\" value=\"" + Figures.typed(current) + "\"");
        assertThat(new Visitor(fed).as("chi").page(dairy)).as("chi takes no part in the dairy").doesNotContain("Our own proposal in human round");

        HttpResponse<String> bad = eve.submit(dairy, dairy + "/own", "q-bread=ninety");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("Bread, in t: a number with at most three decimals");
        HttpResponse<String> put = eve.submit(dairy, dairy + "/own", "q-bread=90&text=" + Visitor.encode("We can do with less."));
        assertThat(put.statusCode()).isEqualTo(303);
        String location = put.headers().firstValue("Location").orElseThrow();
        ProposalId id = new ProposalId(location.substring("/proposals/".length(), location.indexOf('#')));
        Proposal draft = fed.read(s -> s.proposal(id));
        assertThat(draft.body()).isEqualTo(new BodyId("dairy"));
        assertThat(draft.motion()).isEqualTo(new Motion.ProposePlanQuantities(PLAN, List.of(), List.of(new Amount("bread", 90_000))));
        assertThat(draft.text()).isEqualTo("We can do with less.");
    }

    @Test
    void each_body_ratifies_through_its_form_and_the_adopted_plan_shows_what_each_committed_to() throws Exception {
        assertThat(phase()).isEqualTo(PlanPhase.BALANCED);
        int round = plan().proposalsRound();
        String bakery = PLAN_PATH + "/bodies/bakery";
        assertThat(new Visitor(fed).page(bakery)).doesNotContain("Ratify our proposal");
        Visitor ben = new Visitor(fed).as("ben");
        assertThat(ben.page(bakery)).contains("Ratify our proposal of round " + round);

        HttpResponse<String> put = ben.submit(bakery, bakery + "/ratification", "text=");
        assertThat(put.statusCode()).isEqualTo(303);
        String location = put.headers().firstValue("Location").orElseThrow();
        ProposalId draft = new ProposalId(location.substring("/proposals/".length(), location.indexOf('#')));
        Motion motion = fed.read(s -> s.proposal(draft).motion());
        assertThat(motion).isEqualTo(new Motion.RatifyPlanProposal(PLAN, round));

        Planning.close(fed, Planning.adopt(fed, "bakery", "bakery-ratifies", motion, "ana", "ben"));
        Planning.close(fed, Planning.adopt(fed, "mill", "mill-ratifies", motion, "chi", "dee"));
        Planning.close(fed, Planning.adopt(fed, "dairy", "dairy-ratifies", motion, "eve"));
        assertThat(new Visitor(fed).page(PLAN_PATH)).doesNotContain("not yet ratified");
        Planning.councilDecides(fed, "market-adopts", new Motion.AdoptPlan(PLAN), List.of(), new Ballot.YesNo(Ballot.Choice.YES));
        fed.awaitState(s -> s.plans().of(PLAN).adopted() != null);

        Quantities bakes = plan().proposals().get(new BodyId("bakery"));
        long level = bakes.activities().get(0).level();
        String page = new Visitor(fed).page(PLAN_PATH);
        assertThat(page).contains("Adopted").contains("The adopted plan").contains("What each body committed to");
        assertThat(page).contains("Makes " + Figures.thousandths(level) + " t of Bread; uses " + Figures.thousandths(level / 2) + " t of Flour; "
                + Figures.thousandths(level * 20) + " hours of labour.");
        assertThat(new Visitor(fed).page(bakery)).contains("Its part in the adopted plan").contains("ratified by its body");
    }
}
