package org.mandate.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.vote.Ballot;
import org.mandate.record.merkle.MerkleTree;

/**
 * The two things the pages do in JavaScript, in a real browser: ranking by the arrow buttons (keyboard
 * alone) and by dragging, both filling in the typed-number form that is sent; and the record page's
 * memory of the last checkpoint, whose consistency proof the browser verifies itself, held against
 * the server's own Merkle tree at many sizes, and which warns when the log does not extend it.
 */
class ScriptsBrowserTest {
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
        context = chromium.browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(true));
    }

    @AfterEach
    void stop() {
        context.close();
        fed.close();
    }

    private Page logIn(String member) {
        Page page = context.newPage();
        page.navigate(fed.url("/login"));
        page.getByLabel("Member id").fill(member);
        page.getByLabel("Password").fill(TestFederation.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My federation"))).isVisible();
        return page;
    }

    @Test
    void a_ranking_is_put_in_order_with_the_keyboard_alone_and_the_numbers_follow() {
        Page page = logIn("ben");
        // followed from "my federation", so htmx swaps the page in (boosted) and runs the script it names
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Where should we hold the summer assembly?")).click();
        Locator up = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move hall up"));
        up.focus();
        page.keyboard().press("Enter");
        PlaywrightAssertions.assertThat(up).isFocused();
        PlaywrightAssertions.assertThat(page.locator(".rank-list .rank-name")).hasText(new String[] {"hall", "park", "canteen"});
        PlaywrightAssertions.assertThat(page.locator(".rank-list .rank-pos")).hasText(new String[] {"1", "2", "3"});
        PlaywrightAssertions.assertThat(page.getByText("hall is now number 1 of 3.")).isAttached();
        PlaywrightAssertions.assertThat(page.getByLabel("hall", new Page.GetByLabelOptions().setExact(true))).hasValue("1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cast my vote")).click();
        PlaywrightAssertions.assertThat(page.getByText("You have voted.")).isVisible();
        assertThat(fed.ballot(TestFederation.CHOICE, "ben"))
                .isEqualTo(new Ballot.Ranking(List.of(List.of("hall"), List.of("park"), List.of("canteen"))));
    }

    @Test
    void a_ranking_is_put_in_order_by_dragging() {
        Page page = logIn("cy");
        page.navigate(fed.url("/proposals/" + TestFederation.CHOICE.value()));
        Locator items = page.locator(".rank-list li");
        items.filter(new Locator.FilterOptions().setHasText("canteen")).dragTo(items.first(),
                new Locator.DragToOptions().setTargetPosition(10, 3));
        PlaywrightAssertions.assertThat(page.getByLabel("canteen", new Page.GetByLabelOptions().setExact(true))).hasValue("1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cast my vote")).click();
        PlaywrightAssertions.assertThat(page.getByText("You have voted.")).isVisible();
        assertThat(fed.ballot(TestFederation.CHOICE, "cy"))
                .isEqualTo(new Ballot.Ranking(List.of(List.of("canteen"), List.of("park"), List.of("hall"))));
    }

    @Test
    void the_record_page_checks_in_the_browser_that_the_log_extends_the_checkpoint_it_saw_and_warns_when_not() throws Exception {
        Page page = logIn("ana");
        long first = checkpointAtLeast(1);
        page.navigate(fed.url("/record"));
        PlaywrightAssertions.assertThat(page.locator("#memory [data-status]")).containsText("This browser now remembers this checkpoint");

        fed.run("ana", new ProposalCommand.PostComment(TestFederation.CHOICE, "c1", "The hall, if it rains.", null));
        fed.run("cy", new ProposalCommand.PostComment(TestFederation.CHOICE, "c2", "The park, if it does not.", null));
        long size = checkpointAtLeast(first + 2);
        page.reload();
        PlaywrightAssertions.assertThat(page.locator("#memory [data-status]"))
                .containsText("the log of " + size + " events extends the one of " + first + " events");

        MerkleTree tree = new MerkleTree();
        for (long i = 0; i < size; i++) {
            tree.append(fed.server.engine().record().event(i).orElseThrow());
        }
        for (long m = 1; m < size; m++) {
            remember(page, m, tree.root(m));
            page.reload();
            // the message names the size it was checked from, so each size is its own check
            PlaywrightAssertions.assertThat(page.locator("#memory [data-status]")).containsText("extends the one of " + m + " events");
        }

        byte[] forged = tree.root(size - 1).clone();
        forged[0] ^= 1;
        remember(page, size - 1, forged);
        page.reload();
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.ALERT)).containsText("NOT consistent with the one this browser saw before");

        remember(page, size + 5, tree.root(size));
        page.reload();
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.ALERT)).containsText("fewer than the " + (size + 5));
    }

    /** What the page's script keeps in this browser, as if it had seen the tree of {@code size} events with this root. */
    private void remember(Page page, long size, byte[] root) {
        page.evaluate("([key, value]) => localStorage.setItem(key, value)", List.of("mandate.checkpoint.localhost/mandate-test",
                "{\"size\":" + size + ",\"root\":\"" + Base64.getEncoder().encodeToString(root) + "\"}"));
    }

    /**
     * Waits until the log has signed a checkpoint of every event, at least {@code size}, and returns its size. The log
     * signs at most once a second of its clock, which the test moves on (nothing falls due for days).
     */
    private long checkpointAtLeast(long size) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            fed.clock.advance(java.time.Duration.ofSeconds(1));
            long covered = fed.server.engine().record().coveredSize();
            if (covered >= size && covered == fed.server.engine().size()) {
                return covered;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no checkpoint of " + size + " events in ten seconds");
    }
}
