package org.mandate.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.core.MemberId;
import org.mandate.record.checkpoint.LogKeys;
import org.mandate.server.account.Accounts;
import org.mandate.server.engine.Engine;
import org.mandate.store.Store;

/** The command endpoint over real HTTP on the loopback: who acts comes from the token, refusals are problem+json naming the rule. */
class ApiServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path dir;

    private Store store;
    private Engine engine;
    private ApiServer server;
    private Accounts accounts;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        LogKeys.generate(dir, "localhost/mandate");
        store = Store.sqlite(dir);
        engine = Engine.open(store, dir, Clock.fixed(NOW, ZoneOffset.UTC));
        accounts = new Accounts(store.directory());
        server = ApiServer.start(engine, accounts, "127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
        engine.close();
        store.close();
    }

    private String tokenFor(String member) {
        accounts.register(new MemberId(member), "Member " + member, member + "@example.coop", "a long enough passphrase", NOW);
        return accounts.createApiToken(new MemberId(member), "script", NOW).token();
    }

    private HttpResponse<String> post(String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/commands"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_member_registers_through_the_api_and_the_events_come_back_once_durable() throws Exception {
        String token = tokenFor("ana");
        HttpResponse<String> r = post(token, "{\"type\":\"register-member\",\"member\":\"ana\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode events = JSON.readTree(r.body()).get("events");
        assertThat(events.get(0).get("type").asText()).isEqualTo("member-registered");
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void who_acts_comes_from_the_token_so_a_member_cannot_register_someone_else() throws Exception {
        String token = tokenFor("ana");
        HttpResponse<String> r = post(token, "{\"type\":\"register-member\",\"member\":\"ben\"}");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.headers().firstValue("Content-Type")).hasValue(Problems.TYPE);
        JsonNode problem = JSON.readTree(r.body());
        assertThat(problem.get("type").asText()).isEqualTo("/problems/ActingForAnother");
        assertThat(problem.get("detail").asText()).contains("cannot act on behalf of member ben");
        assertThat(store.size()).isZero();
    }

    @Test
    void without_a_valid_token_nothing_is_done() throws Exception {
        assertThat(post(null, "{\"type\":\"register-member\",\"member\":\"ana\"}").statusCode()).isEqualTo(401);
        HttpResponse<String> r = post("not-a-token", "{\"type\":\"register-member\",\"member\":\"ana\"}");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(r.body()).get("title").asText()).isEqualTo("Unauthenticated");
        assertThat(store.size()).isZero();
    }

    @Test
    void bad_input_gets_a_clear_problem_and_changes_nothing() throws Exception {
        String token = tokenFor("ana");
        HttpResponse<String> malformed = post(token, "{\"type\":");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(malformed.body()).get("detail").asText()).contains("not valid JSON");

        HttpResponse<String> unknown = post(token, "{\"type\":\"crown-king\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknown.body()).get("detail").asText()).contains("unknown command type 'crown-king'");

        HttpResponse<String> missing = post(token, "{\"type\":\"register-member\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(missing.body()).get("detail").asText()).contains("member");

        HttpResponse<String> tick = post(token, "{\"type\":\"tick\"}");
        assertThat(tick.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(tick.body()).get("type").asText()).isEqualTo("/problems/OnlyTheClock");

        HttpResponse<String> huge = post(token, "{\"type\":\"register-member\",\"member\":\"" + "x".repeat(300_000) + "\"}");
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(store.size()).isZero();
    }

    @Test
    void health_is_served_and_the_checkpoint_only_to_readers_of_the_record() throws Exception {
        var health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/healthz")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        String token = tokenFor("ana");
        post(token, "{\"type\":\"register-member\",\"member\":\"ana\"}");
        var cp = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/record/checkpoint")).build(),
                HttpResponse.BodyHandlers.ofString());
        // No body has made the record public, and nobody asked as a member: see RecordRoutesTest.
        assertThat(cp.statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> postTo(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_person_opens_an_account_gets_a_token_and_registers_as_a_member() throws Exception {
        HttpResponse<String> account = postTo("/api/v1/accounts",
                "{\"member\":\"ana\",\"name\":\"Ana\",\"contact\":\"ana@example.coop\",\"password\":\"a long enough passphrase\"}");
        assertThat(account.statusCode()).as(account.body()).isEqualTo(201);
        HttpResponse<String> again = postTo("/api/v1/accounts",
                "{\"member\":\"ana\",\"name\":\"Ana\",\"contact\":\"\",\"password\":\"another long passphrase\"}");
        assertThat(again.statusCode()).isEqualTo(400);

        HttpResponse<String> wrong = postTo("/api/v1/tokens", "{\"member\":\"ana\",\"password\":\"not it at all\"}");
        assertThat(wrong.statusCode()).isEqualTo(401);
        HttpResponse<String> unknown = postTo("/api/v1/tokens", "{\"member\":\"zed\",\"password\":\"not it at all\"}");
        assertThat(JSON.readTree(unknown.body()).get("detail").asText()).as("unknown and wrong read the same")
                .isEqualTo(JSON.readTree(wrong.body()).get("detail").asText());

        HttpResponse<String> token = postTo("/api/v1/tokens", "{\"member\":\"ana\",\"password\":\"a long enough passphrase\"}");
        assertThat(token.statusCode()).as(token.body()).isEqualTo(201);
        String t = JSON.readTree(token.body()).get("token").asText();

        HttpResponse<String> registered = post(t, "{\"type\":\"register-member\",\"member\":\"ana\"}");
        assertThat(registered.statusCode()).isEqualTo(200);
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void a_weak_password_is_refused_with_the_rule() throws Exception {
        HttpResponse<String> r = postTo("/api/v1/accounts", "{\"member\":\"ben\",\"name\":\"Ben\",\"password\":\"short\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).get("detail").asText()).contains("at least");
    }
}
