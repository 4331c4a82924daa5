package org.mandate.web.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.web.plan.Planning.*;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.core.ProposalId;
import org.mandate.core.plan.PlanTerms.PlanGood;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.Proposal;
import org.mandate.web.TestFederation;
import org.mandate.web.Visitor;

/**
 * The council's "propose a plan period" form over HTTP on {@link Planning#opened}: only those who take
 * part in the market see it; a good submission makes a draft proposal carrying the period's motion in the
 * record's terms; each bad field is named beside it and the core's refusals come back with its sentence,
 * none of them making a proposal; "more rows" gives room for more goods and keeps what was typed.
 */
class PlanOpenFormTest {
    private static final String PLANS = "/councils/market/plans";

    @TempDir
    static Path dir;

    private static TestFederation fed;
    private static String balance;

    @BeforeAll
    static void start() throws Exception {
        fed = Planning.opened(dir);
        fed.members("zed");
        balance = PlanView.local(fed.now().plus(Duration.ofDays(20)));
    }

    @AfterAll
    static void stop() {
        fed.close();
    }

    /** A good form for plan market-2028 with two goods and an empty row, each field in {@code change} ("a=b&c=d") put in place of its own. */
    private static String form(String change) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (String pair : ("plan=market-2028&from=2028-01-01&to=2028-12-31&good-1-id=flour&good-1-unit=t&good-1-name=Flour"
                + "&good-2-id=milk&good-2-unit=" + Visitor.encode("1000 l") + "&good-2-name=Milk&good-3-id=&good-3-unit=&good-3-name="
                + "&tolerance=0.5&human=2&balance=" + balance + "&competence=trade&title=&text=" + Visitor.encode("Next year's plan.")
                + "&" + change).split("&")) {
            if (!pair.isEmpty()) {
                fields.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        return String.join("&", fields.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    private static long proposals() {
        return fed.read(s -> s.proposals().stream().filter(p -> p.body().equals(MARKET)).count());
    }

    @Test
    void only_those_who_take_part_in_the_council_see_the_form() throws Exception {
        assertThat(new Visitor(fed).as("eve").page(PLANS)).contains("Propose a plan period").contains("name=\"good-4-id\"")
                .doesNotContain("name=\"good-5-id\"").contains("<option value=\"trade\"").contains("value=\"" + PlanView.local(fed.now().plus(Duration.ofDays(30))) + "\"");
        assertThat(new Visitor(fed).as("zed").page(PLANS)).as("a member of no body beneath the market").doesNotContain("Propose a plan period");
        assertThat(new Visitor(fed).page(PLANS)).doesNotContain("Propose a plan period");
    }

    @Test
    void a_good_submission_makes_a_draft_proposal_to_open_the_period() throws Exception {
        HttpResponse<String> put = new Visitor(fed).as("chi").submit(PLANS, PLANS, form(""));
        assertThat(put.statusCode()).isEqualTo(303);
        String location = put.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/proposals/market").endsWith("#publish");
        ProposalId id = new ProposalId(location.substring("/proposals/".length(), location.indexOf('#')));
        Proposal draft = fed.read(s -> s.proposal(id));
        assertThat(draft.body()).isEqualTo(MARKET);
        assertThat(draft.competence()).isEqualTo("trade");
        assertThat(draft.title()).isEqualTo("Open plan period market-2028, 2028-01-01 to 2028-12-31");
        assertThat(draft.text()).isEqualTo("Next year's plan.");
        assertThat(draft.motion()).isEqualTo(new Motion.OpenPlanPeriod("market-2028", LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31),
                List.of(new PlanGood("flour", "t", "Flour"), new PlanGood("milk", "1000 l", "Milk")), 5, 2,
                LocalDateTime.parse(balance).toInstant(ZoneOffset.UTC)));
    }

    @Test
    void each_bad_field_is_named_beside_it_and_changes_nothing() throws Exception {
        Visitor ana = new Visitor(fed).as("ana");
        long before = proposals();
        List<List<String>> cases = List.of(
                List.of("plan=" + Visitor.encode("market 2028"), "open-plan-error", "Give the plan an id"),
                List.of("to=2027-12-31", "open-to-error", "The last day cannot come before the first."),
                List.of("from=next+year", "open-from-error", "Give a day, such as 2027-01-01."),
                List.of("good-1-id=&good-1-unit=&good-1-name=&good-2-id=&good-2-unit=&good-2-name=", "open-goods-error", "Name at least one good."),
                List.of("good-2-id=flour", "open-good-errors", "Good 2: the id 'flour' is already used by another good of the catalogue."),
                List.of("good-3-id=salt", "open-good-errors", "Good 3: give the unit it is counted in"),
                List.of("tolerance=0.05", "open-tolerance-error", "Give a tolerance from 0.1 to 10 per cent"),
                List.of("tolerance=10.5", "open-tolerance-error", "Give a tolerance from 0.1 to 10 per cent"),
                List.of("human=8", "open-human-error", "Give a whole number from 0 to 7."),
                List.of("human=-1", "open-human-error", "Give a whole number from 0 to 7."),
                List.of("balance=tomorrow", "open-balance-error", "Give a date and time"));
        for (List<String> c : cases) {
            HttpResponse<String> bad = ana.submit(PLANS, PLANS, form(c.get(0)));
            assertThat(bad.statusCode()).as(c.get(0)).isEqualTo(422);
            String around = bad.body().substring(Math.max(0, bad.body().indexOf("id=\"" + c.get(1) + "\"")));
            assertThat(bad.body()).as(c.get(0)).contains("id=\"" + c.get(1) + "\"");
            assertThat(around.substring(0, Math.min(around.length(), 400))).as(c.get(0)).contains(c.get(2));
            assertThat(bad.body()).as("what was typed stays in the form").contains("value=\"market");
        }
        assertThat(proposals()).isEqualTo(before);
    }

    @Test
    void the_cores_refusal_shows_beside_the_form_and_changes_nothing() throws Exception {
        Visitor ana = new Visitor(fed).as("ana");
        long before = proposals();
        HttpResponse<String> taken = ana.submit(PLANS, PLANS, form("plan=" + PLAN));
        assertThat(taken.statusCode()).isEqualTo(422);
        assertThat(taken.body()).contains("id=\"open-refusal\">The id '" + PLAN + "' is already used by another plan");
        HttpResponse<String> outside = ana.submit(PLANS, PLANS, form("competence=fishing"));
        assertThat(outside.statusCode()).isEqualTo(422);
        assertThat(outside.body()).contains("id=\"open-refusal\">Council market holds no competence 'fishing'");
        assertThat(proposals()).isEqualTo(before);
    }

    @Test
    void more_rows_shows_the_form_again_with_room_for_more_goods_keeping_what_was_typed() throws Exception {
        Visitor dee = new Visitor(fed).as("dee");
        long before = proposals();
        HttpResponse<String> more = dee.submit(PLANS, PLANS, form("more=rows&good-4-id=&good-4-unit=&good-4-name="));
        assertThat(more.statusCode()).isEqualTo(200);
        assertThat(more.body()).contains("name=\"good-7-id\"").doesNotContain("name=\"good-8-id\"").doesNotContain("class=\"field-error\"")
                .contains("value=\"market-2028\"").contains("name=\"good-2-name\" maxlength=\"120\"").contains("value=\"Milk\"");
        assertThat(proposals()).isEqualTo(before);
    }
}
