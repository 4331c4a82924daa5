package org.mandate.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.server.http.ApiClient.NONE;
import static org.mandate.server.http.ApiClient.bearer;
import static org.mandate.server.http.ApiClient.json;
import static org.mandate.server.http.ApiClient.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandate.core.office.Permission;
import org.mandate.core.proposal.Motion;
import org.mandate.server.account.Accounts;

/**
 * Password resets through the record, over real HTTP: the office decides who may give a code, the record
 * keeps who gave one to whom (never the code), and the member sees it at their next login.
 */
class ResetRoutesTest extends ServerFixture {
    private static final String NEW_PASSWORD = "a brand new passphrase";

    private String ben;
    private String cat;

    /** bakery (ana, ben, cat, dan) elects ben secretary with the reset permission; everyone has an account. */
    @BeforeEach
    void bakeryWithSecretary() {
        scenario.assembly("bakery", EngineScenario.quickAssembly(), "ana", "ben", "cat", "dan");
        scenario.elect("bakery", "elect-secretary", new Motion.ElectOffice("secretary", List.of(Permission.ISSUE_RESET_CODE), 1), "ben", "cat");
        ben = account("ben");
        cat = account("cat");
        account("dan");
    }

    private HttpResponse<String> issue(String token, String member) {
        return api.post("/api/v1/reset-codes", "{\"body\":\"bakery\",\"member\":\"" + member + "\"}", bearer(token));
    }

    private HttpResponse<String> redeem(String code, String password) {
        return api.post("/api/v1/password-resets", "{\"member\":\"dan\",\"code\":\"" + code + "\",\"password\":\"" + password + "\"}", NONE);
    }

    @Test
    void the_secretary_gets_a_code_once_the_record_accepts_it_and_the_member_sets_a_new_password_with_it_once() {
        long before = store.size();

        HttpResponse<String> issued = issue(ben, "dan");

        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        String code = json(issued).get("code").asText();
        assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(json(issued).get("events").get(0).get("type").asText()).isEqualTo("reset-code-issued");
        assertThat(store.size()).isEqualTo(before + 1);
        assertThat(recordText()).contains("reset-code-issued").doesNotContain(code).doesNotContain(code.replace("-", ""));

        HttpResponse<String> reset = redeem(code, NEW_PASSWORD);
        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
        assertThat(json(reset).get("issuedBy").asText()).isEqualTo("ben");
        api.login("member", "dan", NEW_PASSWORD);
        problem(api.post("/api/v1/sessions", "{\"member\":\"dan\",\"password\":\"" + PASSWORD + "\"}", NONE), 401, "WrongCredentials");
        problem(redeem(code, NEW_PASSWORD + " again"), 400, "InvalidCode");
    }

    @Test
    void a_member_whose_office_does_not_list_the_permission_is_refused_by_the_core_and_no_code_is_made() {
        long before = store.size();
        var directory = directory();

        var p = problem(issue(cat, "dan"), 422, "NotPermitted");

        assertThat(p.get("permission").asText()).isEqualTo("issue-reset-code");
        assertThat(store.size()).isEqualTo(before);
        assertThat(directory()).isEqualTo(directory);
    }

    @Test
    void the_command_endpoint_hands_issue_reset_code_to_the_same_place_so_an_accepted_one_always_comes_with_a_code() {
        HttpResponse<String> r = api.post("/api/v1/commands", "{\"type\":\"issue-reset-code\",\"body\":\"bakery\",\"member\":\"dan\"}",
                bearer(ben));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(redeem(json(r).get("code").asText(), NEW_PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void a_member_of_the_record_with_no_account_here_cannot_be_claimed_by_signing_up_but_gets_in_with_a_code() {
        HttpResponse<String> claim = api.post("/api/v1/accounts",
                "{\"member\":\"ana\",\"name\":\"Not Ana\",\"password\":\"" + PASSWORD + "\"}", NONE);
        problem(claim, 400, "AccountRefused");
        problem(api.post("/api/v1/sessions", "{\"member\":\"ana\",\"password\":\"" + PASSWORD + "\"}", NONE), 401, "WrongCredentials");

        HttpResponse<String> issued = issue(ben, "ana");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        HttpResponse<String> reset = api.post("/api/v1/password-resets",
                "{\"member\":\"ana\",\"code\":\"" + json(issued).get("code").asText() + "\",\"password\":\"" + NEW_PASSWORD + "\"}", NONE);

        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
        api.login("member", "ana", NEW_PASSWORD);
    }

    @Test
    void the_member_is_shown_at_their_next_login_the_resets_given_for_them_since_their_previous_login() {
        api.login("member", "dan", PASSWORD);
        clock.advance(Duration.ofHours(1));
        assertThat(issue(ben, "dan").statusCode()).isEqualTo(201);
        clock.advance(Duration.ofHours(1));

        HttpResponse<String> second = api.post("/api/v1/sessions", "{\"member\":\"dan\",\"password\":\"" + PASSWORD + "\"}", NONE);

        JsonNode resets = json(second).get("resets");
        assertThat(resets).hasSize(1);
        assertThat(resets.get(0).get("by").asText()).isEqualTo("ben");
        assertThat(resets.get(0).get("office").asText()).isEqualTo("secretary");
        assertThat(resets.get(0).get("member").asText()).isEqualTo("dan");
        assertThat(json(api.get("/api/v1/me", bearer(tokenOf("dan")))).get("resets"))
                .isEqualTo(resets);
        clock.advance(Duration.ofHours(1));
        HttpResponse<String> third = api.post("/api/v1/sessions", "{\"member\":\"dan\",\"password\":\"" + PASSWORD + "\"}", NONE);
        assertThat(json(third).get("resets")).as("already seen at the last login").isEmpty();
    }

    @Test
    void guessing_codes_is_limited_like_logins_and_answers_429_with_when_to_try_again() {
        for (int i = 0; i < Accounts.MAX_FAILURES_PER_MEMBER; i++) {
            problem(redeem("AAAA-BBBB-CCCC-DDD" + i, NEW_PASSWORD), 400, "InvalidCode");
        }

        HttpResponse<String> r = redeem("AAAA-BBBB-CCCC-DDDD", NEW_PASSWORD);

        problem(r, 429, "RateLimited");
        assertThat(r.headers().firstValue("Retry-After")).hasValue(Long.toString(Accounts.RATE_WINDOW.toSeconds()));
    }

    private String tokenOf(String member) {
        return accounts.createApiToken(new org.mandate.core.MemberId(member), "me", clock.instant()).token();
    }

    private String recordText() {
        List<String> events = new ArrayList<>();
        store.read(0, store.size(), (seq, bytes) -> events.add(new String(bytes, StandardCharsets.UTF_8)));
        return String.join("\n", events);
    }
}
