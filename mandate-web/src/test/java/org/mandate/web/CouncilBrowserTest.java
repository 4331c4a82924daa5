package org.mandate.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.web.Browsing.field;
import static org.mandate.web.Browsing.logIn;
import static org.mandate.web.Browsing.press;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.core.BodyId;
import org.mandate.core.Command;
import org.mandate.core.MemberId;
import org.mandate.core.ProposalId;
import org.mandate.core.body.BodyCommand;
import org.mandate.core.charter.DelegationRules;
import org.mandate.core.council.Instruction;
import org.mandate.core.count.Fraction;
import org.mandate.core.petition.PetitionCommand;
import org.mandate.core.petition.PetitionKind;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.vote.Ballot;

/**
 * A council's life in the browser: the federation of docs/examples/federation.jsonl up to the moment its
 * first item is referred back to both member bodies (the bakery: ana delegate, ben alternate; the mill: dee
 * delegate, eve alternate). Here each assembly's charter recalls at once at a share of signatures (two of the
 * bakery's three members, two of the mill's four), so that signing a petition is what recalls. The core flows
 * run with JavaScript off; signing a petition also with the keyboard alone. One server and browser for the class.
 */
class CouncilBrowserTest {
    private static final BodyId FED = new BodyId("fed");
    private static final BodyId BAKERY = new BodyId("bakery");
    private static final ProposalId ITEM = new ProposalId("fed-35-hours");

    @TempDir
    static Path dir;

    private static Chromium chromium;
    private static TestFederation fed;
    private BrowserContext context;

    @BeforeAll
    static void start() throws Exception {
        chromium = Chromium.launch();
        fed = TestFederation.script(dir, Path.of("../docs/examples/federation.jsonl"), "bakery-mandate-35", CouncilBrowserTest::instantRecall);
    }

    /** The assemblies' charters as in the example, but a recall petition recalls at once, at half the members or more. */
    static Command instantRecall(Command c) {
        if (c instanceof BodyCommand.FoundAssembly f) {
            DelegationRules d = f.charter().delegation();
            Fraction share = f.body().equals(BAKERY) ? Fraction.of(2, 3) : Fraction.HALF;
            return new BodyCommand.FoundAssembly(f.body(), f.name(), f.charter().withDelegation(new DelegationRules(d.term(),
                    d.maxConsecutiveTerms(), d.onBreach(), d.breachOpensRecall(), share, true)), f.cofounders());
        }
        return c;
    }

    @AfterAll
    static void stop() {
        Browsing.close(fed, chromium);
    }

    @AfterEach
    void closeContext() {
        Browsing.close(context);
    }

