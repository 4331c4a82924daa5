package org.mandate.web.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.web.TestFederation;
import org.mandate.web.Visitor;

/**
 * The credit pages of the market of docs/examples/credit.jsonl ({@link TestFederation#credit}), read over
 * HTTP after the server applied its clearing: the cycle bakery → mill → dairy set off by 70 hours on each
 * invoice, then 30 hours of the bakery's remaining debt to the mill settled through the accounts, as far
 * as the bakery's limit (the rule's floor of 50) allowed.
 */
class CreditPagesTest {
    @TempDir
    static Path dir;

    private static TestFederation fed;

    @BeforeAll
    static void start() throws Exception {
        fed = TestFederation.credit(dir);
    }

    @AfterAll
    static void stop() {
        fed.close();
    }

    private static String page(String path) throws Exception {
        return new Visitor(fed).page(path);
    }

    @Test
    void the_account_shows_balance_limit_with_its_rule_and_decision_and_history_newest_first() throws Exception {
        String page = page("/councils/market/accounts/bakery");

        assertThat(page).contains("<h1>Bakery co-operative: account in Co-operative market</h1>")
                .contains("<strong class=\"breach\">-50 hours</strong>")
                .contains("down to -50 hours — by the council's rule, 25% of its turnover over the last 6 months, at least 50 hours and at most 500 hours; its turnover is 70 hours")
                .contains("<a href=\"/proposals/market-limits\">decision: Limits from turnover</a>")
                .contains("It may still pay</dt><dd>0 hours");
        int settlement = page.indexOf("Settled in a clearing, paid to <a href=\"/councils/market/accounts/mill\">Mill co-operative</a>");
        int setOff = page.indexOf("Set off 70 hours of what this body owed");
        int payment = page.indexOf("Paid to <a href=\"/councils/market/accounts/dairy\">Dairy co-operative</a> — “Eggs, paid on the day”");
        int rule = page.indexOf("Limit rule adopted: 25% of its turnover");
        assertThat(settlement).as("newest first: the settlement, the set-off, the payment, the rule").isPositive();
        assertThat(setOff).isGreaterThan(settlement);
        assertThat(payment).isGreaterThan(setOff);
        assertThat(rule).isGreaterThan(payment);
        assertThat(page).containsPattern("invoice mill-001</a> · <a href=\"/councils/market/clearings/market-clearing-1\">clearing market-clearing-1</a>"
                + "</td>\\s*<td class=\"num\">-30</td><td class=\"num\">-50</td>");
        assertThat(page).as("a visitor holds no office: no payment form").doesNotContain("Make a payment");
    }

    @Test
    void the_treasurer_of_the_paying_body_sees_the_payment_form_and_no_one_else_does() throws Exception {
        assertThat(new Visitor(fed).as("ana").page("/councils/market/accounts/bakery")).contains("Make a payment")
                .contains("<option value=\"mill\"").doesNotContain("<option value=\"bakery\"")
                .contains("<option value=\"mill-001\">mill-001, to Mill co-operative: 20 hours outstanding</option>");
        assertThat(new Visitor(fed).as("ben").page("/councils/market/accounts/bakery")).as("a member of the bakery without the office")
                .doesNotContain("Make a payment");
        assertThat(new Visitor(fed).as("ana").page("/councils/market/accounts/mill")).as("the bakery's treasurer does not pay for the mill")
                .doesNotContain("Make a payment");
    }

    @Test
    void the_invoices_page_says_what_the_clearing_set_off_of_each_invoice_and_against_which_cycle() throws Exception {
        String page = page("/bodies/bakery/invoices");

        assertThat(page).contains("Awaiting this body's answer (1)").contains("dairy-004 from Dairy co-operative: 25 hours")
                .contains("Issued (1)").contains("Received (3)");
        String mill = page.substring(page.indexOf("<tr id=\"inv-mill-001\">"));
        mill = mill.substring(0, mill.indexOf("</tr>"));
        assertThat(mill).contains("Flour, May").contains(">120 hours<").contains(">accepted<").contains(">20 hours")
                .contains("<a href=\"/councils/market/clearings/market-clearing-1\">market-clearing-1</a>")
                .contains("set off 70 hours, settled 30 hours")
                .containsPattern("cycle 1: (Bakery co-operative|Mill co-operative|Dairy co-operative) → .* → .* → \\1, 70 hours off each invoice");
        String disputed = page.substring(page.indexOf("<tr id=\"inv-dairy-002\">"));
        assertThat(disputed.substring(0, disputed.indexOf("</tr>"))).contains(">disputed<").contains("Reason: We never received the second crate.");
        assertThat(page).as("a visitor may not answer").doesNotContain("Accept dairy-004").doesNotContain("Record an invoice");
    }

    @Test
    void the_debtors_treasurer_may_answer_and_the_creditors_treasurer_may_record() throws Exception {
        String ana = new Visitor(fed).as("ana").page("/bodies/bakery/invoices");
        assertThat(ana).contains("Accept dairy-004").contains("Dispute dairy-004").contains("Record an invoice")
                .contains("value=\"bakery-002\"").contains("<option value=\"dairy\">Dairy co-operative</option>");
        String chi = new Visitor(fed).as("chi").page("/bodies/bakery/invoices");
        assertThat(chi).as("the mill's treasurer neither answers nor invoices for the bakery").doesNotContain("Accept dairy-004")
                .doesNotContain("Record an invoice");
    }

