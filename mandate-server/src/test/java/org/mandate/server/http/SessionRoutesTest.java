package org.mandate.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.server.http.ApiClient.NONE;
import static org.mandate.server.http.ApiClient.bearer;
import static org.mandate.server.http.ApiClient.json;
import static org.mandate.server.http.ApiClient.problem;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.mandate.server.account.Accounts;

/** Browser sessions over the API: the cookie, one-time CSRF tokens chained from answer to answer, logout, who am I, the operator. */
class SessionRoutesTest extends ServerFixture {

    private static final String REGISTER_ANA = "{\"type\":\"register-member\",\"member\":\"ana\"}";

    @Test
    void logging_in_sets_an_http_only_strict_cookie_for_the_whole_site_and_returns_the_first_csrf_token() {
        account("ana");

        HttpResponse<String> r = api.post("/api/v1/sessions", "{\"member\":\"ana\",\"password\":\"" + PASSWORD + "\"}", NONE);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith(Caller.COOKIE + "=").contains("HttpOnly").contains("SameSite=Strict").contains("Path=/")
                .doesNotContain("Secure");
        assertThat(json(r).get("member").asText()).isEqualTo("ana");
        assertThat(json(r).get("csrf").asText()).isNotBlank().isEqualTo(r.headers().firstValue(Caller.CSRF_HEADER).orElseThrow());
        assertThat(json(r).get("expires").asText()).isEqualTo(T0.plus(Accounts.SESSION_LIFETIME).toString());
    }

    @Test
    void behind_a_proxy_that_says_https_the_cookie_is_secure() {
        account("ana");

        HttpResponse<String> r = api.post("/api/v1/sessions", "{\"member\":\"ana\",\"password\":\"" + PASSWORD + "\"}", NONE,
                "X-Forwarded-Proto", "https");

        assertThat(r.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure");
    }

    @Test
    void a_browser_submits_commands_with_its_cookie_each_answer_handing_on_the_next_csrf_token() {
        account("ana");
        ApiClient.Browser browser = api.login("member", "ana", PASSWORD);
        String first = browser.csrf;

        assertThat(api.post("/api/v1/commands", REGISTER_ANA, browser).statusCode()).isEqualTo(200);
        assertThat(browser.csrf).as("the next token").isNotEqualTo(first);
        HttpResponse<String> founded = api.post("/api/v1/commands",
                "{\"type\":\"found-assembly\",\"body\":\"bakery\",\"name\":\"Bakery\"}", browser);

        assertThat(founded.statusCode()).as(founded.body()).isEqualTo(200);
        assertThat(store.size()).isEqualTo(2);
    }

    @Test
    void me_says_who_is_asking_and_gives_a_cookie_session_its_current_csrf_token() {
        String token = account("ana");
        ApiClient.Browser browser = api.login("member", "ana", PASSWORD);

        HttpResponse<String> byCookie = api.get("/api/v1/me", browser);
        HttpResponse<String> byToken = api.get("/api/v1/me", bearer(token));

        assertThat(json(byCookie).get("member").asText()).isEqualTo("ana");
        assertThat(json(byCookie).get("csrf").asText()).isEqualTo(browser.csrf);
        assertThat(json(byToken).get("member").asText()).isEqualTo("ana");
        assertThat(json(byToken).has("csrf")).isFalse();
        problem(api.get("/api/v1/me", NONE), 401, "Unauthenticated");
    }

    @Test
    void logging_out_ends_the_session_so_the_cookie_opens_nothing_more() {
        account("ana");
        ApiClient.Browser browser = api.login("member", "ana", PASSWORD);

        HttpResponse<String> out = api.send("DELETE", "/api/v1/sessions/current", null, browser);

        assertThat(out.statusCode()).isEqualTo(204);
        assertThat(out.headers().firstValue("Set-Cookie").orElseThrow()).contains(Caller.COOKIE + "=");
        problem(api.get("/api/v1/me", browser), 401, "SessionExpired");
        problem(api.post("/api/v1/commands", REGISTER_ANA, browser), 401, "SessionExpired");
        assertThat(store.size()).isZero();
    }

    @Test
    void the_operator_logs_in_but_every_command_and_every_reset_code_is_refused_naming_the_rule() {
        accounts.registerOperator("root", PASSWORD + " of the operator", T0);
        account("ana");
        ApiClient.Browser operator = api.login("operator", "root", PASSWORD + " of the operator");

        assertThat(json(api.get("/api/v1/me", operator)).get("operator").asText()).isEqualTo("root");
        problem(api.post("/api/v1/commands", REGISTER_ANA, operator), 403, "OperatorCannotAct");
        problem(api.post("/api/v1/reset-codes", "{\"body\":\"bakery\",\"member\":\"ana\"}", operator), 403, "OperatorCannotAct");

        assertThat(store.size()).isZero();
        assertThat(directory().get("reset_codes")).isEmpty();
    }

    @Test
    void after_five_failed_logins_the_answer_is_429_with_when_to_try_again() {
        account("ana");
        for (int i = 0; i < Accounts.MAX_FAILURES_PER_MEMBER; i++) {
            problem(api.post("/api/v1/sessions", "{\"member\":\"ana\",\"password\":\"not the password " + i + "\"}", NONE),
                    401, "WrongCredentials");
        }

        HttpResponse<String> r = api.post("/api/v1/sessions", "{\"member\":\"ana\",\"password\":\"" + PASSWORD + "\"}", NONE);

        problem(r, 429, "RateLimited");
        assertThat(r.headers().firstValue("Retry-After")).hasValue(Long.toString(Accounts.RATE_WINDOW.toSeconds()));
        assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void an_unknown_member_and_a_wrong_password_read_the_same() {
        account("ana");

        var wrong = problem(api.post("/api/v1/sessions", "{\"member\":\"ana\",\"password\":\"not the password\"}", NONE),
                401, "WrongCredentials");
        var unknown = problem(api.post("/api/v1/sessions", "{\"member\":\"zed\",\"password\":\"not the password\"}", NONE),
                401, "WrongCredentials");

        assertThat(unknown.get("detail")).isEqualTo(wrong.get("detail"));
    }
}
