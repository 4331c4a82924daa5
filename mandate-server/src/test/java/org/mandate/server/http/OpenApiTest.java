package org.mandate.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI document tells the truth: the server serves exactly the routes it describes, method by
 * method, and every answer of every described operation, success or problem, matches the schema the
 * document gives for its status and content type. An answer it does not describe fails.
 */
class OpenApiTest {
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    @TempDir
    static Path dir;

    private static Served served;
    private static JsonNode doc;
    private static String member;
    private static final Set<String> exercised = new TreeSet<>();

    @BeforeAll
    static void start() throws Exception {
        served = new Served(dir);
        served.federation();
        served.credit();
        member = served.tokenFor("ana");
        HttpResponse<String> r = served.get("/api/v1/openapi.json", null);
        assertThat(r.statusCode()).isEqualTo(200);
        doc = served.json(r);
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    /** {@code {name}} in a path, as Javalin and OpenAPI both write a path parameter. */
    private static String shape(String path) {
        return path.replaceAll("\\{[^}/]+}", "{}").replaceAll("<[^>/]+>", "{}");
    }

    @Test
    void the_server_serves_exactly_the_routes_the_document_describes() {
        Set<String> served = new TreeSet<>();
        for (var e : OpenApiTest.served.server.javalin().unsafe.internalRouter.allHttpHandlers()) {
            if (e.endpoint.method.isHttpMethod()) {
                served.add(e.endpoint.method.name().toUpperCase() + " " + shape(e.endpoint.path));
            }
        }
        Set<String> documented = new TreeSet<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> {
            if (Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace", "query").contains(m)) {
                documented.add(m.toUpperCase() + " " + shape(p.getKey()));
            }
        }));
        assertThat(served).as("routes served but not documented, or documented but not served").isEqualTo(documented);
    }

    @Test
    void every_documented_operation_answers_as_its_schema_says() throws Exception {
        String a = "/api/v1/accounts";
        post(a, "{\"member\":\"hal\",\"name\":\"Hal\",\"contact\":\"hal@example.coop\",\"password\":\"a long enough passphrase\"}", null, 201);
        post(a, "{\"member\":\"ivy\",\"name\":\"Ivy\",\"password\":\"short\"}", null, 400);
        String t = "/api/v1/tokens";
        JsonNode token = served.json(post(t, "{\"member\":\"hal\",\"password\":\"a long enough passphrase\"}", null, 201));
        post(t, "{\"member\":\"hal\",\"password\":\"not the passphrase\"}", null, 401);
        post(t, "[1,2]", null, 400);
        String c = "/api/v1/commands";
        String hal = token.get("token").asText();
        long position = served.json(post(c, "{\"type\":\"register-member\",\"member\":\"hal\"}", hal, 200)).get("position").asLong();
        post(c, "{\"type\":\"register-member\",\"member\":\"hal\"}", hal, 422);
        post(c, "{\"type\":\"crown-king\"}", hal, 400);
        post(c, "{\"type\":\"register-member\",\"member\":\"hal\"}", null, 401);

        get("/healthz", null, 200);
        get("/api/v1/openapi.json", null, 200);
        // night-shift's record is closed, so the record is for members of the federation's assemblies
        String note = get("/record/checkpoint", member, 200).body();
        get("/record/checkpoint", null, 401);
        get("/record/checkpoint", hal, 403);
        long covered = Long.parseLong(note.split("\n")[1]);
        // the last tile the checkpoint covers: partial unless the size is a multiple of 256
        String tile = String.format("%03d", covered / 256) + (covered % 256 == 0 ? "" : ".p/" + covered % 256);
        get("/record/tile/0/" + tile, member, 200);
        get("/record/tile/entries/" + tile, member, 200);
        get("/record/tile/9/999", member, 404);
        get("/record/receipt/0", member, 200);
        get("/record/receipt/007", member, 400);
        get("/record/consistency?from=1&to=" + covered, member, 200);
        get("/record/consistency?from=0", member, 400);
        get("/metrics", null, 200);
        get("/api/v1/record?atLeast=" + position, member, 200);
        get("/api/v1/record", null, 401);
        get("/api/v1/record", hal, 403);
        get("/api/v1/record?atLeast=soon", member, 400);
        get("/api/v1/record?atLeast=" + (position + 1_000_000), member, 400);

        get("/api/v1/bodies", member, 200);
        get("/api/v1/bodies?type=council&axis=trade&limit=1", null, 200);
        get("/api/v1/bodies?limit=201", member, 400);
        get("/api/v1/bodies?type=guild", member, 400);
        get("/api/v1/bodies", "not-a-token", 401);
        get("/api/v1/bodies/fed", member, 200);
        get("/api/v1/bodies/bakery", null, 200);
        get("/api/v1/bodies/night-shift", null, 404);
        JsonNode firstMembers = served.json(get("/api/v1/bodies/mill/members?limit=2", member, 200));
        get("/api/v1/bodies/mill/members?after=" + firstMembers.get("next").asText(), member, 200);
        get("/api/v1/bodies/fed/members", member, 200);
        get("/api/v1/bodies/mill/members?after=%21%21", member, 400);
        get("/api/v1/bodies/nowhere/members", member, 404);
        get("/api/v1/bodies/bakery/proposals?limit=2", member, 200);
        get("/api/v1/bodies/nowhere/proposals", member, 404);
        get("/api/v1/bodies/bakery/mandates", member, 200);
        get("/api/v1/bodies/nowhere/mandates", member, 404);
        get("/api/v1/bodies/bakery/petitions", member, 200);
        get("/api/v1/bodies/nowhere/petitions", member, 404);
        get("/api/v1/bodies/fed/seats", member, 200);
        get("/api/v1/bodies/bakery/seats", member, 404);
        get("/api/v1/bodies/fed/delegations", null, 200);
        get("/api/v1/bodies/mill/delegations", member, 404);
        get("/api/v1/members/ana", member, 200);
        get("/api/v1/members/gus", null, 200);
        get("/api/v1/members/nobody", member, 404);
        for (String p : List.of("fed-35-hours", "bakery-elect-delegates", "ref-32.vote", "recall-ana.vote", "bakery-founds-fed")) {
            get("/api/v1/proposals/" + p, member, 200);
            get("/api/v1/proposals/" + p + "/ballots", member, 200);
        }
        get("/api/v1/proposals/none", member, 404);
        get("/api/v1/proposals/none/ballots", member, 404);
        get("/api/v1/petitions/ref-32", member, 200);
        get("/api/v1/petitions/recall-ana", null, 200);
        get("/api/v1/petitions/none", member, 404);
        get("/api/v1/referendums", member, 200);
        get("/api/v1/referendums?limit=x", member, 400);
        credit();
        plans();

        sessionsAndResets();

        Set<String> operations = new TreeSet<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> operations.add(m.toUpperCase() + " " + p.getKey())));
        assertThat(exercised).as("every documented operation is exercised by this test").containsAll(operations);
    }

    /** Mutual credit: accounts, invoices and clearings of the council market. */
    private void credit() throws Exception {
        get("/api/v1/bodies/market/accounts", null, 200);
        get("/api/v1/bodies/bakery/accounts", member, 404);
        get("/api/v1/bodies/fed/accounts", member, 404);
        get("/api/v1/bodies/market/accounts/bakery?limit=1", member, 200);
        get("/api/v1/bodies/market/accounts/farm", null, 200);
        get("/api/v1/bodies/market/accounts/night-shift", member, 404);
        get("/api/v1/bodies/market/accounts/bakery?limit=0", member, 400);
        get("/api/v1/bodies/bakery/invoices", member, 200);
        get("/api/v1/bodies/bakery/invoices?status=recorded&role=debtor", null, 200);
        get("/api/v1/bodies/bakery/invoices?status=lost", member, 400);
        get("/api/v1/bodies/nowhere/invoices", member, 404);
        get("/api/v1/invoices/inv-1", member, 200);
        get("/api/v1/invoices/inv-5", null, 200);
        get("/api/v1/invoices/none", member, 404);
        get("/api/v1/bodies/market/clearings", null, 200);
        get("/api/v1/bodies/mill/clearings", member, 404);
        get("/api/v1/bodies/market/clearings/market-clearing-1?cycles=3", member, 200);
        get("/api/v1/bodies/market/clearings/market-clearing-1?cycles=many", member, 400);
        get("/api/v1/bodies/market/clearings/none", member, 404);
    }

    /**
     * Planning, on a server of its own ({@link PlanFederation}: its bodies' names are the example
     * federation's): food's plan "p1" after the server recorded its first stretch.
     */
    private void plans() throws Exception {
        Path own = java.nio.file.Files.createDirectories(dir.resolve("plans"));
        try (Served planned = new Served(own)) {
            java.util.Map<String, String> tokens = new java.util.LinkedHashMap<>();
            PlanFederation.MEMBERS.forEach(m -> tokens.put(m, planned.tokenFor(m)));
            EngineScenario s = new EngineScenario(planned.engine, planned.clock);
            PlanFederation fed = new PlanFederation(s, new ApiClient(planned.server.port()), tokens);
            java.time.Instant due = fed.open(java.time.Duration.ofDays(30));
            fed.state();
            s.at(due);
            s.tick();
            String fay = tokens.get("fay");
            on(planned, "/api/v1/bodies/food/plans?atLeast=" + planned.engine.size(), fay, 200);
            on(planned, "/api/v1/bodies/mill/plans", fay, 404);
            on(planned, "/api/v1/bodies/food/plans", "not-a-token", 401);
            on(planned, "/api/v1/plans/p1", null, 200);
            on(planned, "/api/v1/plans/p1?atLeast=soon", fay, 400);
            on(planned, "/api/v1/plans/none", fay, 404);
            on(planned, "/api/v1/plans/p1/rounds/1", fay, 200);
            on(planned, "/api/v1/plans/p1/rounds/0", fay, 404);
            on(planned, "/api/v1/plans/p1/rounds/first", fay, 404);
            on(planned, "/api/v1/plans/p1/bodies/street", fay, 200);
            on(planned, "/api/v1/plans/p1/bodies/mill", fay, 200);
            on(planned, "/api/v1/plans/p1/bodies/street", null, 404);
            on(planned, "/api/v1/plans/p1/bodies/food", fay, 404);
        }
    }

    private HttpResponse<String> on(Served other, String pathAndQuery, String token, int status) throws Exception {
        return check("GET", pathAndQuery, other.get(pathAndQuery, token), status);
    }

    /** The browser-session and reset-code routes: a cookie session with its chained CSRF tokens. */
    private void sessionsAndResets() throws Exception {
        String s = "/api/v1/sessions";
        HttpResponse<String> login = check("POST", s, served.send("POST", s, "{\"member\":\"ana\",\"password\":\"a long enough passphrase\"}"), 201);
        check("POST", s, served.send("POST", s, "{\"member\":\"ana\",\"password\":\"not the passphrase\"}"), 401);
        check("POST", s, served.send("POST", s, "{\"member\":\"ana\"}"), 400);
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().replaceFirst(";.*", "");
        String csrf = served.json(login).get("csrf").asText();
        check("GET", "/api/v1/me", served.send("GET", "/api/v1/me", null, "Cookie", cookie), 200);
        check("GET", "/api/v1/me", served.send("GET", "/api/v1/me", null), 401);
        String r = "/api/v1/reset-codes";
        HttpResponse<String> refused = check("POST", r, served.send("POST", r, "{\"body\":\"bakery\",\"member\":\"gus\"}",
                "Cookie", cookie, Caller.CSRF_HEADER, csrf), 422);
        csrf = refused.headers().firstValue(Caller.CSRF_HEADER).orElseThrow();
        check("POST", r, served.send("POST", r, "{\"body\":\"bakery\",\"member\":\"gus\"}", "Cookie", cookie), 403);
        check("POST", r, served.send("POST", r, "{\"body\":\"bakery\",\"member\":\"gus\"}"), 401);
        String p = "/api/v1/password-resets";
        check("POST", p, served.send("POST", p, "{\"member\":\"gus\",\"code\":\"AAAA-BBBB-CCCC-DDDD\",\"password\":\"a brand new passphrase\"}"), 400);
        String c = "/api/v1/sessions/current";
        check("DELETE", c, served.send("DELETE", c, null, "Cookie", cookie), 403);
        HttpResponse<String> again = served.send("GET", "/api/v1/me", null, "Cookie", cookie);
        check("DELETE", c, served.send("DELETE", c, null, "Cookie", cookie, Caller.CSRF_HEADER, csrfAfter(again, cookie)), 204);
        check("DELETE", c, served.send("DELETE", c, null), 401);
    }

    /** The session's current CSRF token: the last one handed out, read again from {@code /api/v1/me}. */
    private String csrfAfter(HttpResponse<String> me, String cookie) throws Exception {
        return served.json(me).path("csrf").asText(me.headers().firstValue(Caller.CSRF_HEADER).orElse(""));
    }

    private HttpResponse<String> get(String pathAndQuery, String token, int status) throws Exception {
        return check("GET", pathAndQuery, served.get(pathAndQuery, token), status);
    }

    private HttpResponse<String> post(String path, String body, String token, int status) throws Exception {
        return check("POST", path, served.post(path, body, token), status);
    }

    /** The response has the expected status and matches the schema the document gives for it; else the test fails. */
    private HttpResponse<String> check(String method, String pathAndQuery, HttpResponse<String> r, int status) throws Exception {
        String call = method + " " + pathAndQuery + " → " + r.statusCode() + " " + r.body();
        assertThat(r.statusCode()).as(call).isEqualTo(status);
        String path = pathAndQuery.replaceFirst("\\?.*", "");
        String template = template(path);
        assertThat(template).as("no documented path matches " + path).isNotNull();
        exercised.add(method + " " + template);
        JsonNode response = doc.get("paths").get(template).path(method.toLowerCase()).path("responses").get(Integer.toString(status));
        assertThat(response).as("the document does not describe " + call).isNotNull();
        response = resolve(response);
        if (!response.has("content")) {
            assertThat(r.body()).as("the document describes no body for " + call).isEmpty();
            return r;
        }
        String type = mediaType(r.headers().firstValue("Content-Type").orElse(""));
        JsonNode schema = null;
        for (var it = response.path("content").fields(); it.hasNext(); ) {
            var media = it.next();
            if (mediaType(media.getKey()).equals(type)) {
                schema = media.getValue().get("schema");
            }
        }
        assertThat(schema).as("the document gives no schema for " + type + " in " + call).isNotNull();
        if (type.equals("application/octet-stream")) {
            return r; // bytes of a tile: the schema says binary, and there is no JSON to validate
        }
        String instance = type.endsWith("json") ? r.body() : served.codec.mapper().writeValueAsString(r.body());
        ObjectNode root = served.codec.mapper().createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.putArray("allOf").add(schema);
        root.set("components", doc.get("components"));
        List<?> errors = SCHEMAS.getSchema(root.toString()).validate(instance, InputFormat.JSON);
        assertThat(errors).as(call).isEmpty();
        return r;
    }

    /** The routes whose parameters Javalin matches across slashes, by shape. */
    private static Set<String> spanning() {
        Set<String> out = new TreeSet<>();
        for (var e : served.server.javalin().unsafe.internalRouter.allHttpHandlers()) {
            if (e.endpoint.path.contains("<")) {
                out.add(shape(e.endpoint.path));
            }
        }
        return out;
    }

    /** A content type without its parameters: {@code text/plain; charset=utf-8} is {@code text/plain}. */
    private static String mediaType(String contentType) {
        return contentType.replaceFirst(";.*", "").strip().toLowerCase();
    }

    private static JsonNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        return ref == null ? node : doc.at(ref.asText().substring(1));
    }

    /** The documented path that {@code path} is an instance of. */
    private static String template(String path) {
        List<String> matches = new ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(t -> {
            // a parameter is one segment, except where Javalin's route lets it span slashes ({@code <tile>})
            String one = "^" + t.replace(".", "\\.").replaceAll("\\{[^}]+}", "[^/]+") + "$";
            String any = "^" + t.replace(".", "\\.").replaceAll("\\{[^}]+}", ".+") + "$";
            if (Pattern.matches(one, path) || spanning().contains(shape(t)) && Pattern.matches(any, path)) {
                matches.add(t);
            }
        });
        // a literal path wins over a template: /api/v1/openapi.json is no proposal
        return matches.stream().min((x, y) -> Long.compare(x.chars().filter(ch -> ch == '{').count(), y.chars().filter(ch -> ch == '{').count())).orElse(null);
    }
}
