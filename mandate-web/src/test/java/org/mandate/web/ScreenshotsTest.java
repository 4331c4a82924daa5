package org.mandate.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.List;
import org.mandate.core.ProposalId;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.Phase;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.vote.Ballot;

/**
 * Screenshots of the main pages for the README, into docs/screenshots/. Taken only when asked
 * ({@code -Dmandate.screenshots=true}), so an ordinary test run never rewrites them.
 */
class ScreenshotsTest {
    private static final ProposalId NEXT = new ProposalId("bakery.choice.2");

    @TempDir
    Path dir;

    @Test
    void the_main_pages_are_photographed_when_asked() throws Exception {
        assumeTrue(Boolean.getBoolean("mandate.screenshots"), "screenshots are taken only with -Dmandate.screenshots=true");
        Path out = Path.of(System.getProperty("mandate.docs", "docs")).resolve("screenshots");
        Files.createDirectories(out);
        try (Chromium chromium = Chromium.launch(); TestFederation fed = TestFederation.bakery(dir)) {
            fed.run("ana", new ProposalCommand.CastVote(TestFederation.RESOLUTION, new Ballot.YesNo(Ballot.Choice.YES)));
            fed.run("cy", new ProposalCommand.CastVote(TestFederation.RESOLUTION, new Ballot.YesNo(Ballot.Choice.NO)));
            fed.run("ben", new ProposalCommand.CastVote(TestFederation.RESOLUTION, new Ballot.YesNo(Ballot.Choice.YES)));
            fed.run("cy", new ProposalCommand.PostComment(TestFederation.CHOICE, "c1", "The hall is warmer if it rains.", null));
            fed.clock.advance(Duration.ofDays(3));
            fed.awaitState(s -> s.proposal(TestFederation.RESOLUTION).phase() == Phase.CLOSED);
            // a new choice open for voting, so "my federation" and the ranking form have something to show
            fed.run("cy", new ProposalCommand.SubmitProposal(NEXT, TestFederation.BAKERY, "Which flour mill should supply us?",
                    "Rank the mills; the Schulze method picks the winner.", new Motion.Choice(), List.of("valley-mill", "river-mill", "co-op-mill"), null));
            fed.run("cy", new ProposalCommand.PublishProposal(NEXT, null, null));
            fed.run("ana", new ProposalCommand.PostComment(NEXT, "c1", "The co-op mill pays its workers best.", null));
            fed.awaitState(s -> s.proposal(NEXT).phase() == Phase.VOTING);
            shoot(chromium, fed, out, 1280, 900, "desktop");
            shoot(chromium, fed, out, 390, 844, "phone");
        }
        assertThat(out.resolve("home-desktop.png")).exists();
    }

    private static void shoot(Chromium chromium, TestFederation fed, Path out, int width, int height, String size) {
        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height))) {
            Page page = context.newPage();
            page.navigate(fed.url("/login"));
            page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve("login-" + size + ".png")));
            page.getByLabel("Member id").fill("ben");
            page.getByLabel("Password").fill(TestFederation.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My federation")).waitFor();
            page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve("home-" + size + ".png")).setFullPage(true));
            for (String[] shot : new String[][] {
                    {"/proposals/" + NEXT.value(), "vote-ranking"},
                    {"/proposals/" + TestFederation.RESOLUTION.value(), "result"},
                    {"/bodies/" + TestFederation.BAKERY.value(), "body"},
                    {"/record", "record"}}) {
                page.navigate(fed.url(shot[0]));
                page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve(shot[1] + "-" + size + ".png")).setFullPage(true));
            }
        }
    }
}
