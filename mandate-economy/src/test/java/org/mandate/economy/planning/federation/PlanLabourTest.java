package org.mandate.economy.planning.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mandate.core.Context;
import org.mandate.core.Federation;
import org.mandate.core.Mandate;
import org.mandate.core.Outcome;
import org.mandate.core.plan.Plan;
import org.mandate.economy.planning.Instances;
import org.mandate.economy.planning.model.PlanningInstance;

/** The labour content of a plan's goods, worked by hand on small plans. */
class PlanLabourTest {
    private static final Instant OPENED = Instant.parse("2026-12-01T09:00:00Z");
    private static final Instant DUE = OPENED.plus(Duration.ofDays(30));

    private static double[] hours(PlanningInstance instance, boolean balanced) {
        Federation state = InstanceStatements.recorded(instance, "p", 0, OPENED, DUE);
        Plan plan = state.plans().of("p");
        if (balanced) {
            assertThat(Mandate.execute(state, Stretch.next(plan), Context.system(DUE))).isInstanceOf(Outcome.Accepted.class);
        }
        PlanLabour.Outcome outcome = PlanLabour.of(plan);
        assertThat(outcome).isInstanceOf(PlanLabour.Outcome.Values.class);
        return ((PlanLabour.Outcome.Values) outcome).hours();
    }

    @Test
    void bread_takes_its_hour_and_the_half_hour_in_its_half_kilo_of_flour() {
        // catalogue order: bread, flour. A kilo of flour takes half an hour; a loaf an hour and half a kilo of flour.
        for (boolean balanced : List.of(false, true)) {
            double[] hours = hours(Instances.millBakeryStreet(20, 100), balanced);
            assertThat(hours[1]).as("flour").isCloseTo(0.5, within(1e-9));
            assertThat(hours[0]).as("bread").isCloseTo(1.0 + 0.5 * 0.5, within(1e-9));
        }
    }

    @Test
    void two_techniques_count_by_what_each_makes_and_a_good_not_made_has_none() {
        // two mills: 0.5 h a kilo (up to 100 kg) and 1 h a kilo (up to 300 kg); before any round, by capacity:
        // (100 × 0.5 + 300 × 1) / 400 = 0.875 h a kilo. Nobody makes salt.
        PlanningInstance instance = Instances.of(List.of(Instances.workers("mill", Instances.technique("stones", Map.of("flour", 1.0), Map.of(), 0.5, 100),
                Instances.technique("hand", Map.of("flour", 1.0), Map.of(), 1, 300))),
                List.of(Instances.consumers("street", Instances.request("flour", 0, 50, 2))), "flour", "salt");

        double[] hours = hours(instance, false);

        assertThat(hours[0]).isCloseTo(0.875, within(1e-9));
        assertThat(hours[1]).isNaN();
    }

    @Test
    void a_joint_product_shares_its_technique_s_hours_by_quantity_before_any_round() {
        // threshing gives 1 kg of grain and 3 kg of straw for 2 hours: a quarter to grain, three quarters to straw, per kilo 0.5 h each.
        PlanningInstance instance = Instances.of(List.of(Instances.workers("farm", Instances.technique("threshing", Map.of("grain", 1.0, "straw", 3.0),
                Map.of(), 2, 10))), List.of(Instances.consumers("village", Instances.request("grain", 0, 5, 4))), "grain", "straw");

        double[] hours = hours(instance, false);

        assertThat(hours[0]).isCloseTo(0.5, within(1e-9));
        assertThat(hours[1]).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void a_plan_whose_goods_use_up_more_than_they_make_has_no_labour_content_and_says_which() {
        PlanningInstance instance = Instances.of(List.of(Instances.workers("mill", Instances.technique("grind", Map.of("flour", 1.0),
                Map.of("flour", 1.5), 0.5, 100))), List.of(Instances.consumers("street", Instances.request("flour", 0, 50, 2))), "flour");
        Federation state = InstanceStatements.recorded(instance, "p", 0, OPENED, DUE);

        PlanLabour.Outcome outcome = PlanLabour.of(state.plans().of("p"));

        assertThat(outcome).isInstanceOf(PlanLabour.Outcome.None.class);
        assertThat(((PlanLabour.Outcome.None) outcome).why()).contains("uses up at least as much of itself").contains("flour");
    }
}
