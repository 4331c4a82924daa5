package org.mandate.economy.planning.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mandate.core.BodyId;
import org.mandate.economy.planning.Instances;
import org.mandate.economy.planning.check.PlanningProblem;
import org.mandate.economy.planning.model.PlanningInstance;

/** Instances whose balanced plan and prices can be worked out by hand; the working is in each test. */
class PlanningByHandTest {

    /**
     * By hand: no capacity binds, so each good is made by its technique at its labour cost, and the
     * price is that cost (the farm is willing at any level when price = cost): grain 2, beans 1. At
     * those prices the village takes every step worth more than the price: grain's first 20 (worth 5;
     * the next are worth 1 &lt; 2), beans' first 30 (worth 3; the next 0.5 &lt; 1). So the farm grows
     * 20 grain and 30 beans. Welfare = 20·5 + 30·3 − 20·2 − 30·1 = 120 hours.
     */
    @Test
    void a_farm_and_a_village_balance_at_labour_cost_prices() {
        PlanningOutcome outcome = Procedure.run(Instances.farmAndVillage());

        Plan plan = balanced(outcome);
        Proposal.Production farm = (Proposal.Production) plan.proposals().get(0);
        Proposal.Consumption village = (Proposal.Consumption) plan.proposals().get(1);
        assertThat(farm.activities().get("grain")).isCloseTo(20, withinPercentage(2));
        assertThat(farm.activities().get("beans")).isCloseTo(30, withinPercentage(2));
        assertThat(village.quantities().get("grain")).isCloseTo(20, withinPercentage(2));
        assertThat(village.quantities().get("beans")).isCloseTo(30, withinPercentage(2));
        assertThat(price(plan, "grain")).isCloseTo(2, withinPercentage(2));
        assertThat(price(plan, "beans")).isCloseTo(1, withinPercentage(2));
        assertThat(plan.welfare()).isCloseTo(120, withinPercentage(1));
        assertThat(plan.largestImbalance()).isLessThanOrEqualTo(0.01);
    }

    /**
     * By hand: flour costs 0.5 hours a kilo and the mill (capacity 100) is never short, so flour's
     * price is 0.5; a loaf then costs 1 + 0.5·0.5 = 1.25. The street would take 60 loaves at that cost
     * (its steps worth 4 and 2.5 exceed it, the third, 1, does not), but the bakery can bake only 40.
     * So bread is rationed: 40 loaves, and its price is the street's value at the 40th loaf, 2.5 (it
     * falls inside the second step, so the street takes exactly 40 there). The bakery takes 20 kilos
     * of flour. Welfare = 30·4 + 10·2.5 − 40·1 − 20·0.5 = 95 hours.
     */
    @Test
    void a_bakery_at_capacity_rations_bread_at_the_streets_marginal_value() {
        Plan plan = balanced(Procedure.run(Instances.millBakeryStreet(0, 100)));

        assertThat(activity(plan, "bakery", "bake")).isCloseTo(40, withinPercentage(1));
        assertThat(activity(plan, "mill", "grind")).isCloseTo(20, withinPercentage(2));
        assertThat(price(plan, "bread")).isCloseTo(2.5, withinPercentage(2));
        assertThat(price(plan, "flour")).isCloseTo(0.5, withinPercentage(2));
        assertThat(plan.welfare()).isCloseTo(95, withinPercentage(1));
    }

    /**
     * By hand: the street needs at least 50 loaves but the bakery at full capacity bakes 40, whatever
     * anyone else does. The procedure says so before any round.
     */
    @Test
    void a_need_beyond_every_capacity_names_the_good_before_any_round() {
        PlanningOutcome outcome = Procedure.run(Instances.millBakeryStreet(50, 100));

        assertThat(outcome).isInstanceOf(PlanningOutcome.Blocked.class);
        PlanningProblem.CannotBeBalanced problem = ((PlanningOutcome.Blocked) outcome).problem();
        assertThat(problem.goods()).containsExactly("bread");
        assertThat(problem.message()).contains("at least 50 of 'bread'").contains("at most 40");
        assertThat(outcome.rounds()).isEmpty();
    }

    /**
     * By hand: 35 loaves would be within the bakery's 40, and the mill's 15 kilos are more than anyone
     * asks of flour directly; but 35 loaves take 17.5 kilos of flour. Neither good alone shows it: the
     * prices of both keep rising, and weighing the two goods by those rises proves that no plan can
     * meet the need. The procedure stops with both goods named, rather than running its round limit.
     */
    @Test
    void a_need_that_only_the_inputs_make_impossible_names_both_goods_and_stops() {
        PlanningOutcome outcome = Procedure.run(Instances.millBakeryStreet(35, 15));

        assertThat(outcome).isInstanceOf(PlanningOutcome.Blocked.class);
        assertThat(((PlanningOutcome.Blocked) outcome).problem().goods()).containsExactlyInAnyOrder("bread", "flour");
        assertThat(outcome.rounds().size()).isLessThan(Settings.DEFAULT_MAX_ROUNDS);
    }

