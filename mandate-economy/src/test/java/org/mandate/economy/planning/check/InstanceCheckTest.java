package org.mandate.economy.planning.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.economy.planning.Instances.consumers;
import static org.mandate.economy.planning.Instances.request;
import static org.mandate.economy.planning.Instances.technique;
import static org.mandate.economy.planning.Instances.workers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mandate.economy.planning.Instances;
import org.mandate.economy.planning.model.ConsumersCouncil;
import org.mandate.economy.planning.model.Good;
import org.mandate.economy.planning.model.PlanPeriod;
import org.mandate.economy.planning.model.PlanningInstance;
import org.mandate.economy.planning.model.WorkersCouncil;
import org.mandate.economy.planning.procedure.PlanningOutcome;
import org.mandate.economy.planning.procedure.Procedure;

/** Every rule of an instance, one test each: the rule is named, the sentence says what is wrong, and nothing is planned. */
class InstanceCheckTest {
    private static final WorkersCouncil MILL = workers("mill", technique("grind", Map.of("flour", 1.0), Map.of(), 0.5, 100));
    private static final ConsumersCouncil STREET = consumers("street", request("flour", 0, 10, 2));

    private static List<PlanningProblem> problems(List<WorkersCouncil> w, List<ConsumersCouncil> c, String... goods) {
        return InstanceCheck.problems(Instances.of(w, c, goods));
    }

