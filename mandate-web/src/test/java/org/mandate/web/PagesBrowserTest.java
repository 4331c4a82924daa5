package org.mandate.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.core.MemberId;
import org.mandate.core.vote.Ballot;
import org.mandate.server.http.Caller;

/**
 * The core flows in a real browser against a real server: signing up, logging in and out, voting by
 * majority and by ranking, a refused command showing the rule's sentence, all with JavaScript turned
 * off; and logging in with the keyboard alone.
 */
class PagesBrowserTest {
    private static Chromium chromium;

    @TempDir
    Path dir;

    private TestFederation fed;
    private BrowserContext context;

    @BeforeAll
    static void launch() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void quit() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void start() {
        fed = TestFederation.bakery(dir);
    }

    @AfterEach
    void stop() {
        if (context != null) {
            context.close();
        }
        fed.close();
    }

    private Page page(boolean javascript) {
        context = chromium.browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(javascript));
        return context.newPage();
    }

    private void logIn(Page page, String member) {
        page.navigate(fed.url("/login"));
        page.getByLabel("Member id").fill(member);
        page.getByLabel("Password").fill(TestFederation.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My federation"))).isVisible();
    }

    @Test
    void a_person_signs_up_logs_out_and_logs_in_again_without_javascript() {
        Page page = page(false);
        page.navigate(fed.url("/signup"));
        page.getByLabel("Member id").fill("eve");
        page.getByLabel("Your name").fill("Eve Example");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(TestFederation.PASSWORD);
        page.getByLabel("Password again").fill(TestFederation.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign up")).click();

        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My federation"))).isVisible();
        assertThat(fed.holds(s -> s.member(new MemberId("eve")) != null)).as("eve is registered in the record").isTrue();
        Cookie session = context.cookies().stream().filter(c -> c.name.equals(Caller.COOKIE)).findFirst().orElseThrow();
        assertThat(session.httpOnly).isTrue();
        assertThat(session.sameSite).isEqualTo(SameSiteAttribute.STRICT);
        assertThat(session.path).isEqualTo("/");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();
        PlaywrightAssertions.assertThat(page.getByLabel("Main").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Log in"))).isVisible();
        assertThat(context.cookies().stream().noneMatch(c -> c.name.equals(Caller.COOKIE) && !c.value.isEmpty())).isTrue();

        logIn(page, "eve");
        PlaywrightAssertions.assertThat(page.getByText("Nothing awaits your vote.")).isVisible();
    }

    @Test
    void a_member_votes_by_majority_and_by_ranking_without_javascript() {
        Page page = page(false);
        logIn(page, "ben");
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bake for the school breakfast club"))).isVisible();

        page.navigate(fed.url("/proposals/" + TestFederation.RESOLUTION.value()));
        page.getByLabel("Yes").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cast my vote")).click();
        PlaywrightAssertions.assertThat(page.getByText("You have voted.")).isVisible();
        assertThat(fed.ballot(TestFederation.RESOLUTION, "ben"))
                .isEqualTo(new Ballot.YesNo(Ballot.Choice.YES));

        page.navigate(fed.url("/proposals/" + TestFederation.CHOICE.value()));
        page.getByLabel("hall", new Page.GetByLabelOptions().setExact(true)).fill("1");
        page.getByLabel("park", new Page.GetByLabelOptions().setExact(true)).fill("2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cast my vote")).click();
        PlaywrightAssertions.assertThat(page.getByText("You have voted.")).isVisible();
        assertThat(fed.ballot(TestFederation.CHOICE, "ben"))
                .isEqualTo(new Ballot.Ranking(List.of(List.of("hall"), List.of("park"))));
    }

    @Test
    void a_refused_ballot_shows_the_rules_sentence_and_keeps_what_was_typed() {
        Page page = page(false);
        logIn(page, "cy");
        page.navigate(fed.url("/proposals/" + TestFederation.ELECTION.value()));
        page.getByLabel("ana", new Page.GetByLabelOptions().setExact(true)).fill("1");
        page.getByLabel("ben", new Page.GetByLabelOptions().setExact(true)).fill("1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cast my vote")).click();

        PlaywrightAssertions.assertThat(page.locator("#vote-refusal")).containsText("each preference names one candidate");
        PlaywrightAssertions.assertThat(page.getByLabel("ben", new Page.GetByLabelOptions().setExact(true))).hasValue("1");
        assertThat(fed.holds(s -> s.proposal(TestFederation.ELECTION).hasVoted("cy"))).as("nothing was recorded").isFalse();

        page.getByLabel("ben", new Page.GetByLabelOptions().setExact(true)).fill("2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cast my vote")).click();
        PlaywrightAssertions.assertThat(page.getByText("You have voted.")).isVisible();
        assertThat(fed.holds(s -> s.proposal(TestFederation.ELECTION).hasVoted("cy"))).isTrue();
    }

    @Test
    void a_member_logs_in_with_the_keyboard_alone() {
        Page page = page(true);
        page.navigate(fed.url("/"));
        for (int i = 0; i < 20 && !"Log in".equals(page.evaluate("() => document.activeElement.textContent")); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(page.evaluate("() => document.activeElement.textContent")).isEqualTo("Log in");
        page.keyboard().press("Enter");
        PlaywrightAssertions.assertThat(page.getByLabel("Member id")).isFocused();
        page.keyboard().type("dee");
        page.keyboard().press("Tab");
        page.keyboard().type(TestFederation.PASSWORD);
        page.keyboard().press("Enter");
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My federation"))).isVisible();
    }
}
