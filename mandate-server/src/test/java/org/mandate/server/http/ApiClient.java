package org.mandate.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Requests over real HTTP on the loopback, as a script (an API token) or a browser (the session cookie
 * and the one-time CSRF token each answer hands on) sends them.
 */
final class ApiClient {
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    ApiClient(int port) {
        this.port = port;
    }

    /** How a request is authenticated: nothing, a bearer token, or a cookie session whose CSRF token moves on with each answer. */
    interface Credentials {
        void apply(List<String> headers);

        default void answered(HttpResponse<String> r) {}
    }

    static final Credentials NONE = h -> {};

    static Credentials bearer(String token) {
        return h -> h.addAll(List.of("Authorization", "Bearer " + token));
    }

    /** A browser session: the cookie, and the CSRF token for the next change (null to send none). */
    static final class Browser implements Credentials {
        final String cookie;
        String csrf;

        Browser(String cookie, String csrf) {
            this.cookie = cookie;
            this.csrf = csrf;
        }

        @Override
        public void apply(List<String> headers) {
            headers.addAll(List.of("Cookie", Caller.COOKIE + "=" + cookie));
            if (csrf != null) {
                headers.addAll(List.of(Caller.CSRF_HEADER, csrf));
            }
        }

        @Override
        public void answered(HttpResponse<String> r) {
            r.headers().firstValue(Caller.CSRF_HEADER).ifPresent(t -> csrf = t);
        }
    }

    HttpResponse<String> send(String method, String path, String body, Credentials who, String... extraHeaders) {
        List<String> headers = new ArrayList<>(List.of(extraHeaders));
        who.apply(headers);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null && !headers.contains("Content-Type")) {
            b.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.size(); i += 2) {
            b.header(headers.get(i), headers.get(i + 1));
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            who.answered(r);
            return r;
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(method + " " + path + " failed", e);
        }
    }

    HttpResponse<String> post(String path, String body, Credentials who, String... extraHeaders) {
        return send("POST", path, body, who, extraHeaders);
    }

    HttpResponse<String> get(String path, Credentials who) {
        return send("GET", path, null, who);
    }

    /** Logs in over the API; the browser then carries the cookie and the CSRF token the answer gave. */
    Browser login(String field, String name, String password) {
        HttpResponse<String> r = post("/api/v1/sessions", "{\"" + field + "\":\"" + name + "\",\"password\":\"" + password + "\"}", NONE);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        String cookie = setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
        return new Browser(cookie, json(r).get("csrf").asText());
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + r.body(), e);
        }
    }

    /** Asserts an RFC 9457 problem of this status naming this rule, and returns it. */
    static JsonNode problem(HttpResponse<String> r, int status, String rule) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValue(Problems.TYPE);
        JsonNode p = json(r);
        assertThat(p.get("type").asText()).isEqualTo("/problems/" + rule);
        assertThat(p.get("title").asText()).isEqualTo(rule);
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("detail").asText()).isNotBlank();
        return p;
    }
}
