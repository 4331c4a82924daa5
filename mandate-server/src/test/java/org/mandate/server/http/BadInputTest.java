package org.mandate.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.server.http.ApiClient.NONE;
import static org.mandate.server.http.ApiClient.bearer;
import static org.mandate.server.http.ApiClient.problem;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandate.server.account.Accounts;

/**
 * Bad input from outside, over real HTTP: each is answered with a problem+json that says what is wrong,
 * and nothing changes, neither the record nor any row of the member directory.
 */
class BadInputTest extends ServerFixture {
    private String token;
    private long size;
    private Map<String, List<String>> before;

    @BeforeEach
    void aMemberWithAToken() {
        token = account("ana");
        scenario.assembly("bakery", EngineScenario.quickAssembly(), "ana");
        size = store.size();
        before = directory();
    }

    @AfterEach
    void nothingChanged() {
        assertThat(store.size()).as("the record").isEqualTo(size);
    }

    private void directoryUnchanged() {
        assertThat(directory()).isEqualTo(before);
    }

    @Test
    void malformed_json_is_refused_and_changes_nothing() {
        var command = problem(api.post("/api/v1/commands", "{\"type\":", bearer(token)), 400, "BadCommand");
        var session = problem(api.post("/api/v1/sessions", "{\"member\": ana", NONE), 400, "BadRequest");

        assertThat(command.get("detail").asText()).contains("not valid JSON");
        assertThat(session.get("detail").asText()).contains("not valid JSON");
        directoryUnchanged();
    }

    @Test
    void an_unknown_field_is_refused_by_name_and_changes_nothing() {
        var command = problem(api.post("/api/v1/commands", "{\"type\":\"leave-body\",\"body\":\"bakery\",\"force\":true}", bearer(token)),
                400, "BadCommand");
        var reset = problem(api.post("/api/v1/reset-codes", "{\"body\":\"bakery\",\"member\":\"ana\",\"code\":\"1234\"}", bearer(token)),
                400, "BadRequest");

        assertThat(command.get("detail").asText()).contains("force");
        assertThat(reset.get("detail").asText()).contains("unknown field 'code'");
        directoryUnchanged();
    }

    @Test
    void a_missing_field_is_refused_by_name_and_changes_nothing() {
        var command = problem(api.post("/api/v1/commands", "{\"type\":\"leave-body\"}", bearer(token)), 400, "BadCommand");
        var redeem = problem(api.post("/api/v1/password-resets", "{\"member\":\"ana\",\"password\":\"" + PASSWORD + " 2\"}", NONE),
                400, "BadRequest");

        assertThat(command.get("detail").asText()).contains("body");
        assertThat(redeem.get("detail").asText()).contains("'code' is missing");
        directoryUnchanged();
    }

    @Test
    void a_field_of_the_wrong_type_is_refused_by_name_and_changes_nothing() {
        var command = problem(api.post("/api/v1/commands", "{\"type\":\"leave-body\",\"body\":[\"bakery\"]}", bearer(token)),
                400, "BadCommand");
        var session = problem(api.post("/api/v1/sessions", "{\"member\":\"ana\",\"password\":12345678901234}", NONE), 400, "BadRequest");

        assertThat(command.get("detail").asText()).contains("body");
        assertThat(session.get("detail").asText()).contains("'password' must be a string");
        directoryUnchanged();
    }

    @Test
    void an_oversized_body_is_refused_with_413_and_changes_nothing() {
        String huge = "x".repeat((int) ApiServer.MAX_BODY + 1);

        problem(api.post("/api/v1/commands", "{\"type\":\"register-member\",\"member\":\"" + huge + "\"}", bearer(token)), 413, "TooLarge");
        problem(api.post("/api/v1/accounts", "{\"member\":\"ben\",\"name\":\"" + huge + "\",\"password\":\"" + PASSWORD + "\"}", NONE),
                413, "TooLarge");
        directoryUnchanged();
    }

    @Test
    void an_unknown_id_is_refused_by_the_core_naming_the_rule_and_changes_nothing() {
        var vote = problem(api.post("/api/v1/commands",
                "{\"type\":\"cast-vote\",\"proposal\":\"no-such-thing\",\"ballot\":{\"type\":\"yes-no\",\"choice\":\"yes\"}}", bearer(token)),
                422, "UnknownProposal");
        var leave = problem(api.post("/api/v1/commands", "{\"type\":\"leave-body\",\"body\":\"atlantis\"}", bearer(token)), 422, "UnknownBody");

        assertThat(vote.get("proposal").asText()).isEqualTo("no-such-thing");
        assertThat(leave.get("body").asText()).isEqualTo("atlantis");
        directoryUnchanged();
    }

    @Test
    void an_expired_session_is_refused_with_401_and_changes_nothing() {
        ApiClient.Browser browser = api.login("member", "ana", PASSWORD);
        clock.advance(Accounts.SESSION_LIFETIME);
        size = store.size();
        Map<String, List<String>> live = directory();

        problem(api.post("/api/v1/commands", "{\"type\":\"leave-body\",\"body\":\"bakery\"}", browser), 401, "SessionExpired");

        Map<String, List<String>> after = directory();
        assertThat(after.get("sessions")).as("only the expired session is swept").isEmpty();
        assertThat(without(after, "sessions")).isEqualTo(without(live, "sessions"));
    }

    @Test
    void a_replayed_csrf_token_is_refused_with_403_and_changes_nothing() {
        ApiClient.Browser browser = api.login("member", "ana", PASSWORD);
        String used = browser.csrf;
        assertThat(api.post("/api/v1/commands", "{\"type\":\"post-comment\",\"proposal\":\"none\",\"comment\":\"c\",\"text\":\"t\"}",
                browser).statusCode()).isEqualTo(422);
        Map<String, List<String>> afterFirst = directory();
        browser.csrf = used;

        problem(api.post("/api/v1/commands", "{\"type\":\"leave-body\",\"body\":\"bakery\"}", browser), 403, "CsrfRejected");

        assertThat(directory()).isEqualTo(afterFirst);
    }

    @Test
    void a_missing_csrf_token_is_refused_with_403_and_changes_nothing() {
        ApiClient.Browser browser = api.login("member", "ana", PASSWORD);
        Map<String, List<String>> loggedIn = directory();
        browser.csrf = null;

        problem(api.post("/api/v1/commands", "{\"type\":\"leave-body\",\"body\":\"bakery\"}", browser), 403, "CsrfMissing");
        problem(api.send("DELETE", "/api/v1/sessions/current", null, browser), 403, "CsrfMissing");

        assertThat(directory()).isEqualTo(loggedIn);
    }

    private static Map<String, List<String>> without(Map<String, List<String>> dump, String table) {
        Map<String, List<String>> out = new TreeMap<>(dump);
        out.remove(table);
        return out;
    }
}
