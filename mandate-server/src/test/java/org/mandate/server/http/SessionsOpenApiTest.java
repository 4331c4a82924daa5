package org.mandate.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The OpenAPI fragment of the session and reset-code routes describes each route, and every problem is the shared Problem. */
class SessionsOpenApiTest {

    @Test
    void the_fragment_lists_every_session_and_reset_route_and_answers_problems_as_problem_json() throws Exception {
        JsonNode doc;
        try (InputStream in = SessionsOpenApiTest.class.getResourceAsStream("openapi/sessions.json")) {
            doc = ApiClient.JSON.readTree(in);
        }
        JsonNode paths = doc.get("paths");
        assertThat(paths.has("/api/v1/sessions") && paths.get("/api/v1/sessions").has("post")).isTrue();
        assertThat(paths.get("/api/v1/sessions/current").has("delete")).isTrue();
        assertThat(paths.get("/api/v1/me").has("get")).isTrue();
        assertThat(paths.get("/api/v1/reset-codes").has("post")).isTrue();
        assertThat(paths.get("/api/v1/password-resets").has("post")).isTrue();

        List<String> refs = new ArrayList<>();
        paths.forEach(path -> path.forEach(op -> op.get("responses").properties().forEach(r -> {
            JsonNode problem = r.getValue().path("content").path(Problems.TYPE);
            if (!problem.isMissingNode()) {
                refs.add(r.getKey() + " " + problem.path("schema").path("$ref").asText());
            }
        })));
        assertThat(refs).isNotEmpty().allSatisfy(ref -> assertThat(ref).endsWith("#/components/schemas/Problem"));
        doc.get("components").get("schemas").properties().forEach(s ->
                assertThat(s.getKey()).as("a schema is ours, never the shared Problem").isNotEqualTo("Problem"));
    }
}
