package org.mandate.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.core.Fixtures.*;
import static org.mandate.core.plan.Planners.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandate.core.Scenario;
import org.mandate.core.plan.PlanCommand.RecordPlanRounds;
import org.mandate.core.plan.PlanEvent.*;
import org.mandate.core.plan.PlanTerms.*;
import org.mandate.core.rule.Rejection;

/** The core's check of the rounds the server records: only the server, only when due, and nothing a body did not state. */
class RoundsTest {

    private static Scenario due() {
        Scenario s = stated();
        s.at(balanceAt(s));
        return s;
    }

    @Test
    void a_stretch_publishes_each_round_each_body_s_proposal_and_how_it_ended() {
        Scenario s = due();

        s.when(null, stretch(1, 2, Ending.BALANCED, balanced())).thenEvents(PlanRoundPublished.class, PlanRoundPublished.class,
                PlanProposalComputed.class, PlanProposalComputed.class, PlanProposalComputed.class, PlanStretchEnded.class);

        assertThat(plan(s).proposals().get(b("street")).quantities()).containsExactly(new Amount("bread", 100_000));
        assertThat(plan(s).dueAt(s.state())).isNull();
    }

    @Test
    void refuses_rounds_from_a_member() {
        due().when("ben", stretch(1, 2, Ending.BALANCED, balanced())).thenRefused(Rejection.OnlyTheServerPlans.class);
    }

    @Test
    void refuses_rounds_before_they_are_due_and_after_they_were_recorded() {
        stated().when(null, stretch(1, 2, Ending.BALANCED, balanced())).thenRefused(Rejection.PlanNotDue.class);
        Scenario s = balancedPlan();
        s.when(null, stretch(4, 5, Ending.BALANCED, balanced())).thenRefused(Rejection.PlanNotDue.class);
    }

    @Test
    void refuses_rounds_that_do_not_follow_the_record() {
        assertThat(due().when(null, stretch(2, 3, Ending.BALANCED, balanced())).thenRefused(Rejection.InvalidRounds.class).message())
                .contains("round 1 is next");
        RecordPlanRounds shortPrices = new RecordPlanRounds(PLAN, List.of(new RoundFigures(1, List.of(), 0, "", 0, 0, 0, List.of(1L), List.of(0L, 0L))),
                Ending.BALANCED, List.of(), null, balanced());
        due().when(null, shortPrices).thenRefused(Rejection.InvalidRounds.class);
        RecordPlanRounds ownOutOfNowhere = new RecordPlanRounds(PLAN, List.of(round(1, List.of("street"))), Ending.BALANCED, List.of(), null, balanced());
        due().when(null, ownOutOfNowhere).thenRefused(Rejection.InvalidRounds.class);
    }

    @Test
    void refuses_a_proposal_outside_what_the_body_stated() {
        List<Quantities> overCapacity = List.of(production("mill", "milling", 250_000), production("bakery", "baking", 100_000),
                consumption("street", "bread", 100_000));
        assertThat(due().when(null, stretch(1, 1, Ending.UNSETTLED, overCapacity)).thenRefused(Rejection.OutsideStatement.class).message())
                .contains("milling");
        List<Quantities> unknownTechnique = List.of(production("mill", "grinding", 50_000), production("bakery", "baking", 100_000),
                consumption("street", "bread", 100_000));
        due().when(null, stretch(1, 1, Ending.UNSETTLED, unknownTechnique)).thenRefused(Rejection.OutsideStatement.class);
        List<Quantities> cake = List.of(production("mill", "milling", 50_000), production("bakery", "baking", 100_000),
                new Quantities(b("street"), List.of(), List.of(new Amount("bread", 100_000), new Amount("flour", 1))));
        due().when(null, stretch(1, 1, Ending.UNSETTLED, cake)).thenRefused(Rejection.OutsideStatement.class);
    }

    @Test
    void refuses_a_stretch_that_leaves_out_a_body_or_gives_one_two_proposals() {
        due().when(null, stretch(1, 1, Ending.UNSETTLED, balanced().subList(0, 2))).thenRefused(Rejection.InvalidRounds.class);
        List<Quantities> twice = new java.util.ArrayList<>(balanced());
        twice.add(consumption("street", "bread", 1_000));
        due().when(null, stretch(1, 1, Ending.UNSETTLED, twice)).thenRefused(Rejection.InvalidRounds.class);
    }

    @Test
    void refuses_a_plan_called_balanced_that_is_not() {
        List<Quantities> shortOfFlour = List.of(production("mill", "milling", 40_000), production("bakery", "baking", 100_000),
                consumption("street", "bread", 100_000));
        Rejection.NotBalanced r = due().when(null, stretch(1, 1, Ending.BALANCED, shortOfFlour)).thenRefused(Rejection.NotBalanced.class);
        assertThat(r.goods()).containsExactly("flour");

        due().when(null, stretch(1, 1, Ending.UNSETTLED, shortOfFlour)).thenAccepted();
    }

    @Test
    void accepts_a_balance_within_the_tolerance_and_refuses_one_just_beyond_it() {
        // 1% of 50 t of flour supplied is 0.5 t: 50.5 t demanded is within it, 50.6 t is not; 101 t of bread for 100 t asked is within 1%.
        List<Quantities> within = List.of(production("mill", "milling", 50_000), production("bakery", "baking", 101_000),
                consumption("street", "bread", 100_000));
        assertThat(Balance.unbalanced(stated().state().plans().of(PLAN), within)).isEmpty();
        List<Quantities> tooMuchBread = List.of(production("mill", "milling", 50_000), production("bakery", "baking", 100_000),
                consumption("street", "bread", 98_900));
        assertThat(Balance.unbalanced(stated().state().plans().of(PLAN), tooMuchBread)).containsExactly("bread");
        due().when(null, stretch(1, 1, Ending.BALANCED, within)).thenAccepted();
        List<Quantities> flourBeyond = List.of(production("mill", "milling", 50_000), production("bakery", "baking", 101_200),
                consumption("street", "bread", 100_000));
        assertThat(due().when(null, stretch(1, 1, Ending.BALANCED, flourBeyond)).thenRefused(Rejection.NotBalanced.class).goods())
                .containsExactly("flour", "bread");
    }

    @Test
    void a_blocked_stretch_names_its_goods_and_why_and_has_nothing_to_ratify() {
        Scenario s = due();
        s.when(null, new RecordPlanRounds(PLAN, List.of(), Ending.BLOCKED, List.of("bread"), null, List.of())).thenRefused(Rejection.InvalidRounds.class);
        s.when(null, new RecordPlanRounds(PLAN, List.of(), Ending.BLOCKED, List.of("cake"), "no", List.of())).thenRefused(Rejection.InvalidRounds.class);

        s.when(null, new RecordPlanRounds(PLAN, List.of(), Ending.BLOCKED, List.of("bread"), "The street needs more bread than can be baked.", List.of()))
                .thenEvents(PlanStretchEnded.class);

        assertThat(plan(s).phase(s.state())).isEqualTo(PlanPhase.BLOCKED);
        assertThat(plan(s).why()).contains("more bread");
        assertThat(plan(s).dueAt(s.state())).isNull();
    }
}
