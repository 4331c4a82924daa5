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
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.core.BodyId;
import org.mandate.core.ProposalId;
import org.mandate.core.charter.Charter;
import org.mandate.core.charter.DecisionKind;
import org.mandate.core.charter.DecisionRule;
import org.mandate.core.charter.Method;
import org.mandate.core.count.Fraction;
import org.mandate.core.office.Permission;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.vote.Ballot;

/**
 * A vote by every method the proposal page offers, cast in the browser with JavaScript off, then counted:
 * the test moves the server's clock past the close and reads the result on the page. One server and one
 * browser for the class; each test opens its own proposal at the clock's present, so the order of the tests
 * does not matter. Ana and cy vote by command, ben by the page; his ballot must be in the count.
 */
class VotingBrowserTest {
    private static final BodyId BAKERY = new BodyId("bakery");
    private static final BodyId CONSENT = new BodyId("consent-circle");
    private static final BodyId CONSENSUS = new BodyId("consensus-circle");
    private static final BodyId APPROVAL = new BodyId("approval-club");
    private static final BodyId SCORE = new BodyId("score-club");
    private static final List<String> PLACES = List.of("park", "hall", "canteen");

    @TempDir
    static Path dir;

    private static Chromium chromium;
    private static TestFederation fed;
    private BrowserContext context;

    @BeforeAll
    static void start() {
        chromium = Chromium.launch();
        fed = TestFederation.empty(dir);
        fed.members("ana", "ben", "cy");
        Charter base = TestFederation.quick(Charter.defaultAssembly());
        fed.assembly(BAKERY, "Bakery workers' section", base, "ana", "ben", "cy");
        fed.assembly(CONSENT, "The consent circle", with(base, DecisionKind.ORDINARY, Method.CONSENT), "ana", "ben", "cy");
        fed.assembly(CONSENSUS, "The consensus circle", with(base, DecisionKind.ORDINARY, Method.CONSENSUS), "ana", "ben", "cy");
        fed.assembly(APPROVAL, "The approval club", with(base, DecisionKind.CHOICE, Method.APPROVAL), "ana", "ben", "cy");
        fed.assembly(SCORE, "The score club", with(base, DecisionKind.CHOICE, Method.SCORE), "ana", "ben", "cy");
    }

    private static Charter with(Charter c, DecisionKind kind, Method method) {
        DecisionRule r = c.rule(kind);
        return c.withRule(kind, DecisionRule.of(method, Fraction.of(1, 3)).withWindows(r.deliberation(), r.voting()));
    }

    @AfterAll
    static void stop() {
        Browsing.close(fed, chromium);
    }

    @AfterEach
    void closeContext() {
        Browsing.close(context);
    }

    /** Ben logs in with JavaScript off, fills the vote form of the proposal, casts it, and sees that he voted. */
    private Page benVotes(ProposalId id, Consumer<Locator> fill) {
        context = chromium.browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        Page page = context.newPage();
        logIn(page, fed, "ben");
        page.navigate(fed.url("/proposals/" + id.value()));
        fill.accept(page.locator("#vote form"));
        press(page, "Cast my vote");
        PlaywrightAssertions.assertThat(page.getByText("You have voted.")).isVisible();
        return page;
    }

    /** Closes the vote and shows the proposal page again (ben's session has expired by then: the result is public). */
    private static Locator counted(Page page, ProposalId id) {
        fed.close(id);
        page.navigate(fed.url("/proposals/" + id.value()));
        Locator result = page.locator("#result");
        PlaywrightAssertions.assertThat(result).containsText("3 of 3 took part.");
        return result;
    }

    private static void bar(Locator result, String name) {
        PlaywrightAssertions.assertThat(result.getByRole(AriaRole.IMG, new Locator.GetByRoleOptions().setName(name).setExact(true))).isVisible();
    }

    private static void vote(String member, ProposalId id, Ballot ballot) {
        fed.run(member, new ProposalCommand.CastVote(id, ballot));
    }