    @Test
    void the_clearing_report_gives_the_totals_against_the_bound_and_draws_the_cycle() throws Exception {
        String page = page("/councils/market/clearings/market-clearing-1");

        assertThat(page).contains("<dt>Owed before</dt><dd>280 hours</dd>")
                .contains("<dt>Set off</dt><dd>210 hours, 75.0% of what was owed</dd>")
                .contains("<dt>Owed after the set-off</dt><dd>70 hours</dd>")
                .contains("<dt>Net internal debt (the bound)</dt><dd>50 hours</dd>")
                .contains("<dt>Remaining debt ÷ the bound</dt><dd>1.40</dd>")
                .contains("<dt>Settled through the accounts</dt><dd>30 hours</dd>")
                .contains("<dt>Owed after settlement</dt><dd>40 hours</dd>")
                .contains("<dt>Share cleared, with settlement</dt><dd>85.7%</dd>");
        String svg = page.substring(page.indexOf("<svg class=\"ring\""), page.indexOf("</svg>", page.indexOf("<svg class=\"ring\"")));
        assertThat(svg.split("class=\"debt\"", -1)).as("three arrows").hasSize(4);
        assertThat(svg.split("<circle ", -1)).as("three bodies").hasSize(4);
        assertThat(svg).contains("<text class=\"amount\"").contains(">70</text>").contains("<title>Bakery co-operative owed Mill co-operative (invoice mill-001): 70 hours set off</title>")
                .contains("<a href=\"/councils/market/accounts/dairy\"><title>Dairy co-operative</title>");
        assertThat(page).contains("<figcaption id=\"ring-1-caption\">Cycle 1: 3 bodies, 70 hours off each invoice, 210 hours cancelled in all.</figcaption>")
                .containsPattern("<tr><th scope=\"row\">1</th><td>[^<]+ → [^<]+ → [^<]+ → [^<]+</td>");
        String bakery = page.substring(page.indexOf("<a href=\"/councils/market/accounts/bakery\">Bakery co-operative</a></th>"));
        assertThat(bakery.substring(0, bakery.indexOf("</tr>"))).as("owed 70 → 0, owing 120 → 50, net -50, set off 70, paid 30, balance -20 → -50")
                .contains(">70 → 0<").contains(">120 → 50<").contains(">-50<").contains(">58.3%<").contains(">+0 / -30<").contains(">-20 → -50<");
    }

    @Test
    void the_council_lists_every_account_summing_to_zero_and_its_clearings() throws Exception {
        String page = page("/councils/market/credit");

        assertThat(page).contains("<h1>Mutual credit of Co-operative market</h1>").contains("<dd>hours</dd>")
                .contains("decision: Mutual credit in hours").contains("Accounts (3)")
                .containsPattern("accounts/bakery\">Bakery co-operative</a></td><td class=\"num breach\">-50</td><td class=\"num\">50</td><td>the council's rule</td><td class=\"num\">0</td>")
                .containsPattern("accounts/mill\">Mill co-operative</a></td><td class=\"num\">30</td>")
                .contains("Sum of the balances</th><td class=\"num\">0</td>")
                .contains("<a href=\"/councils/market/clearings/market-clearing-1\">market-clearing-1</a>").contains(">applied<");
        assertThat(page("/credit")).contains("<a href=\"/councils/market/credit\">Co-operative market</a><span class=\"note\">in hours, 3 accounts</span>");
    }

    @Test
    void a_body_and_its_council_link_to_their_credit_pages() throws Exception {
        assertThat(page("/bodies/bakery")).contains("<h2 id=\"h-credit\">Mutual credit</h2>")
                .contains("<a href=\"/councils/market/accounts/bakery\">Account in Co-operative market</a>")
                .contains("<a href=\"/bodies/bakery/invoices\">Invoices</a>");
        assertThat(page("/bodies/market")).contains("<a href=\"/councils/market/credit\">Mutual credit: accounts and clearings</a>");
        assertThat(page("/councils/market")).contains("<a href=\"/councils/market/credit\">Mutual credit: accounts and clearings</a>");
        assertThat(page("/")).contains("<a href=\"/credit\">Mutual credit</a>");
    }

    @Test
    void what_is_not_in_the_books_is_not_found() throws Exception {
        Visitor v = new Visitor(fed);
        assertThat(v.get("/councils/bakery/credit").statusCode()).as("an assembly runs no mutual credit").isEqualTo(404);
        assertThat(v.get("/councils/market/accounts/nowhere").statusCode()).isEqualTo(404);
        assertThat(v.get("/councils/market/accounts/market").statusCode()).as("the council has no account in itself").isEqualTo(404);
        assertThat(v.get("/councils/market/clearings/no-such-clearing").statusCode()).isEqualTo(404);
        assertThat(v.get("/bodies/nowhere/invoices").statusCode()).isEqualTo(404);
    }
}
