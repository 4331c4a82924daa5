package org.mandate.web.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.web.plan.Planning.*;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.core.plan.Plan;
import org.mandate.core.plan.PlanPhase;
import org.mandate.web.TestFederation;
import org.mandate.web.Visitor;

/**
 * The plan pages of {@link Planning#stated} after the server's first stretch of rounds, read over HTTP:
 * the period with its phase, terms, plot and table of rounds, the bodies' statements and proposals, a
 * round's prices and imbalances, and a body's part, with no form for a visitor.
 */
class PlanPagesTest {
    @TempDir
    static Path dir;

    private static TestFederation fed;
    private static Plan plan;

    @BeforeAll
    static void start() throws Exception {
        fed = Planning.stated(dir);
        Planning.rounds(fed);
        plan = Planning.plan(fed);
    }

    @AfterAll
    static void stop() {
        fed.close();
    }

    private static String page(String path) throws Exception {
        return new Visitor(fed).page(path);
    }

    @Test
    void the_period_shows_its_phase_terms_bodies_and_one_point_per_round_on_the_plot() throws Exception {
        String page = page(PLAN_PATH);
        assertThat(plan.phase(fed.read(s -> s)) == PlanPhase.BALANCED || plan.phase(fed.read(s -> s)) == PlanPhase.UNSETTLED).isTrue();

        assertThat(page).contains("<h1>Plan market-2027 of Co-operative market</h1>")
                .contains("2027-01-01 to 2027-12-31").contains("every good within 1% of its supply")
                .contains("2 allowed; called: none; 2 left.")
                .contains("Rounds (" + plan.lastRound() + ")")
                .contains("milling: each unit makes 1 t of Flour from nothing, with 10 hours of labour; up to 200 units")
                .contains("baking: each unit makes 1 t of Bread from 0.5 t of Flour, with 20 hours of labour; up to 150 units")
                .contains("Bread: at least 0 t; the first 100 t worth 100 hours per t");
        // labour content: a tonne of flour takes 10 hours; a tonne of bread 20 and half a tonne of flour's 5
        assertThat(page).contains("Labour content, hours per unit").contains("<td class=\"num\">10</td>").contains("<td class=\"num\">25</td>");
        String svg = page.substring(page.indexOf("<svg class=\"plot\""), page.indexOf("</svg>", page.indexOf("<svg class=\"plot\"")));
        assertThat(count(svg, "<circle ")).isEqualTo(plan.lastRound());
        assertThat(svg).contains("class=\"tolerance\"").contains("role=\"img\"");
        assertThat(count(page, "<tr><th scope=\"row\"><a href=\"" + PLAN_PATH + "/rounds/")).as("the table of rounds, the plot's text alternative")
                .isEqualTo(plan.lastRound());
        assertThat(page).as("a visitor holds no office: no form").doesNotContain("<form class=\"act\"");
    }

    @Test
    void a_round_shows_each_goods_price_and_signed_imbalance_as_readable_decimals() throws Exception {
        var first = plan.rounds().get(0);
        String page = page(PLAN_PATH + "/rounds/1");
        assertThat(page).contains("<h1>Round 1 of plan market-2027</h1>");
        String bread = page.substring(page.indexOf("<tr><th scope=\"row\">Bread</th>"));
        bread = bread.substring(0, bread.indexOf("</tr>"));
        assertThat(bread).contains(Figures.price(first.prices().get(1)) + " hours per t").contains(Figures.signed(first.imbalances().get(1)));
        var none = new Visitor(fed).get(PLAN_PATH + "/rounds/" + (plan.lastRound() + 1));
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(none.body()).contains("There is no round " + (plan.lastRound() + 1) + " in plan market-2027.");
    }

    @Test
    void a_bodys_part_shows_its_statement_and_proposal_and_the_council_and_body_pages_link_to_the_plan() throws Exception {
        String part = page(PLAN_PATH + "/bodies/bakery");
        assertThat(part).contains("<h1>Bakery co-operative in plan market-2027</h1>").contains("baking: each unit makes 1 t of Bread")
                .contains("After round " + plan.proposalsRound() + ": baking at ").doesNotContain("<form class=\"act\"");
        assertThat(page("/councils/market")).contains("<a href=\"/councils/market/plans\">Plan periods</a>");
        assertThat(page("/councils/market/plans")).contains("<a href=\"" + PLAN_PATH + "\">Plan market-2027, 2027-01-01 to 2027-12-31</a>");
        assertThat(page("/bodies/mill")).contains("<a href=\"" + PLAN_PATH + "/bodies/mill\">Our part in plan market-2027 of Co-operative market</a>");
        var none = new Visitor(fed).get("/councils/market/plans/nonesuch");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(none.body()).contains("There is no plan 'nonesuch' of council 'market'.");
    }

    static int count(String s, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
