package org.mandate.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without a browser: plain HTTP against the test federation's server, following no redirect,
 * with the session cookie of whoever logged in. For the tests that read pages as HTML.
 */
public final class Visitor {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final TestFederation fed;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String cookie;

    public Visitor(TestFederation fed) {
        this.fed = fed;
    }

    /** Logs in as the member (with the test password) and keeps the session cookie. */
    public Visitor as(String member) throws Exception {
        HttpResponse<String> r = post("/login", "member=" + member + "&password=" + encode(TestFederation.PASSWORD));
        assertThat(r.statusCode()).as("logging in as " + member).isEqualTo(303);
        String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        cookie = setCookie.substring(0, setCookie.indexOf(';'));
        return this;
    }

    public HttpResponse<String> get(String path) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fed.url(path))).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The page's HTML, which must have answered 200. */
    public String page(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as("GET " + path).isEqualTo(200);
        return r.body();
    }

    public HttpResponse<String> post(String path, String form) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fed.url(path))).POST(HttpRequest.BodyPublishers.ofString(form))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form of the page at {@code from}, with the one-time CSRF token that page carries. */
    public HttpResponse<String> submit(String from, String action, String form) throws Exception {
        Matcher m = CSRF.matcher(page(from));
        assertThat(m.find()).as("the page carries a CSRF token").isTrue();
        return post(action, form + "&csrf=" + encode(m.group(1)));
    }

    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
