package org.mandate.web.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.web.plan.Planning.*;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.core.BodyId;
import org.mandate.core.plan.PlanTerms.*;
import org.mandate.web.Axe;
import org.mandate.web.Browsing;
import org.mandate.web.Chromium;
import org.mandate.web.TestFederation;

/**
 * The plan pages in Chromium on {@link Planning#opened}, the mill and the bakery having stated their
 * techniques: the dairy's planner states its requests through the form, a refused statement shows the
 * rule beside the form, the rounds run, and axe-core finds no serious or critical violation on any plan
 * page: the council's periods with the form that proposes one (used, with more rows and a refused field),
 * the period with its plot, a round, and a body's part with its forms.
 */
class PlanBrowserTest {
    @TempDir
    static Path dir;

    private static Chromium chromium;
    private static TestFederation fed;
    private static BrowserContext planner;

    @BeforeAll
    static void start() throws Exception {
        chromium = Chromium.launch();
        fed = Planning.opened(dir);
        fed.run("chi", Planning.mill());
        fed.run("ana", Planning.bakery());
        planner = chromium.browser.newContext();
        Browsing.logIn(planner.newPage(), fed, "eve");
    }

    @AfterAll
    static void stop() {
        Browsing.close(planner, fed, chromium);
    }

    @Test
    void a_member_proposes_a_plan_period_through_the_form_with_more_rows_and_the_plans_page_passes_axe() {
        try (BrowserContext member = chromium.browser.newContext(); Page page = member.newPage()) {
            Browsing.logIn(page, fed, "ben");
            page.navigate(fed.url("/councils/market/plans"));
            Axe.assertNoSeriousViolation(page, "the plans page with the form that proposes a period");
            page.getByLabel("The plan's id").fill("market-2028");
            page.getByLabel("First day of the period").fill("2028-01-01");
            page.getByLabel("Last day of the period").fill("2028-12-31");
            List<List<String>> goods = List.of(List.of("flour", "t", "Flour"), List.of("bread", "t", "Bread"), List.of("milk", "1000 l", "Milk"),
                    List.of("cheese", "kg", "Cheese"), List.of("butter", "kg", "Butter"));
            for (int n = 1; n <= 4; n++) {
                good(page, n, goods.get(n - 1));
            }
            Browsing.press(page, "More rows");
            PlaywrightAssertions.assertThat(page.getByLabel("Good 4, name")).hasValue("Cheese");
            good(page, 5, goods.get(4));
            page.getByLabel("Tolerance, in per cent").fill("20");
            Browsing.press(page, "Make the draft proposal");
            PlaywrightAssertions.assertThat(page.locator("#open-tolerance-error")).containsText("from 0.1 to 10 per cent");
            Axe.assertNoSeriousViolation(page, "the period form with a field refused");

            page.getByLabel("Tolerance, in per cent").fill("0.5");
            Browsing.press(page, "Make the draft proposal");
            page.waitForURL("**/proposals/**");
            String id = page.url().substring(page.url().indexOf("/proposals/") + "/proposals/".length()).replaceAll("[#?].*", "");
            var motion = (org.mandate.core.proposal.Motion.OpenPlanPeriod) fed.read(s -> s.proposal(new org.mandate.core.ProposalId(id)).motion());
            assertThat(motion.goods()).extracting(PlanGood::id).containsExactly("flour", "bread", "milk", "cheese", "butter");
            assertThat(motion.tolerancePermille()).isEqualTo(5);
            assertThat(motion.humanRounds()).isEqualTo(3);
        }
    }

    /** Fills row {@code n} of the catalogue with a good's id, unit and name. */
    private static void good(Page page, int n, List<String> good) {
        page.getByLabel("Good " + n + ", id").fill(good.get(0));
        page.getByLabel("Good " + n + ", unit").fill(good.get(1));
        page.getByLabel("Good " + n + ", name").fill(good.get(2));
    }

    @Test
    void the_dairys_planner_states_its_requests_through_the_form_and_every_plan_page_passes_axe() {
        String dairy = PLAN_PATH + "/bodies/dairy";
        try (Page page = planner.newPage()) {
            page.navigate(fed.url(dairy));
            Axe.assertNoSeriousViolation(page, "a body's part with the statement forms");

            page.getByLabel("step 1 for Bread, quantity (t)").fill("100");
            page.getByLabel("step 1 for Bread, worth in hours per t").fill("100");
            page.getByLabel("step 2 for Bread, quantity (t)").fill("50");
            page.getByLabel("step 2 for Bread, worth in hours per t").fill("120");
            Browsing.press(page, "State these requests");
            PlaywrightAssertions.assertThat(page.locator("#requests-refusal")).containsText("values never rise");
            Axe.assertNoSeriousViolation(page, "a statement refused by the rule");
            boolean none = fed.read(s -> s.plans().of(PLAN).statement(new BodyId("dairy")) == null);
            assertThat(none).isTrue();

            page.getByLabel("step 2 for Bread, worth in hours per t").fill("60");
            Browsing.press(page, "State these requests");
            PlaywrightAssertions.assertThat(page.locator("#statement")).containsText("Bread: at least 0 t; the first 100 t worth 100 hours per t, "
                    + "the next 50 t worth 60 hours per t");
            List<Request> stated = fed.read(s -> s.plans().of(PLAN).statement(new BodyId("dairy")).requests());
            assertThat(stated).containsExactly(new Request("bread", 0, List.of(new Step(100_000, 100_000_000), new Step(50_000, 60_000_000))));

            Planning.rounds(fed);
            int rounds = fed.read(s -> s.plans().of(PLAN).lastRound());
            for (String path : List.of("/councils/market/plans", PLAN_PATH, PLAN_PATH + "/rounds/1", PLAN_PATH + "/rounds/" + rounds, dairy)) {
                page.navigate(fed.url(path));
                Axe.assertNoSeriousViolation(page, path);
            }
            page.navigate(fed.url(PLAN_PATH));
            PlaywrightAssertions.assertThat(page.locator("svg.plot circle")).hasCount(rounds);
        }
        try (BrowserContext facilitator = chromium.browser.newContext(); Page page = facilitator.newPage()) {
            Browsing.logIn(page, fed, "dee");
            page.navigate(fed.url(PLAN_PATH));
            // balanced: beside the facilitator's form, the form that proposes the adoption, naming the bodies still to ratify
            PlaywrightAssertions.assertThat(page.locator("#adopt-waiting")).containsText("Still to ratify their own proposal (3)");
            Axe.assertNoSeriousViolation(page, "the period with the facilitator's form and the adoption form");
            Browsing.press(page, "Call the human round");
            PlaywrightAssertions.assertThat(page.locator("#phase")).containsText("Human round " + (fed.read(s -> s.plans().of(PLAN).lastRound()) + 1));
            Axe.assertNoSeriousViolation(page, "the period in a human round");
        }
        // the rounds moved the clock a month on, past the planner's session: she signs in again
        try (BrowserContext again = chromium.browser.newContext(); Page page = again.newPage()) {
            Browsing.logIn(page, fed, "eve");
            page.navigate(fed.url(dairy));
            PlaywrightAssertions.assertThat(page.getByLabel("Bread, in t")).not().isEmpty();
            Axe.assertNoSeriousViolation(page, "a body's part with the own-proposal form");
        }
    }
}