    private Page page(boolean javascript) {
        if (context != null) {
            context.close();
        }
        context = chromium.browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(javascript));
        return context.newPage();
    }

    /** The council page's row of the delegation a body sends. */
    private static Locator delegation(Page page, String body) {
        page.navigate(fed.url("/councils/" + FED.value()));
        return page.locator("section[aria-labelledby=h-deleg]").getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("for " + body));
    }

    /** The link to a member in the delegates' cell of a delegation's row (the page may show their name beside the id). */
    private static Locator delegate(Locator row, String member) {
        return row.getByRole(AriaRole.CELL).nth(1).locator("a[href='/members/" + member + "']");
    }

    @Test
    void a_body_mandates_its_delegate_by_its_own_vote_and_the_mandate_shows_on_the_council_page() {
        Page page = page(false);
        page.navigate(fed.url("/councils/" + FED.value()));
        PlaywrightAssertions.assertThat(page.locator("section[aria-labelledby=h-agenda]")).containsText("Referred back to: Bakery workers' section");

        ProposalId mandate = new ProposalId("bakery-mandates-35");
        fed.propose("ana", mandate, BAKERY, "Mandate our delegate on the 35-hour week",
                new Motion.GiveMandate(FED, ITEM, new Instruction.Fixed(new Ballot.YesNo(Ballot.Choice.YES)), false), List.of());
        fed.run("ana", new ProposalCommand.CastVote(mandate, new Ballot.YesNo(Ballot.Choice.YES)));
        logIn(page, fed, "chi");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mandate our delegate on the 35-hour week")).click();
        field(page.locator("#vote"), "Yes").check();
        press(page, "Cast my vote");
        PlaywrightAssertions.assertThat(page.getByText("You have voted.")).isVisible();
        fed.close(mandate);

        page.navigate(fed.url("/councils/" + FED.value()));
        Locator agenda = page.locator("section[aria-labelledby=h-agenda]");
        PlaywrightAssertions.assertThat(agenda).containsText("The mandates of 1 member bodies");
        agenda.getByText("The mandates of 1 member bodies").click();
        PlaywrightAssertions.assertThat(agenda.locator("dl.facts")).containsText("Bakery workers' section");
        PlaywrightAssertions.assertThat(agenda.locator("dl.facts")).containsText("vote yes");
        PlaywrightAssertions.assertThat(agenda).not().containsText("Referred back to: Bakery");
        page.navigate(fed.url("/proposals/" + ITEM.value()));
        Locator row = page.locator("#mandates").getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Bakery"));
        PlaywrightAssertions.assertThat(row).containsText("vote yes");
        PlaywrightAssertions.assertThat(row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("the decision"))).isVisible();
    }

    @Test
    void members_sign_a_recall_petition_until_the_delegate_is_recalled_and_the_alternate_takes_the_seat() {
        Page page = page(false);
        PlaywrightAssertions.assertThat(delegate(delegation(page, "Bakery workers' section"), "ana")).isVisible();

        logIn(page, fed, "ben");
        page.navigate(fed.url("/members/ana"));
        page.getByLabel("Why").fill("Ana has not reported back to the assembly since March.");
        press(page, "Open a recall petition");
        Locator recalls = page.locator("#recall");
        PlaywrightAssertions.assertThat(recalls).containsText("1 of 2 signatures");
        assertThat(fed.holds(s -> s.sessions().delegation(FED, BAKERY).seatOf(new MemberId("ana")) == 0)).as("one signature recalls nobody").isTrue();

        page = page(false);
        logIn(page, fed, "chi");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Recall ana")).click();
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Recall ana"))).isVisible();
        press(page, "Sign the petition");
        PlaywrightAssertions.assertThat(page.getByText("The petition reached its threshold and took effect.")).isVisible();

        Locator row = delegation(page, "Bakery workers' section");
        PlaywrightAssertions.assertThat(delegate(row, "ben")).isVisible();
        PlaywrightAssertions.assertThat(row.locator("a[href='/members/ana']")).hasCount(0);
        page.navigate(fed.url("/members/ana"));
        PlaywrightAssertions.assertThat(page.locator("#recall")).containsText("reached its threshold");
    }

    @Test
    void a_member_signs_a_recall_petition_with_the_keyboard_alone_and_the_seat_passes_to_the_alternate() {
        fed.run("eve", new PetitionCommand.OpenPetition("recall-dee", PetitionKind.RECALL, new BodyId("mill"), null,
                "Dee missed the last two sessions.", new MemberId("dee"), FED, null));
        Page page = page(true);
        Browsing.logInByKeyboard(page, fed, "fay");
        Browsing.tabTo(page, "a[href='/petitions/recall-dee']", false, 30);
        page.keyboard().press("Enter");
        PlaywrightAssertions.assertThat(page.locator("#signatures")).containsText("1 of the 2 signatures");
        Browsing.tabTo(page, "#signatures button[type=submit]", false, 30);
        page.keyboard().press("Enter");

        PlaywrightAssertions.assertThat(page.getByText("The petition reached its threshold and took effect.")).isVisible();
        assertThat(fed.holds(s -> s.sessions().delegation(FED, new BodyId("mill")).seatOf(new MemberId("eve")) == 0)).isTrue();
        PlaywrightAssertions.assertThat(delegate(delegation(page, "Mill workers' section"), "eve")).isVisible();
    }

    @Test
    void a_referendum_is_followed_from_my_federation_to_its_result_with_the_figures_of_every_body() {
        fed.run("fay", new PetitionCommand.OpenPetition("hours-referendum", PetitionKind.REFERENDUM, FED, "A 32-hour week across the trade?",
                "From next year, for the same pay.", null, null, null));
        ProposalId vote = new ProposalId("hours-referendum.vote");
        fed.awaitState(s -> s.proposal(vote) != null && s.proposal(vote).phase() == org.mandate.core.proposal.Phase.VOTING);
        for (String[] v : new String[][] {{"ana", "YES"}, {"ben", "NO"}, {"dee", "YES"}, {"eve", "NO"}, {"fay", "YES"}}) {
            fed.run(v[0], new ProposalCommand.CastVote(vote, new Ballot.YesNo(Ballot.Choice.valueOf(v[1]))));
        }

        Page page = page(false);
        logIn(page, fed, "chi");
        page.locator("section[aria-labelledby=h-awaiting]").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("A 32-hour week across the trade?")).click();
        field(page.locator("#vote"), "Yes").check();
        press(page, "Cast my vote");
        PlaywrightAssertions.assertThat(page.getByText("You have voted.")).isVisible();
        fed.close(vote);

        page.navigate(fed.url("/proposals/" + vote.value()));
        PlaywrightAssertions.assertThat(page.locator("#result")).containsText("6 of 7 took part.");
        PlaywrightAssertions.assertThat(page.locator("#result")).containsText("adopted");
        Locator breakdown = page.locator("#breakdown");
        figures(breakdown, "Bakery workers' section", "2", "1", "0", "3 / 3");
        figures(breakdown, "Mill workers' section", "2", "1", "0", "3 / 4");
        figures(breakdown, "Food federation", "4", "2", "0", "6 / 7");
    }

    /** The row of a body in the referendum's breakdown: yes, no, abstain, took part of the roll. */
    private static void figures(Locator breakdown, String body, String yes, String no, String abstain, String turnout) {
        Locator cells = breakdown.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(body)).getByRole(AriaRole.CELL);
        PlaywrightAssertions.assertThat(cells.nth(1)).hasText(yes);
        PlaywrightAssertions.assertThat(cells.nth(2)).hasText(no);
        PlaywrightAssertions.assertThat(cells.nth(3)).hasText(abstain);
        PlaywrightAssertions.assertThat(cells.nth(4)).hasText(turnout);
    }
}
