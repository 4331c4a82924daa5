package org.mandate.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.server.http.ApiClient.bearer;
import static org.mandate.server.http.ApiClient.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad statements to a plan over real HTTP (issue 8, point 6): each is refused with a problem naming the
 * rule, and nothing changes, neither the record nor the plan. Food's plan "p1" gathers statements; the
 * mill has stated its techniques; ana, cat and eve are the planners.
 */
class PlanBadInputTest extends ServerFixture {
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private long size;
    private String plan;

    @BeforeEach
    void gathering() {
        PlanFederation.MEMBERS.forEach(m -> tokens.put(m, account(m)));
        PlanFederation fed = new PlanFederation(scenario, api, tokens);
        fed.open(Duration.ofDays(30));
        fed.accepted("ana", PlanFederation.MILL);
        size = store.size();
        plan = planState();
    }

    @AfterEach
    void nothingChanged() {
        assertThat(store.size()).as("the record").isEqualTo(size);
        assertThat(planState()).as("the plan").isEqualTo(plan);
    }

    private String planState() {
        engine.reads().await(engine.size(), Duration.ofSeconds(10));
        return ((com.fasterxml.jackson.databind.node.ObjectNode) ApiClient.json(api.get("/api/v1/plans/p1", bearer(tokens.get("fay"))))).without("position").toString();
    }

    private JsonNode refused(String member, String command, String rule) {
        return problem(api.post("/api/v1/commands", command, bearer(tokens.get(member))), 422, rule);
    }

    private static String techniques(String body, String technique) {
        return "{\"type\":\"state-techniques\",\"plan\":\"p1\",\"body\":\"" + body + "\",\"techniques\":[" + technique + "]}";
    }

    private static String requests(String request) {
        return "{\"type\":\"state-requests\",\"plan\":\"p1\",\"body\":\"street\",\"requests\":[" + request + "]}";
    }

    @Test
    void a_negative_coefficient_is_refused_by_name() {
        var p = refused("cat", techniques("bakery", "{\"id\":\"baking\",\"outputs\":[{\"good\":\"bread\",\"millionths\":1000000}],"
                + "\"inputs\":[{\"good\":\"flour\",\"millionths\":-500000}],\"labourPerUnit\":20000000,\"capacity\":150000}"), "NegativeCoefficient");

        assertThat(p.get("value").asLong()).isEqualTo(-500_000);
    }

    @Test
    void a_technique_that_produces_nothing_is_refused_by_name() {
        refused("cat", techniques("bakery", "{\"id\":\"idling\",\"outputs\":[{\"good\":\"bread\",\"millionths\":0}],"
                + "\"inputs\":[{\"good\":\"flour\",\"millionths\":500000}],\"labourPerUnit\":20000000,\"capacity\":150000}"), "ProducesNothing");
    }

    @Test
    void a_request_with_no_preference_is_refused_by_name() {
        refused("eve", requests("{\"good\":\"bread\",\"minimum\":0,\"steps\":[]}"), "RequestWithoutPreference");
    }

    @Test
    void a_good_outside_the_catalogue_is_refused_by_name() {
        var p = refused("eve", requests("{\"good\":\"cake\",\"minimum\":0,\"steps\":[{\"quantity\":1000,\"valuePerUnit\":5000000}]}"), "UnknownGood");

        assertThat(p.get("good").asText()).isEqualTo("cake");
    }

    @Test
    void a_planner_states_only_for_their_own_body() {
        refused("eve", techniques("bakery", "{\"id\":\"baking\",\"outputs\":[{\"good\":\"bread\",\"millionths\":1000000}],"
                + "\"inputs\":[],\"labourPerUnit\":20000000,\"capacity\":150000}"), "NotPermitted");
    }

    @Test
    void no_member_records_rounds() {
        refused("ben", "{\"type\":\"record-plan-rounds\",\"plan\":\"p1\",\"rounds\":[],\"ending\":\"balanced\",\"blocking\":[],\"why\":\"\","
                + "\"proposals\":[]}", "OnlyTheServerPlans");
    }

    @Test
    void a_human_round_is_not_called_while_statements_are_gathered() {
        refused("ben", "{\"type\":\"call-human-round\",\"plan\":\"p1\",\"until\":\"2030-01-01T00:00:00Z\"}", "NotInPlanPhase");
    }
}
