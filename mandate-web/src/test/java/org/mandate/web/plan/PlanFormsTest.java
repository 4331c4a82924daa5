package org.mandate.web.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.web.plan.Planning.*;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.core.BodyId;
import org.mandate.core.plan.Plan;
import org.mandate.core.plan.PlanTerms.*;
import org.mandate.web.TestFederation;
import org.mandate.web.Visitor;

/**
 * The statement forms over HTTP while {@link Planning#opened} gathers statements: only a planner of the
 * body sees them; bad input is named by its field, the core's refusals come back with the rule's
 * sentence, and neither changes the plan; a good statement is recorded in thousandths.
 */
class PlanFormsTest {
    private static final String MILL = PLAN_PATH + "/bodies/mill";
    private static final String DAIRY = PLAN_PATH + "/bodies/dairy";

    @TempDir
    static Path dir;

    private static TestFederation fed;

    @BeforeAll
    static void start() throws Exception {
        fed = Planning.opened(dir);
    }

    @AfterAll
    static void stop() {
        fed.close();
    }

    private static Plan.Statement statement(String body) {
        return fed.read(s -> s.plans().of(PLAN).statement(new BodyId(body)));
    }

    @Test
    void only_the_bodys_planner_sees_the_statement_forms() throws Exception {
        assertThat(new Visitor(fed).as("chi").page(MILL)).contains("State techniques (a workers' council)").contains("name=\"t1-out-flour\"")
                .contains("State requests (a consumers' council)");
        assertThat(new Visitor(fed).as("dee").page(MILL)).as("a member of the mill who is not its planner").doesNotContain("<form class=\"act\"");
        assertThat(new Visitor(fed).page(MILL)).doesNotContain("<form class=\"act\"");
        assertThat(new Visitor(fed).as("dee").page(PLAN_PATH)).as("the facilitator, while the period gathers").doesNotContain("Call a human round");
    }

    @Test
    void a_negative_coefficient_a_bad_decimal_or_someone_without_the_office_is_refused_and_changes_nothing() throws Exception {
        Visitor chi = new Visitor(fed).as("chi");
        HttpResponse<String> negative = chi.submit(MILL, MILL + "/techniques", "t1-id=milling&t1-labour=10&t1-capacity=200&t1-out-flour=1&t1-in-bread=-0.5");
        assertThat(negative.statusCode()).isEqualTo(422);
        assertThat(negative.body()).contains("id=\"techniques-refusal\">The technique 'milling' input of 'bread' is -500000; "
                + "a plan's coefficients and quantities are never negative.").contains("value=\"-0.5\"");

        HttpResponse<String> nothing = chi.submit(MILL, MILL + "/techniques", "t1-id=milling&t1-labour=10&t1-capacity=200&t1-in-flour=1");
        assertThat(nothing.body()).contains("id=\"techniques-refusal\">").contains("milling");

        HttpResponse<String> decimals = chi.submit(MILL, MILL + "/techniques", "t1-id=milling&t1-labour=10.0000001&t1-capacity=200.0001&t1-out-flour=1");
        assertThat(decimals.statusCode()).isEqualTo(422);
        assertThat(decimals.body()).contains("Technique 1, hours of labour: a number with at most six decimals, such as 0.125.")
                .contains("Technique 1, most units: a number with at most three decimals, such as 1.5.");

        HttpResponse<String> rising = new Visitor(fed).as("eve").submit(DAIRY, DAIRY + "/requests", "r-bread-q1=50&r-bread-v1=80&r-bread-q2=50&r-bread-v2=90");
        assertThat(rising.statusCode()).isEqualTo(422);
        assertThat(rising.body()).contains("id=\"requests-refusal\">");

        HttpResponse<String> noOffice = new Visitor(fed).as("dee").submit(MILL, MILL + "/techniques", "t1-id=milling&t1-labour=10&t1-capacity=200&t1-out-flour=1");
        assertThat(noOffice.statusCode()).isEqualTo(422);
        assertThat(noOffice.body()).contains("Member dee holds no office of mill whose list of permissions includes 'propose-plan'");

        assertThat(statement("mill")).isNull();
        assertThat(statement("dairy")).isNull();
    }

    @Test
    void the_planner_states_techniques_in_decimals_recorded_in_the_records_scales() throws Exception {
        HttpResponse<String> stated = new Visitor(fed).as("ana").submit(PLAN_PATH + "/bodies/bakery", PLAN_PATH + "/bodies/bakery/techniques",
                "t1-id=baking&t1-labour=20.5&t1-capacity=" + Visitor.encode("1,500.25") + "&t1-out-bread=1&t1-in-flour=.125&t2-id=");
        assertThat(stated.statusCode()).isEqualTo(303);
        assertThat(stated.headers().firstValue("Location")).hasValue(PLAN_PATH + "/bodies/bakery#statement");
        assertThat(statement("bakery").techniques()).containsExactly(new Technique("baking", List.of(new PerUnit("bread", 1_000_000)),
                List.of(new PerUnit("flour", 125_000)), 20_500_000, 1_500_250));
        String page = new Visitor(fed).as("ana").page(PLAN_PATH + "/bodies/bakery");
        assertThat(page).contains("baking: each unit makes 1 t of Bread from 0.125 t of Flour, with 20.5 hours of labour; up to 1,500.25 units")
                .contains("name=\"t1-capacity\" inputmode=\"decimal\" autocomplete=\"off\" value=\"1500.25\"");
    }
}
