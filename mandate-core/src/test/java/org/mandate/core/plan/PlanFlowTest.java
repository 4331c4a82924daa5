package org.mandate.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.core.Councils.*;
import static org.mandate.core.Fixtures.*;
import static org.mandate.core.plan.Planners.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandate.core.Scenario;
import org.mandate.core.plan.PlanCommand.CallHumanRound;
import org.mandate.core.plan.PlanEvent.*;
import org.mandate.core.plan.PlanTerms.Ending;
import org.mandate.core.proposal.Motion;
import org.mandate.core.rule.Rejection;

/** A plan period from the council's opening decision to its adoption, the way a federation goes through it. */
class PlanFlowTest {

    @Test
    void a_council_opens_a_plan_period_by_its_own_decision() {
        Scenario s = federation();

        PlanPeriodOpened opened = first(decide(s, "food.plan", period(PLAN, s.now().plus(GATHER))), PlanPeriodOpened.class);

        assertThat(opened.council()).isEqualTo(b(FOOD));
        assertThat(opened.decision()).isEqualTo(p("food.plan"));
        assertThat(plan(s).phase(s.state())).isEqualTo(PlanPhase.GATHERING);
        assertThat(plan(s).goods()).extracting(PlanTerms.PlanGood::id).containsExactly("flour", "bread");
        assertReplays(s);
    }

    @Test
    void bodies_state_their_part_and_the_rounds_fall_due_when_gathering_ends() {
        Scenario s = stated();

        assertThat(plan(s).statements()).containsOnlyKeys(b("mill"), b("bakery"), b("street"));
        assertThat(s.state().plans().due(s.state(), s.now())).isEmpty();
        s.at(balanceAt(s));
        assertThat(s.state().plans().due(s.state(), s.now())).containsExactly(plan(s));
    }

    @Test
    void the_server_records_a_balanced_stretch_and_each_body_then_ratifies_its_own_proposal_before_the_council_adopts() {
        Scenario s = balancedPlan();
        assertThat(plan(s).phase(s.state())).isEqualTo(PlanPhase.BALANCED);
        assertThat(plan(s).rounds()).hasSize(3);
        assertThat(plan(s).proposals()).hasSize(3);

        for (String body : List.of("mill", "bakery")) {
            adopt(s, body, body + ".ratify", new Motion.RatifyPlanProposal(PLAN, 3));
        }
        s.when("ana", new org.mandate.core.proposal.ProposalCommand.SubmitProposal(p("food.adopt"), b(FOOD), "Adopt", "",
                new Motion.AdoptPlan(PLAN), List.of(), COMPETENCE));
        assertThat(s.thenRefused(Rejection.NotYetRatified.class).bodies()).containsExactly(b("street"));

        adopt(s, "street", "street.ratify", new Motion.RatifyPlanProposal(PLAN, 3));
        PlanAdopted adopted = first(decide(s, "food.adopt", new Motion.AdoptPlan(PLAN)), PlanAdopted.class);

        assertThat(adopted.round()).isEqualTo(3);
        assertThat(plan(s).phase(s.state())).isEqualTo(PlanPhase.ADOPTED);
        assertReplays(s);
    }

    @Test
    void in_a_human_round_a_body_decides_its_own_proposal_and_it_stands_through_the_next_stretch() {
        Scenario s = stated();
        s.at(balanceAt(s));
        s.given(null, stretch(1, 4, Ending.UNSETTLED, balanced()));
        s.given("ben", new CallHumanRound(PLAN, s.now().plus(WEEK)));
        assertThat(plan(s).openHumanRound()).isEqualTo(5);

        QuantitiesProposed own = first(adopt(s, "street", "street.own", new Motion.ProposePlanQuantities(PLAN, List.of(),
                List.of(new PlanTerms.Amount("bread", 90_000)))), QuantitiesProposed.class);
        assertThat(own.round()).isEqualTo(5);

        s.at(plan(s).humanUntil());
        List<PlanTerms.Quantities> plan90 = List.of(production("mill", "milling", 45_000), production("bakery", "baking", 90_000),
                consumption("street", "bread", 90_000));
        s.when(null, new PlanCommand.RecordPlanRounds(PLAN, List.of(round(5, List.of()), round(6, List.of())), Ending.BALANCED, List.of(), null, plan90));
        assertThat(s.thenRefused(Rejection.InvalidRounds.class).message()).contains("street");
        s.when(null, new PlanCommand.RecordPlanRounds(PLAN, List.of(round(5, List.of("street")), round(6, List.of())), Ending.BALANCED, List.of(),
                null, plan90));
        assertThat(s.thenRefused(Rejection.InvalidRounds.class).message()).as("a decision stands in the rounds after it").contains("round 6");
        List<PlanTerms.Quantities> revised = List.of(production("mill", "milling", 50_000), production("bakery", "baking", 100_000),
                consumption("street", "bread", 100_000));
        s.when(null, new PlanCommand.RecordPlanRounds(PLAN, List.of(round(5, List.of("street")), round(6, List.of("street"))), Ending.BALANCED,
                List.of(), null, revised));
        assertThat(s.thenRefused(Rejection.OutsideStatement.class).message()).as("no automated round revises a decision").contains("decided");

        s.when(null, new PlanCommand.RecordPlanRounds(PLAN, List.of(round(5, List.of("street")), round(6, List.of("street"))), Ending.BALANCED,
                List.of(), null, plan90));
        s.thenAccepted();
        assertThat(plan(s).phase(s.state())).isEqualTo(PlanPhase.BALANCED);
        assertThat(plan(s).proposalsRound()).isEqualTo(6);
        assertReplays(s);
    }
}
