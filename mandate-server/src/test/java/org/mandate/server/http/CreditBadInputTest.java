package org.mandate.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.server.http.ApiClient.bearer;
import static org.mandate.server.http.ApiClient.problem;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandate.core.BodyId;
import org.mandate.core.credit.CreditCommand;
import org.mandate.core.proposal.Motion;

/**
 * Bad input to mutual credit over real HTTP (issue 7, point 6): each is answered with a problem naming
 * the rule, or the field for what is not even a number, and nothing changes: neither the record nor any
 * balance. The council market holds bakery (ana, ben), mill (cat) and dairy (dan); ana and cat are
 * treasurers; bakery may go down to -100; brewery (eve) trades in no council.
 */
class CreditBadInputTest extends ServerFixture {
    private String ana;
    private String ben;
    private long size;
    private String accounts;

    @BeforeEach
    void market() {
        ana = account("ana");
        ben = account("ben");
        scenario.assembly("bakery", EngineScenario.quickAssembly(), "ana", "ben");
        scenario.assembly("mill", EngineScenario.quickAssembly(), "cat");
        scenario.assembly("dairy", EngineScenario.quickAssembly(), "dan");
        scenario.assembly("brewery", EngineScenario.quickAssembly(), "eve");
        scenario.credit("market", "bakery", "mill", "dairy");
        scenario.councilAdopts("market", "market.limit", new Motion.SetCreditLimit(new BodyId("bakery"), 100), "trade");
        scenario.treasurers(Map.of("bakery", "ana", "mill", "cat"));
        scenario.given("cat", new CreditCommand.RecordInvoice(new BodyId("market"), "inv-1", new BodyId("mill"), new BodyId("bakery"), 40, ""));
        size = store.size();
        accounts = balances();
    }

    @AfterEach
    void nothingChanged() {
        assertThat(store.size()).as("the record").isEqualTo(size);
        assertThat(balances()).as("the balances").isEqualTo(accounts);
    }

    private String balances() {
        return scenario.read(f -> f.credit().of(new BodyId("market")).balances().toString());
    }

    private static String payment(String from, String to, String amount) {
        return "{\"type\":\"make-payment\",\"council\":\"market\",\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"amount\":" + amount + "}";
    }

    private static String invoice(String id, String creditor, String debtor, String amount) {
        return "{\"type\":\"record-invoice\",\"council\":\"market\",\"invoice\":\"" + id + "\",\"creditor\":\"" + creditor + "\",\"debtor\":\""
                + debtor + "\",\"amount\":" + amount + "}";
    }

    private com.fasterxml.jackson.databind.JsonNode refused(String command, String token, int status, String rule) {
        return problem(api.post("/api/v1/commands", command, bearer(token)), status, rule);
    }

    @Test
    void a_fractional_amount_is_not_read_and_the_field_is_named() {
        var p = refused(payment("bakery", "mill", "12.5"), ana, 400, "BadCommand");

        assertThat(p.get("detail").asText()).contains("$.amount");
    }

    @Test
    void a_negative_or_zero_amount_is_refused_by_name() {
        assertThat(refused(payment("bakery", "mill", "-5"), ana, 422, "NotAPositiveAmount").get("amount").asLong()).isEqualTo(-5);
        refused(invoice("inv-2", "bakery", "mill", "0"), ana, 422, "NotAPositiveAmount");
    }

    @Test
    void a_payment_above_the_limit_is_refused_by_name() {
        var p = refused(payment("bakery", "mill", "101"), ana, 422, "BeyondCreditLimit");

        assertThat(p.get("limit").asLong()).isEqualTo(100);
        assertThat(p.get("detail").asText()).contains("below its credit limit of -100");
    }

    @Test
    void an_invoice_to_oneself_and_a_duplicated_id_are_refused_by_name() {
        refused(invoice("inv-2", "bakery", "bakery", "10"), ana, 422, "InvoiceToItself");
        assertThat(refused(invoice("inv-1", "bakery", "mill", "10"), ana, 422, "IdInUse").get("what").asText()).isEqualTo("invoice");
    }

    @Test
    void unknown_bodies_and_bodies_without_an_account_are_refused_by_name() {
        refused(payment("bakery", "nowhere", "10"), ana, 422, "UnknownBody");
        refused(payment("bakery", "brewery", "10"), ana, 422, "NoAccount");
        refused(invoice("inv-2", "bakery", "brewery", "10"), ana, 422, "NoAccount");
    }

    @Test
    void a_member_without_the_office_is_refused_by_name() {
        refused(payment("bakery", "mill", "10"), ben, 422, "NotPermitted");
        refused("{\"type\":\"accept-invoice\",\"invoice\":\"inv-1\"}", ben, 422, "NotPermitted");
    }

    @Test
    void no_member_applies_a_clearing() {
        refused("{\"type\":\"apply-clearing\",\"council\":\"market\",\"clearing\":\"c1\",\"lines\":[]}", ana, 422, "OnlyTheServerClears");
    }
}