    @Test
    void a_member_votes_yes_without_javascript_and_the_count_after_the_close_includes_it() {
        ProposalId id = new ProposalId("bakery.sundays");
        fed.propose("ana", id, BAKERY, "Open on Sundays", new Motion.Resolution(), List.of());
        vote("ana", id, new Ballot.YesNo(Ballot.Choice.YES));
        vote("cy", id, new Ballot.YesNo(Ballot.Choice.NO));
        Page page = benVotes(id, form -> field(form, "Yes").check());

        Locator result = counted(page, id);
        PlaywrightAssertions.assertThat(result).containsText("adopted");
        bar(result, "Yes: 2 (67%)");
        bar(result, "No: 1 (33%)");
    }

    @Test
    void a_member_objects_under_consent_with_a_reason_and_the_objection_stops_the_proposal() {
        ProposalId id = new ProposalId("circle.rota");
        fed.propose("ana", id, CONSENT, "A new cleaning rota", new Motion.Resolution(), List.of());
        vote("ana", id, new Ballot.Consent(false, null));
        vote("cy", id, new Ballot.Consent(false, null));
        Page page = benVotes(id, form -> {
            field(form, "I object").check();
            form.getByLabel("Your reason").fill("The rota leaves Fridays to one person.");
        });

        Locator result = counted(page, id);
        PlaywrightAssertions.assertThat(result).containsText("rejected");
        bar(result, "I consent: 2 (67%)");
        bar(result, "I object: 1 (33%)");
        PlaywrightAssertions.assertThat(page.locator("#ballots")).containsText("The rota leaves Fridays to one person.");
    }

    @Test
    void a_member_stands_aside_under_consensus_and_the_proposal_passes_with_the_stand_aside_counted() {
        ProposalId id = new ProposalId("circle.garden");
        fed.propose("ana", id, CONSENSUS, "Plant a garden", new Motion.Resolution(), List.of());
        vote("ana", id, new Ballot.Consensus(Ballot.Stance.AGREE, null));
        vote("cy", id, new Ballot.Consensus(Ballot.Stance.AGREE, null));
        Page page = benVotes(id, form -> {
            field(form, "Stand aside").check();
            form.getByLabel("Your reason").fill("I will not have time to water it.");
        });

        Locator result = counted(page, id);
        PlaywrightAssertions.assertThat(result).containsText("adopted");
        bar(result, "Agree: 2 (67%)");
        bar(result, "Stand aside: 1 (33%)");
        bar(result, "Block: 0 (0%)");
    }

    @Test
    void a_member_approves_two_options_and_each_approval_is_counted() {
        ProposalId id = new ProposalId("club.picnic");
        fed.propose("ana", id, APPROVAL, "Where is the picnic?", new Motion.Choice(), PLACES);
        vote("ana", id, new Ballot.Approval(List.of("park")));
        vote("cy", id, new Ballot.Approval(List.of("hall")));
        Page page = benVotes(id, form -> {
            field(form, "park").check();
            field(form, "canteen").check();
        });

        Locator result = counted(page, id);
        PlaywrightAssertions.assertThat(result).containsText("Chosen: park.");
        bar(result, "park: 2 (100%)");
        bar(result, "hall: 1 (50%)");
        bar(result, "canteen: 1 (50%)");
    }

    @Test
    void a_member_scores_every_option_and_the_totals_include_the_scores() {
        ProposalId id = new ProposalId("club.supper");
        fed.propose("ana", id, SCORE, "Where is the supper?", new Motion.Choice(), PLACES);
        vote("ana", id, new Ballot.Scores(Map.of("park", 5, "hall", 1, "canteen", 0)));
        vote("cy", id, new Ballot.Scores(Map.of("park", 1, "hall", 4, "canteen", 2)));
        Page page = benVotes(id, form -> {
            field(form, "park").fill("3");
            field(form, "hall").fill("2");
            field(form, "canteen").fill("5");
        });

        Locator result = counted(page, id);
        PlaywrightAssertions.assertThat(result).containsText("Chosen: park.");
        bar(result, "park: 9 (100%)");
        bar(result, "hall: 7 (78%)");
        bar(result, "canteen: 7 (78%)");
    }

