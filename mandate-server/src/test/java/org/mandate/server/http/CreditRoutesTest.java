package org.mandate.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the credit queries say of the council market ({@link Served#credit}), figure by figure, after the
 * server applied its clearing on its own tick: the cycle bakery → mill → farm set off by 300 on each
 * invoice, then bakery's remaining debt settled through the accounts along the chains that were left.
 */
class CreditRoutesTest {
    @TempDir
    static Path dir;

    private static Served served;
    private static String member;

    @BeforeAll
    static void start() throws Exception {
        served = new Served(dir);
        served.federation();
        served.credit();
        member = served.tokenFor("ana");
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    private static JsonNode get(String path) throws Exception {
        var r = served.get(path, member);
        assertThat(r.statusCode()).as(path + " → " + r.body()).isEqualTo(200);
        return served.json(r);
    }

    @Test
    void the_accounts_sum_to_zero_with_each_limit_and_where_it_comes_from() throws Exception {
        JsonNode accounts = get("/api/v1/bodies/market/accounts");

        assertThat(accounts.get("unit").asText()).isEqualTo("hours");
        assertThat(accounts.get("total").asLong()).isZero();
        assertThat(accounts.get("rule").get("permille").asInt()).isEqualTo(500);
        List<String> rows = new ArrayList<>();
        accounts.get("accounts").forEach(a -> rows.add(a.get("body").asText() + " " + a.get("balance").asLong() + " " + a.get("limit").asLong()
                + " " + a.get("limitBy").asText() + " " + a.get("headroom").asLong()));
        // mill's turnover is the 600 bakery accepted owing it; farm's the 400 mill accepted and bakery's advance of 100
        assertThat(rows).containsExactly("bakery -400 1500 body 1100", "farm 200 250 rule 450", "mill 200 300 rule 500");
    }

    @Test
    void an_account_shows_its_history_newest_first() throws Exception {
        JsonNode bakery = get("/api/v1/bodies/market/accounts/bakery");

        assertThat(bakery.get("balance").asLong()).isEqualTo(-400);
        JsonNode items = bakery.get("items");
        assertThat(items).as("one settlement, of inv-1, and the payment").hasSize(2);
        assertThat(items.get(0).get("change").asLong()).isEqualTo(-300);
        assertThat(items.get(0).get("kind").asText()).isEqualTo("settlement");
        assertThat(items.get(0).get("clearing").asText()).isEqualTo("market-clearing-1");
        assertThat(items.get(items.size() - 1).get("kind").asText()).isEqualTo("payment");
        assertThat(items.get(items.size() - 1).get("reference").asText()).isEqualTo("Advance on eggs");
        assertThat(items.get(items.size() - 1).get("balance").asLong()).isEqualTo(-100);
    }

    @Test
    void the_clearing_report_gives_the_totals_against_the_bound_and_the_largest_cycle() throws Exception {
        JsonNode report = get("/api/v1/bodies/market/clearings/market-clearing-1");

        assertThat(report.get("status").asText()).isEqualTo("applied");
        JsonNode t = report.get("totals");
        assertThat(t.get("outstandingBefore").asLong()).isEqualTo(1_300);
        assertThat(t.get("setOff").asLong()).isEqualTo(900);
        assertThat(t.get("remaining").asLong()).isEqualTo(400);
        assertThat(t.get("netInternalDebt").asLong()).isEqualTo(300);
        assertThat(t.get("settled").asLong()).isEqualTo(400);
        assertThat(t.get("remainingAfterSettlement").asLong()).isZero();
        assertThat(report.get("cycles").get("count").asInt()).isEqualTo(1);
        JsonNode cycle = report.get("cycles").get("largest").get(0);
        assertThat(cycle.get("amount").asLong()).isEqualTo(300);
        assertThat(cycle.get("cancelled").asLong()).isEqualTo(900);
        List<String> bodies = new ArrayList<>();
        cycle.get("bodies").forEach(b -> bodies.add(b.asText()));
        assertThat(bodies).containsExactlyInAnyOrder("bakery", "mill", "farm");
        JsonNode first = report.get("bodies").get(0);
        assertThat(first.get("body").asText()).isEqualTo("bakery");
        assertThat(first.get("balanceBefore").asLong()).isEqualTo(-100);
        assertThat(first.get("balanceAfter").asLong()).isEqualTo(-400);
        assertThat(first.get("net").asLong()).isEqualTo(-300);
    }

    @Test
    void an_invoice_shows_each_clearings_set_off_with_its_cycle_and_settlement() throws Exception {
        JsonNode inv = get("/api/v1/invoices/inv-1");

        assertThat(inv.get("status").asText()).isEqualTo("paid");
        assertThat(inv.get("outstanding").asLong()).isZero();
        JsonNode c = inv.get("clearings").get(0);
        assertThat(c.get("setOff").asLong()).isEqualTo(300);
        assertThat(c.get("settled").asLong()).isEqualTo(300);
        assertThat(c.get("cycles").get(0).get("invoices").toString()).contains("inv-1", "inv-2", "inv-3");
    }

    @Test
    void the_invoices_a_body_has_to_answer_are_one_query_away() throws Exception {
        JsonNode toAnswer = get("/api/v1/bodies/bakery/invoices?status=recorded&role=debtor");
        JsonNode all = get("/api/v1/bodies/bakery/invoices");

        assertThat(toAnswer.get("items")).hasSize(1);
        assertThat(toAnswer.get("items").get(0).get("id").asText()).isEqualTo("inv-4");
        List<String> ids = new ArrayList<>();
        all.get("items").forEach(i -> ids.add(i.get("id").asText() + ":" + i.get("role").asText() + ":" + i.get("status").asText()));
        assertThat(ids).containsExactly("inv-5:debtor:disputed", "inv-4:debtor:recorded", "inv-3:creditor:paid", "inv-1:debtor:paid");
    }
}
