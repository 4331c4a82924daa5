package org.mandate.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.web.Browsing.press;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mandate.core.ProposalId;

/**
 * axe-core finds no serious or critical violation on the main pages, each as a visitor and as a member
 * sees it (forms, results, charts, tables), and each main page loads less than 100 KB of HTML, CSS and
 * JavaScript; on {@link TestFederation#example}.
 */
class AccessibilityTest {
    private static final ProposalId CHOICE = TestFederation.EXAMPLE_CHOICE;
    private static final ProposalId REFERENDUM = TestFederation.EXAMPLE_REFERENDUM;
    private static final int WEIGHT_LIMIT = 100 * 1024;

    @TempDir
    static Path dir;

    private static Chromium chromium;
    private static TestFederation fed;
    private static BrowserContext visitor;
    private static BrowserContext member;

    @BeforeAll
    static void start() throws Exception {
        chromium = Chromium.launch();
        fed = TestFederation.example(dir);
        visitor = chromium.browser.newContext();
        member = chromium.browser.newContext();
        Browsing.logIn(member.newPage(), fed, "ben");
    }

    @AfterAll
    static void stop() {
        Browsing.close(fed, chromium);
    }

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("the first page", "/", false),
                Arguments.of("my federation", "/", true),
                Arguments.of("log in", "/login", false),
                Arguments.of("sign up", "/signup", false),
                Arguments.of("every body", "/bodies", false),
                Arguments.of("an assembly", "/bodies/bakery", true),
                Arguments.of("a council's body page", "/bodies/fed", false),
                Arguments.of("a council in session", "/councils/fed", true),
                Arguments.of("a ranked vote open to me", "/proposals/" + CHOICE.value(), true),
                Arguments.of("a council item with mandates", "/proposals/fed-35-hours", true),
                Arguments.of("an STV election counted", "/proposals/bakery-elect-delegates", false),
                Arguments.of("a referendum's breakdown", "/proposals/" + REFERENDUM.value(), false),
                Arguments.of("a delegate with a recall form", "/members/ana", true),
                Arguments.of("a petition I can sign", "/petitions/recall-ana", true),
                Arguments.of("the record", "/record", false),
                Arguments.of("a page that is not there", "/bodies/nowhere", false));
    }

    @ParameterizedTest(name = "{0} ({1}) has no serious or critical violation")
    @MethodSource("pages")
    void the_page_has_no_serious_or_critical_accessibility_violation(String name, String path, boolean signedIn) {
        try (Page page = (signedIn ? member : visitor).newPage()) {
            page.navigate(fed.url(path));
            Axe.assertNoSeriousViolation(page, name);
        }
    }

    @Test
    void forms_shown_again_with_messages_beside_the_fields_have_no_serious_or_critical_violation() {
        try (Page page = visitor.newPage()) {
            page.navigate(fed.url("/signup"));
            page.getByLabel("Member id").fill("not an id");
            page.getByLabel("Your name").fill("Someone");
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("one passphrase here");
            page.getByLabel("Password again").fill("another passphrase");
            press(page, "Sign up");
            PlaywrightAssertions.assertThat(page.locator(".field-error")).hasCount(2);
            Axe.assertNoSeriousViolation(page, "sign up with errors");

            page.navigate(fed.url("/login"));
            page.getByLabel("Member id").fill("ben");
            page.getByLabel("Password").fill("not the password at all");
            press(page, "Log in");
            PlaywrightAssertions.assertThat(page.locator(".refusal")).containsText("Wrong member id or password");
            Axe.assertNoSeriousViolation(page, "log in refused");
        }
    }

    @Test
    void the_check_finds_a_violation_where_there_is_one() {
        try (Page page = visitor.newPage()) {
            page.setContent("<!DOCTYPE html><html lang=en><title>t</title><main><p style='color:#bbb;background:#fff'>faint</p>"
                    + "<input type=text><img src=x.png></main></html>");
            assertThat(Axe.check(page).stream().filter(Axe.Violation::serious).map(Axe.Violation::id))
                    .contains("color-contrast", "label", "image-alt");
        }
    }

    /**
     * The page's own HTML, and every stylesheet and script it names, each fetched as a browser with an empty cache
     * would (uncompressed, the member's session cookie sent for pages seen signed in).
     */
    @Test
    void every_main_page_loads_less_than_100_kb_of_html_css_and_javascript() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String cookie = member.cookies().stream().map(c -> c.name + "=" + c.value).reduce((a, b) -> a + "; " + b).orElseThrow();
        long htmx = org.mandate.web.site.Assets.load().htmxBytes();
        List<String> heavy = new ArrayList<>();
        for (Arguments a : pages().toList()) {
            Object[] args = a.get();
            String html = fetch(http, (String) args[1], (Boolean) args[2] ? cookie : null);
            long bytes = html.getBytes(StandardCharsets.UTF_8).length;
            Matcher linked = ASSET.matcher(html);
            while (linked.find()) {
                bytes += fetch(http, linked.group(1), null).getBytes(StandardCharsets.UTF_8).length;
            }
            System.out.println("page weight, " + args[0] + ": " + bytes + " bytes of HTML, CSS and JavaScript");
            assertThat(bytes).as("bytes loaded by " + args[0] + ", the pinned htmx among them").isGreaterThan(htmx);
            if (bytes >= WEIGHT_LIMIT) {
                heavy.add(args[0] + ": " + bytes + " bytes");
            }
        }
        assertThat(heavy).as("pages of 100 KB or more of HTML, CSS and JavaScript").isEmpty();
    }

    private static final Pattern ASSET = Pattern.compile("<(?:link rel=\"stylesheet\" href|script src)=\"(/[^\"]+)\"");

    private static String fetch(HttpClient http, String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fed.url(path)));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