    @Test
    void a_member_ranks_options_for_the_schulze_method_and_the_pairwise_table_counts_the_ranking() {
        ProposalId id = new ProposalId("bakery.assembly-place");
        fed.propose("ana", id, BAKERY, "Where do we meet?", new Motion.Choice(), PLACES);
        vote("ana", id, new Ballot.Ranking(List.of(List.of("hall"), List.of("park"), List.of("canteen"))));
        vote("cy", id, new Ballot.Ranking(List.of(List.of("park"), List.of("hall"), List.of("canteen"))));
        Page page = benVotes(id, form -> {
            field(form, "canteen").fill("1");
            field(form, "hall").fill("2");
        });

        Locator result = counted(page, id);
        PlaywrightAssertions.assertThat(result).containsText("Chosen: hall");
        // Each cell begins with how many preferred the row's option to the column's (park, hall, canteen):
        // hall over park, ana and ben (who left park unranked); canteen over hall, ben alone.
        PlaywrightAssertions.assertThat(pairwise(result, "hall", 0)).hasText(Pattern.compile("^2 "));
        PlaywrightAssertions.assertThat(pairwise(result, "canteen", 1)).hasText(Pattern.compile("^1 "));
        PlaywrightAssertions.assertThat(pairwise(result, "park", 2)).hasText(Pattern.compile("^2 "));
    }

    private static Locator pairwise(Locator result, String row, int column) {
        return result.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHas(result.page().getByRole(AriaRole.ROWHEADER,
                new Page.GetByRoleOptions().setName(row).setExact(true)))).getByRole(AriaRole.CELL).nth(column);
    }

    @Test
    void a_member_ranks_candidates_in_a_secret_stv_election_and_the_winner_holds_the_office() {
        ProposalId id = new ProposalId("bakery.treasurer");
        fed.run("ana", new ProposalCommand.SubmitProposal(id, BAKERY, "Elect our treasurer", "",
                new Motion.ElectOffice("treasurer", List.of(Permission.PUBLISH_ANNOUNCEMENT), 1), List.of(), null));
        fed.run("ana", new ProposalCommand.StandForElection(id));
        fed.run("cy", new ProposalCommand.StandForElection(id));
        fed.run("ana", new ProposalCommand.PublishProposal(id, null, null));
        vote("ana", id, new Ballot.Ranking(List.of(List.of("ana"), List.of("cy"))));
        vote("cy", id, new Ballot.Ranking(List.of(List.of("cy"), List.of("ana"))));
        Page page = benVotes(id, form -> {
            field(form, "cy").fill("1");
            field(form, "ana").fill("2");
        });
        assertThat(page.locator("#vote").textContent()).contains("The ballot is secret");

        Locator result = counted(page, id);
        PlaywrightAssertions.assertThat(result).containsText("Chosen: cy.");
        PlaywrightAssertions.assertThat(result.getByRole(AriaRole.TABLE)).containsText("elected: cy");
        page.navigate(fed.url("/bodies/" + BAKERY.value()));
        PlaywrightAssertions.assertThat(page.locator("section[aria-labelledby=h-offices]")).containsText("treasurer");
        PlaywrightAssertions.assertThat(page.locator("section[aria-labelledby=h-offices]")).containsText("cy");
    }

    @Test
    void a_member_votes_with_the_keyboard_alone_and_always_sees_where_the_focus_is() {
        ProposalId id = new ProposalId("bakery.paint");
        fed.propose("ana", id, BAKERY, "Paint the shop green", new Motion.Resolution(), List.of());
        context = chromium.browser.newContext();
        Page page = context.newPage();
        Browsing.logInByKeyboard(page, fed, "ben");

        Browsing.tabTo(page, "a[href='/proposals/" + id.value() + "']", false, 30);
        page.keyboard().press("Enter");
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Paint the shop green"))).isVisible();
        Browsing.tabTo(page, "input[name=choice][value=yes]", false, 40);
        page.keyboard().press("Space");
        Browsing.tabTo(page, "#vote button[type=submit]", false, 5);
        Browsing.tabTo(page, "input[name=choice]:checked", true, 5);
        Browsing.tabTo(page, "#vote button[type=submit]", false, 5);
        page.keyboard().press("Enter");

        PlaywrightAssertions.assertThat(page.getByText("You have voted.")).isVisible();
        assertThat(fed.ballot(id, "ben")).isEqualTo(new Ballot.YesNo(Ballot.Choice.YES));
    }
}