    /** By hand: with 30 kilos of flour the same need of 35 loaves (17.5 kilos) can be met, and it is. */
    @Test
    void the_same_need_with_enough_flour_is_met() {
        Plan plan = balanced(Procedure.run(Instances.millBakeryStreet(35, 30)));

        assertThat(quantity(plan, "street", "bread")).isGreaterThanOrEqualTo(35);
        assertThat(activity(plan, "mill", "grind")).isLessThanOrEqualTo(30);
    }

    @Test
    void a_council_that_proposes_for_itself_in_every_round_is_in_the_plan_exactly_as_it_proposed() {
        // The street decides, round after round, on 36.5 loaves: the others balance around it.
        Proposal street = new Proposal.Consumption(BodyId.of("street"), Map.of("bread", 36.5));
        Plan plan = balanced(Procedure.run(Instances.millBakeryStreet(0, 100), Settings.defaults(), (round, previous) -> Map.of(street.council(), street)));

        assertThat(plan.proposals()).contains(street);
        assertThat(activity(plan, "bakery", "bake")).isCloseTo(36.5, withinPercentage(1));
    }

    @Test
    void a_human_round_is_recorded_and_the_automated_rounds_after_it_still_balance() {
        PlanningInstance farm = Instances.farmAndVillage();
        Proposal own = new Proposal.Production(BodyId.of("farm"), Map.of("grain", 25.0, "beans", 10.0));
        PlanningOutcome outcome = Procedure.run(farm, Settings.defaults(), HumanRounds.scheduled(Map.of(3, List.of(own))));

        Plan plan = balanced(outcome);
        assertThat(outcome.rounds().get(2).ownProposals()).containsExactly(BodyId.of("farm"));
        assertThat(outcome.rounds().get(2).human()).isTrue();
        assertThat(outcome.rounds().get(3).human()).isFalse();
        assertThat(plan.welfare()).isCloseTo(120, withinPercentage(1));
    }

    @Test
    void a_proposal_outside_the_councils_own_statement_refuses_the_round_and_names_the_rule() {
        Proposal tooMuch = new Proposal.Production(BodyId.of("farm"), Map.of("grain", 31.0, "beans", 10.0));
        Proposal stranger = new Proposal.Consumption(BodyId.of("nobody"), Map.of("grain", 1.0));
        PlanningOutcome outcome = Procedure.run(Instances.farmAndVillage(), Settings.defaults(),
                HumanRounds.scheduled(Map.of(2, List.of(tooMuch, stranger))));

        assertThat(outcome).isInstanceOf(PlanningOutcome.Refused.class);
        assertThat(((PlanningOutcome.Refused) outcome).problems()).extracting(PlanningProblem::rule)
                .containsExactlyInAnyOrder("ProposalOutsideBounds", "UnknownCouncil");
        assertThat(outcome.rounds()).hasSize(1);
    }

    @Test
    void the_plan_is_the_same_in_parallel_and_on_one_thread() {
        PlanningOutcome parallel = Procedure.run(Instances.millBakeryStreet(10, 100), Settings.defaults().withParallel(true), HumanRounds.none());
        PlanningOutcome serial = Procedure.run(Instances.millBakeryStreet(10, 100), Settings.defaults().withParallel(false), HumanRounds.none());

        assertThat(balanced(parallel)).isEqualTo(balanced(serial));
        assertThat(parallel.rounds()).isEqualTo(serial.rounds());
    }

    static Plan balanced(PlanningOutcome outcome) {
        assertThat(outcome).as("outcome after %d rounds", outcome.rounds().size()).isInstanceOf(PlanningOutcome.Balanced.class);
        return ((PlanningOutcome.Balanced) outcome).plan();
    }

    static double price(Plan plan, String good) {
        return plan.goods().stream().filter(g -> g.good().equals(good)).findFirst().orElseThrow().price();
    }

    static double activity(Plan plan, String council, String technique) {
        return plan.proposals().stream().filter(p -> p.council().value().equals(council)).map(p -> ((Proposal.Production) p).activities().get(technique))
                .findFirst().orElseThrow();
    }

    static double quantity(Plan plan, String council, String good) {
        return plan.proposals().stream().filter(p -> p.council().value().equals(council)).map(p -> ((Proposal.Consumption) p).quantities().get(good))
                .findFirst().orElseThrow();
    }

}
