package org.mandate.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.core.vote.Ballot;

/**
 * The forms over plain HTTP, no browser needed: the session cookie's attributes, the one-time CSRF
 * token, a visitor sent to log in, a login that never sends anyone off the site, and pages that load
 * nothing from another origin.
 */
class FormsTest {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @TempDir
    Path dir;

    private TestFederation fed;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() {
        fed = TestFederation.bakery(dir);
    }

    @AfterEach
    void stop() {
        fed.close();
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fed.url(path))).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String cookie, String form) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fed.url(path))).POST(HttpRequest.BodyPublishers.ofString(form))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String logIn(String member) throws Exception {
        HttpResponse<String> r = post("/login", null, "member=" + member + "&password=" + URLEncoder.encode(TestFederation.PASSWORD, StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(303);
        String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).contains("mandate_session=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict").contains("Path=/");
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("the page carries a CSRF token").isTrue();
        return m.group(1);
    }

    @Test
    void a_vote_without_the_sessions_token_changes_nothing_and_a_token_serves_once() throws Exception {
        String cookie = logIn("ana");
        String path = "/proposals/" + TestFederation.RESOLUTION.value();
        assertThat(post(path + "/vote", cookie, "choice=yes").statusCode()).isEqualTo(403);
        assertThat(fed.ballot(TestFederation.RESOLUTION, "ana")).isNull();

        String token = csrf(get(path, cookie).body());
        HttpResponse<String> voted = post(path + "/vote", cookie, "choice=no&csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        assertThat(voted.statusCode()).isEqualTo(303);
        assertThat(fed.ballot(TestFederation.RESOLUTION, "ana")).isEqualTo(new Ballot.YesNo(Ballot.Choice.NO));

        HttpResponse<String> replay = post("/proposals/" + TestFederation.CHOICE.value() + "/vote", cookie,
                "rank.0=1&csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        assertThat(replay.statusCode()).isEqualTo(403);
        assertThat(fed.ballot(TestFederation.CHOICE, "ana")).isNull();
    }

    @Test
    void a_visitor_who_posts_a_form_is_sent_to_log_in_and_nothing_changes() throws Exception {
        HttpResponse<String> r = post("/proposals/" + TestFederation.RESOLUTION.value() + "/vote", null, "choice=yes");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location").orElseThrow()).startsWith("/login?next=");
        assertThat(fed.holds(s -> s.proposal(TestFederation.RESOLUTION).participants().isEmpty())).isTrue();
    }

    @Test
    void logging_in_never_sends_the_browser_to_another_site() throws Exception {
        HttpResponse<String> r = post("/login?next=//elsewhere.example/", null,
                "member=ben&password=" + URLEncoder.encode(TestFederation.PASSWORD, StandardCharsets.UTF_8));
        assertThat(r.headers().firstValue("Location").orElseThrow()).isEqualTo("/");
    }

    @Test
    void a_wrong_password_is_refused_with_the_same_words_as_an_unknown_member_and_keeps_the_id() throws Exception {
        HttpResponse<String> wrong = post("/login", null, "member=ben&password=not-the-password");
        HttpResponse<String> unknown = post("/login", null, "member=nobody&password=not-the-password");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("Wrong member id or password.").contains("value=\"ben\"");
        assertThat(unknown.body()).contains("Wrong member id or password.");
    }

    @Test
    void pages_load_nothing_from_another_origin_and_serve_the_pinned_htmx() throws Exception {
        String home = get("/", null).body();
        assertThat(home).doesNotContainPattern("(src|href)=\"(https?:)?//");
        Matcher script = Pattern.compile("src=\"(/assets/htmx-2\\.0\\.\\d+\\.min\\.js)\"").matcher(home);
        assertThat(script.find()).isTrue();
        HttpResponse<String> js = get(script.group(1), null);
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
        assertThat(js.body()).contains("htmx");
    }

    @Test
    void once_any_body_keeps_its_record_for_members_a_visitor_is_sent_to_log_in_and_reads_nothing() throws Exception {
        assertThat(get("/bodies/bakery", null).statusCode()).isEqualTo(200);
        fed.run("dee", new org.mandate.core.body.BodyCommand.FoundAssembly(new org.mandate.core.BodyId("closed"),
                "A closed assembly", null, java.util.List.of()));

        HttpResponse<String> visitor = get("/bodies/closed?page=1", null);

        assertThat(visitor.statusCode()).isEqualTo(303);
        assertThat(visitor.headers().firstValue("Location")).hasValue("/login?next=%2Fbodies%2Fclosed%3Fpage%3D1");
        assertThat(visitor.body()).doesNotContain("A closed assembly");
        assertThat(get("/", null).statusCode()).isEqualTo(303);
        assertThat(get("/login", null).statusCode()).isEqualTo(200);
    }

    @Test
    void a_federation_of_many_assemblies_lists_them_a_page_at_a_time() throws Exception {
        for (int i = 0; i < 110; i++) {
            fed.run("dee", new org.mandate.core.body.BodyCommand.FoundAssembly(new org.mandate.core.BodyId(String.format("z%03d", i)),
                    String.format("Zone %03d assembly", i), TestFederation.quick(org.mandate.core.charter.Charter.defaultAssembly()), java.util.List.of()));
        }
        String home = get("/", null).body();
        assertThat(home).contains("111 assemblies").contains("All 111 assemblies");
        assertThat(count(home, "href=\"/bodies/")).isEqualTo(30);

        String first = get("/bodies", null).body();
        assertThat(count(first, "href=\"/bodies/")).isEqualTo(100);
        assertThat(first).contains("Page 1 of 2").contains("href=\"/bodies?page=2#h-a\"").contains("Northside Bakery");
        String second = get("/bodies?page=2", null).body();
        assertThat(count(second, "href=\"/bodies/")).isEqualTo(11);
        assertThat(second).contains("Page 2 of 2").contains("Zone 109 assembly").doesNotContain("Zone 000 assembly");
    }

    @Test
    void an_assembly_of_many_members_shows_them_fifty_a_page_in_order() throws Exception {
        java.util.List<org.mandate.core.MemberId> cofounders = new java.util.ArrayList<>();
        for (int i = 0; i < 120; i++) {
            org.mandate.core.MemberId m = new org.mandate.core.MemberId(String.format("p%03d", i));
            fed.run(m.value(), new org.mandate.core.member.MemberCommand.RegisterMember(m));
            cofounders.add(m);
        }
        org.mandate.core.BodyId hall = new org.mandate.core.BodyId("hall");
        fed.run("dee", new org.mandate.core.body.BodyCommand.FoundAssembly(hall, "The hall assembly", TestFederation.quick(org.mandate.core.charter.Charter.defaultAssembly()), cofounders));
        for (org.mandate.core.MemberId m : cofounders) {
            fed.run(m.value(), new org.mandate.core.body.BodyCommand.AcceptFounding(hall));
        }
        String first = get("/bodies/hall", null).body();
        assertThat(first).contains("Members (121)").contains("Page 1 of 3");
        assertThat(count(first, "href=\"/members/")).isEqualTo(50);
        assertThat(first.indexOf("href=\"/members/dee\"")).isLessThan(first.indexOf("href=\"/members/p000\"")).isPositive();
        String last = get("/bodies/hall?page=3", null).body();
        assertThat(count(last, "href=\"/members/")).isEqualTo(21);
        assertThat(last).contains("Page 3 of 3").contains("href=\"/members/p099\"").contains("href=\"/members/p119\"")
                .doesNotContain("href=\"/members/p098\"");
    }

    private static int count(String page, String what) {
        return page.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }
}
