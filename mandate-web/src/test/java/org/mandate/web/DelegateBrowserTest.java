package org.mandate.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.core.ProposalId;
import org.mandate.core.proposal.Phase;

/**
 * A delegate in a council, in the browser with JavaScript off: the federation of docs/examples/federation.jsonl
 * up to the seat votes. The bakery mandated its delegate to vote yes; her vote "no" is refused with the
 * rule's sentence and nothing is recorded; her vote "yes" is recorded beside the mandate on the item's page.
 */
class DelegateBrowserTest {
    private static final ProposalId ITEM = new ProposalId("fed-35-hours");

    @TempDir
    Path dir;

    @Test
    void a_vote_against_the_mandate_is_refused_and_the_vote_as_mandated_is_shown_beside_it() throws Exception {
        try (Chromium chromium = Chromium.launch();
                TestFederation fed = TestFederation.script(dir, Path.of("../docs/examples/federation.jsonl"), "cast-seat-vote");
                BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
            fed.awaitState(s -> s.proposal(ITEM).phase() == Phase.VOTING);
            Page page = context.newPage();
            page.navigate(fed.url("/login"));
            page.getByLabel("Member id").fill("ana");
            page.getByLabel("Password").fill(TestFederation.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
            PlaywrightAssertions.assertThat(page.getByText("your seat for bakery")).isVisible();

            page.navigate(fed.url("/proposals/" + ITEM.value()));
            PlaywrightAssertions.assertThat(page.locator("#mandates")).containsText("vote yes");
            page.locator("#seat").getByLabel("No", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true)).check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cast the seat's vote")).click();
            PlaywrightAssertions.assertThat(page.locator("#seat-refusal")).containsText("contradicts the mandate of bakery");
            assertThat(fed.holds(s -> s.sessions().item(ITEM) == null || s.sessions().item(ITEM).votes().isEmpty())).isTrue();

            page.locator("#seat").getByLabel("Yes", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true)).check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cast the seat's vote")).click();
            PlaywrightAssertions.assertThat(page.locator("#mandates")).containsText("seat 1: ana voted yes");
            page.navigate(fed.url("/members/ana"));
            PlaywrightAssertions.assertThat(page.getByRole(AriaRole.TABLE).last()).containsText("vote yes");
        }
    }
}
