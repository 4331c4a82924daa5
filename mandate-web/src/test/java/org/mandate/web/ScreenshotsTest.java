package org.mandate.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.core.ProposalId;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.Phase;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.vote.Ballot;

/**
 * Screenshots of the main pages for the README, into docs/screenshots/: the window as a member sees it on
 * opening the page (1280×800 on a desktop, 390×844 on a phone), not the whole page, so the files stay small.
 * Taken only when asked ({@code -Dmandate.screenshots=true}), so an ordinary test run never rewrites them.
 */
class ScreenshotsTest {
    private static final ProposalId NEXT = new ProposalId("bakery.choice.2");

    @TempDir
    Path bakery;

    @TempDir
    Path council;

    @Test
    void the_main_pages_are_photographed_when_asked() throws Exception {
        assumeTrue(Boolean.getBoolean("mandate.screenshots"), "screenshots are taken only with -Dmandate.screenshots=true");
        Path out = Path.of(System.getProperty("mandate.docs", "docs")).resolve("screenshots");
        Files.createDirectories(out);
        try (Chromium chromium = Chromium.launch()) {
            try (TestFederation fed = bakery(bakery)) {
                shoot(chromium, fed, out, "ben", List.of("login", "home", "vote-ranking", "result", "body", "record"),
                        List.of("/login", "/", "/proposals/" + NEXT.value() + "#vote", "/proposals/" + TestFederation.RESOLUTION.value() + "#result",
                                "/bodies/" + TestFederation.BAKERY.value(), "/record"));
            }
            try (TestFederation fed = TestFederation.example(council)) {
                shoot(chromium, fed, out, "ben", List.of("council", "mandates", "delegate", "referendum", "petition"),
                        List.of("/councils/fed", "/proposals/fed-35-hours#mandates", "/members/ana",
                                "/proposals/" + TestFederation.EXAMPLE_REFERENDUM.value() + "#breakdown", "/petitions/recall-ana"));
            }
        }
        assertThat(out.resolve("home-desktop.png")).exists();
        assertThat(out.resolve("council-desktop.png")).exists();
    }

    /** The bakery with a counted resolution, a comment, and a new choice open for ben's vote. */
    private static TestFederation bakery(Path dir) {
        TestFederation fed = TestFederation.bakery(dir);
        fed.run("ana", new ProposalCommand.CastVote(TestFederation.RESOLUTION, new Ballot.YesNo(Ballot.Choice.YES)));
        fed.run("cy", new ProposalCommand.CastVote(TestFederation.RESOLUTION, new Ballot.YesNo(Ballot.Choice.NO)));
        fed.run("ben", new ProposalCommand.CastVote(TestFederation.RESOLUTION, new Ballot.YesNo(Ballot.Choice.YES)));
        fed.run("cy", new ProposalCommand.PostComment(TestFederation.CHOICE, "c1", "The hall is warmer if it rains.", null));
        fed.clock.advance(Duration.ofDays(3));
        fed.awaitState(s -> s.proposal(TestFederation.RESOLUTION).phase() == Phase.CLOSED);
        fed.run("cy", new ProposalCommand.SubmitProposal(NEXT, TestFederation.BAKERY, "Which flour mill should supply us?",
                "Rank the mills; the Schulze method picks the winner.", new Motion.Choice(), List.of("valley-mill", "river-mill", "co-op-mill"), null));
        fed.run("cy", new ProposalCommand.PublishProposal(NEXT, null, null));
        fed.run("ana", new ProposalCommand.PostComment(NEXT, "c1", "The co-op mill pays its workers best.", null));
        fed.awaitState(s -> s.proposal(NEXT).phase() == Phase.VOTING);
        return fed;
    }

    /** Each page at the desktop's size, the first two also at a phone's; logged in as {@code member} from the first page that is not the login page. */
    private static void shoot(Chromium chromium, TestFederation fed, Path out, String member, List<String> names, List<String> paths) {
        for (int[] size : new int[][] {{1280, 800}, {390, 844}}) {
            boolean phone = size[0] < 600;
            try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(size[0], size[1]))) {
                Page page = context.newPage();
                boolean in = false;
                for (int i = 0; i < names.size() && (!phone || i < 2); i++) {
                    if (!in && !paths.get(i).equals("/login")) {
                        Browsing.logIn(page, fed, member);
                        in = true;
                    }
                    page.navigate(fed.url(paths.get(i)));
                    page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve(names.get(i) + "-" + (phone ? "phone" : "desktop") + ".png")));
                }
            }
        }
    }
}
