package org.mandate.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.core.Fixtures.*;
import static org.mandate.core.plan.Planners.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandate.core.Scenario;
import org.mandate.core.plan.PlanCommand.*;
import org.mandate.core.plan.PlanEvent.*;
import org.mandate.core.plan.PlanTerms.*;
import org.mandate.core.rule.Rejection;

/** A body's planner states its techniques or requests; every statement the procedure could not work with is refused by name. */
class StatementTest {

    private static StateTechniques technique(List<PerUnit> outputs, List<PerUnit> inputs, long labour, long capacity) {
        return new StateTechniques(PLAN, b("mill"), List.of(new Technique("milling", outputs, inputs, labour, capacity)));
    }

    private static StateRequests request(long minimum, Step... steps) {
        return new StateRequests(PLAN, b("street"), List.of(new Request("bread", minimum, List.of(steps))));
    }

    @Test
    void a_planner_states_the_techniques_of_their_body_and_a_later_statement_replaces_it() {
        Scenario s = opened();

        s.when("ana", mill()).thenEvents(TechniquesStated.class);
        s.when("ana", technique(List.of(new PerUnit("flour", 1000)), List.of(), 8_000, 300_000)).thenAccepted();

        assertThat(plan(s).statement(b("mill")).techniques()).singleElement().satisfies(t -> assertThat(t.capacity()).isEqualTo(300_000));
        assertThat(plan(s).statement(b("mill")).workers()).isTrue();
    }

    @Test
    void a_body_that_states_requests_after_techniques_becomes_a_consumers_council() {
        Scenario s = opened();
        s.given("eve", new StateTechniques(PLAN, b("street"), List.of(new Technique("garden", List.of(new PerUnit("bread", 10)), List.of(), 1, 1))));

        s.when("eve", street(50_000)).thenEvents(RequestsStated.class);

        assertThat(plan(s).statement(b("street")).workers()).isFalse();
    }

    @Test
    void refuses_a_statement_from_someone_without_the_planning_office() {
        s().when("ben", mill()).thenRefused(Rejection.NotPermitted.class);
    }

    @Test
    void refuses_a_statement_for_a_body_outside_the_council() {
        Scenario s = opened();
        s.when("hal", new StateTechniques(PLAN, b("brewery"), mill().techniques())).thenRefused(Rejection.NotBeneathCouncil.class);
        s.when("ana", new StateTechniques(PLAN, b(FOOD), mill().techniques())).thenRefused(Rejection.NotBeneathCouncil.class);
    }

    @Test
    void refuses_a_statement_for_an_unknown_plan() {
        s().when("ana", new StateTechniques("p9", b("mill"), mill().techniques())).thenRefused(Rejection.UnknownPlan.class);
    }

    @Test
    void refuses_a_statement_once_gathering_is_over() {
        Scenario s = opened();
        s.at(balanceAt(s));

        assertThat(s.when("ana", mill()).thenRefused(Rejection.NotInPlanPhase.class).message()).contains("past its gathering");
    }

    @Test
    void refuses_a_negative_coefficient() {
        assertThat(s().when("ana", technique(List.of(new PerUnit("flour", 1000)), List.of(new PerUnit("bread", -5)), 10, 10))
                .thenRefused(Rejection.NegativeCoefficient.class).message()).contains("input of 'bread'");
        s().when("ana", technique(List.of(new PerUnit("flour", 1000)), List.of(), -1, 10)).thenRefused(Rejection.NegativeCoefficient.class);
    }

    @Test
    void refuses_a_technique_that_produces_nothing() {
        s().when("ana", technique(List.of(new PerUnit("flour", 0)), List.of(), 10, 10)).thenRefused(Rejection.ProducesNothing.class);
        s().when("ana", technique(List.of(), List.of(new PerUnit("flour", 5)), 10, 10)).thenRefused(Rejection.ProducesNothing.class);
    }

    @Test
    void refuses_a_good_outside_the_catalogue() {
        s().when("ana", technique(List.of(new PerUnit("steel", 1000)), List.of(), 10, 10)).thenRefused(Rejection.UnknownGood.class);
        s().when("eve", new StateRequests(PLAN, b("street"), List.of(new Request("cake", 0, List.of(new Step(1, 1))))))
                .thenRefused(Rejection.UnknownGood.class);
    }

    @Test
    void refuses_a_request_with_no_preference() {
        s().when("eve", request(0)).thenRefused(Rejection.RequestWithoutPreference.class);
    }

    @Test
    void refuses_a_preference_that_rises() {
        Rejection.PreferenceNotDiminishing r = s().when("eve", request(0, new Step(10_000, 50_000), new Step(10_000, 60_000)))
                .thenRefused(Rejection.PreferenceNotDiminishing.class);
        assertThat(r.step()).isEqualTo(2);
    }

    @Test
    void refuses_a_need_beyond_the_request() {
        s().when("eve", request(30_000, new Step(20_000, 50_000))).thenRefused(Rejection.MinimumAboveRequest.class);
    }

    @Test
    void refuses_an_empty_statement_and_naming_a_thing_twice() {
        s().when("ana", new StateTechniques(PLAN, b("mill"), List.of())).thenRefused(Rejection.EmptyStatement.class);
        s().when("ana", new StateTechniques(PLAN, b("mill"), List.of(mill().techniques().get(0), mill().techniques().get(0))))
                .thenRefused(Rejection.DuplicateInStatement.class);
        s().when("ana", technique(List.of(new PerUnit("flour", 1000), new PerUnit("flour", 5)), List.of(), 10, 10))
                .thenRefused(Rejection.DuplicateInStatement.class);
    }

    @Test
    void refuses_a_number_beyond_any_plan() {
        s().when("ana", technique(List.of(new PerUnit("flour", 1000)), List.of(), 10, StatementRules.MAX + 1)).thenRefused(Rejection.QuantityOutOfRange.class);
    }

    @Test
    void refuses_a_statement_too_large_for_one_record_entry() {
        List<Technique> many = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            many.add(new Technique("t" + i, List.of(new PerUnit("flour", 1), new PerUnit("bread", 1)), List.of(new PerUnit("bread", 1),
                    new PerUnit("flour", 1)), 1, 1));
        }
        s().when("ana", new StateTechniques(PLAN, b("mill"), many)).thenRefused(Rejection.TooLong.class);
    }

    private static Scenario s() {
        return opened();
    }
}