    private static PlanningProblem only(List<PlanningProblem> problems) {
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @Test
    void a_well_formed_instance_has_no_problem() {
        assertThat(problems(List.of(MILL), List.of(STREET), "flour")).isEmpty();
        assertThat(InstanceCheck.problems(Instances.farmAndVillage())).isEmpty();
    }

    @Test
    void refuses_a_negative_coefficient_naming_where_it_is() {
        WorkersCouncil bad = workers("mill", technique("grind", Map.of("flour", 1.0), Map.of("water", -2.0), 0.5, 100));
        PlanningProblem p = only(problems(List.of(bad, workers("well", technique("draw", Map.of("water", 1.0), Map.of(), 0.1, 10))), List.of(STREET),
                "flour", "water"));

        assertThat(p.rule()).isEqualTo("NegativeCoefficient");
        assertThat(p.message()).isEqualTo("The input of 'water' of technique grind of workers' council mill is -2; "
                + "quantities, hours, capacities and values cannot be negative.");
    }

    @Test
    void refuses_negative_labour_capacity_minimum_quantity_and_value() {
        WorkersCouncil bad = workers("mill", technique("grind", Map.of("flour", 1.0), Map.of(), -0.5, -1));
        ConsumersCouncil street = consumers("street", request("flour", -1, -10, -2));

        assertThat(problems(List.of(bad), List.of(street), "flour")).extracting(PlanningProblem::rule).containsOnly("NegativeCoefficient").hasSize(5);
    }

    @Test
    void refuses_a_number_that_is_not_finite() {
        WorkersCouncil bad = workers("mill", technique("grind", Map.of("flour", 1.0), Map.of(), Double.NaN, Double.POSITIVE_INFINITY));

        assertThat(problems(List.of(bad), List.of(STREET), "flour")).extracting(PlanningProblem::rule).containsExactly("NotFinite", "NotFinite");
    }

    @Test
    void refuses_a_technique_that_produces_nothing() {
        WorkersCouncil idle = workers("mill", technique("grind", Map.of("flour", 1.0), Map.of(), 0.5, 100),
                technique("burn", Map.of("flour", 1.0), Map.of("flour", 1.0), 1, 10), technique("empty", Map.of(), Map.of(), 1, 10));

        List<PlanningProblem> found = problems(List.of(idle), List.of(STREET), "flour");

        assertThat(found).containsExactly(new PlanningProblem.ProducesNothing("mill", "burn"), new PlanningProblem.ProducesNothing("mill", "empty"));
        assertThat(found.get(0).message()).isEqualTo(
                "Technique burn of workers' council mill produces nothing: no good comes out of it in a greater quantity than goes in.");
    }

    @Test
    void refuses_a_good_nobody_produces_but_someone_requests_or_needs_as_input() {
        WorkersCouncil bakery = workers("bakery", technique("bake", Map.of("bread", 1.0), Map.of("flour", 0.5), 1, 40));
        ConsumersCouncil street = consumers("street", request("bread", 0, 10, 4), request("milk", 0, 5, 2));

        List<PlanningProblem> found = problems(List.of(bakery), List.of(street), "bread", "flour", "milk");

        assertThat(found).containsExactly(new PlanningProblem.NobodyProduces("flour", "technique bake of workers' council bakery"),
                new PlanningProblem.NobodyProduces("milk", "consumers' council street"));
        assertThat(found.get(1).message()).isEqualTo("The good 'milk' is needed by consumers' council street, but no technique of any workers' council produces it.");
    }

    @Test
    void refuses_a_request_with_no_preference() {
        PlanningProblem p = only(problems(List.of(MILL), List.of(consumers("street", request("flour", 5))), "flour"));

        assertThat(p).isEqualTo(new PlanningProblem.RequestWithoutPreference("street", "flour"));
        assertThat(p.message()).contains("without saying what it is worth to it");
    }

    @Test
    void refuses_a_preference_whose_value_rises() {
        PlanningProblem p = only(problems(List.of(MILL), List.of(consumers("street", request("flour", 0, 10, 2, 10, 3))), "flour"));

        assertThat(p).isEqualTo(new PlanningProblem.PreferenceNotDiminishing("street", "flour", 2));
    }

    @Test
    void refuses_a_minimum_above_what_the_steps_ask() {
        PlanningProblem p = only(problems(List.of(MILL), List.of(consumers("street", request("flour", 25, 10, 2, 10, 1))), "flour"));

        assertThat(p).isEqualTo(new PlanningProblem.MinimumAboveRequest("street", "flour", 25, 20));
        assertThat(p.message()).isEqualTo("Consumers' council street needs at least 25 of 'flour' but its steps add up to only 20.");
    }

    @Test
    void refuses_unknown_goods_duplicate_and_malformed_ids() {
        WorkersCouncil mill = workers("mill", technique("grind", Map.of("flour", 1.0, "chaff", 0.1), Map.of(), 0.5, 100),
                technique("grind", Map.of("flour", 1.0), Map.of(), 0.6, 100));
        ConsumersCouncil street = consumers("mill", request("flour", 0, 10, 2), request("flour", 0, 1, 1));

        List<PlanningProblem> found = problems(List.of(mill), List.of(street), "flour", "flour", "bad id");

        assertThat(found).extracting(PlanningProblem::rule)
                .containsExactly("DuplicateId", "MalformedId", "UnknownGood", "DuplicateId", "DuplicateId", "DuplicateId");
        assertThat(found.get(2).message()).isEqualTo("Technique grind of workers' council mill names the good 'chaff', which is not in the catalogue.");
    }

    @Test
    void refuses_councils_with_nothing_to_propose_and_an_instance_with_nothing_to_plan() {
        List<PlanningProblem> found = problems(List.of(workers("mill")), List.of(consumers("street")), "flour");

        assertThat(found).containsExactly(new PlanningProblem.NoTechnique("mill"), new PlanningProblem.NoRequest("street"),
                new PlanningProblem.NothingToPlan());
    }

    @Test
    void refuses_a_tolerance_outside_zero_to_one_and_a_period_that_ends_before_it_begins() {
        PlanningInstance instance = new PlanningInstance(new PlanPeriod(LocalDate.of(2027, 12, 31), LocalDate.of(2027, 1, 1)), 1.5,
                List.of(new Good("flour", "kg", "flour")), List.of(MILL), List.of(STREET));

        assertThat(InstanceCheck.problems(instance)).containsExactly(new PlanningProblem.ToleranceOutOfRange(1.5),
                new PlanningProblem.PeriodBackwards("2027-12-31", "2027-01-01"));
    }

    @Test
    void the_procedure_plans_nothing_for_an_instance_with_a_problem() {
        PlanningInstance bad = Instances.of(List.of(MILL), List.of(consumers("street", request("flour", 5))), "flour");

        PlanningOutcome outcome = Procedure.run(bad);

        assertThat(outcome).isEqualTo(new PlanningOutcome.Refused(List.of(new PlanningProblem.RequestWithoutPreference("street", "flour")), List.of()));
    }
}
