package org.mandate.web.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.core.BodyId;
import org.mandate.core.credit.Invoice;
import org.mandate.web.TestFederation;
import org.mandate.web.Visitor;

/**
 * The credit forms over HTTP on the market of {@link TestFederation#credit}: each submits one of the core's
 * commands; refused, the page comes back with the rule's sentence and the books are as they were.
 */
class CreditFormsTest {
    private static final BodyId MARKET = new BodyId("market");
    private static final String BAKERY_ACCOUNT = "/councils/market/accounts/bakery";
    private static final String BAKERY_INVOICES = "/bodies/bakery/invoices";

    @TempDir
    Path dir;

    private TestFederation fed;

    @BeforeEach
    void start() throws Exception {
        fed = TestFederation.credit(dir);
    }

    @AfterEach
    void stop() {
        fed.close();
    }

    private long balance(String body) {
        return fed.read(s -> s.credit().of(MARKET).balance(new BodyId(body)));
    }

    private int movements(String body) {
        return fed.read(s -> s.credit().of(MARKET).history(new BodyId(body)).size());
    }

    private Invoice invoice(String id) {
        return fed.read(s -> s.credit().invoice(id));
    }

    @Test
    void a_payment_beyond_the_limit_or_by_someone_without_the_office_or_of_no_amount_is_refused_and_changes_nothing() throws Exception {
        HttpResponse<String> beyond = new Visitor(fed).as("ana").submit(BAKERY_ACCOUNT, BAKERY_ACCOUNT + "/payments",
                "to=mill&amount=10&reference=" + Visitor.encode("Sacks"));
        assertThat(beyond.statusCode()).isEqualTo(422);
        assertThat(beyond.body()).contains("<p class=\"refusal\" role=\"alert\" id=\"pay-refusal\">Paying 10 would take the balance of bakery from -50 to -60, "
                + "below its credit limit of -50 that the council set.</p>").contains("value=\"Sacks\"").contains("<option value=\"mill\" selected>");

        HttpResponse<String> noOffice = new Visitor(fed).as("ben").submit(BAKERY_ACCOUNT, BAKERY_ACCOUNT + "/payments", "to=mill&amount=1");
        assertThat(noOffice.statusCode()).isEqualTo(422);
        assertThat(noOffice.body()).contains("id=\"pay-refusal\">Member ben holds no office of bakery whose list of permissions includes");

        HttpResponse<String> words = new Visitor(fed).as("eve").submit("/councils/market/accounts/dairy", "/councils/market/accounts/dairy/payments",
                "to=mill&amount=ten");
        assertThat(words.statusCode()).isEqualTo(422);
        assertThat(words.body()).contains("<p class=\"field-error\" id=\"pay-amount-error\">A whole number, in the council's smallest unit");

        HttpResponse<String> negative = new Visitor(fed).as("eve").submit("/councils/market/accounts/dairy", "/councils/market/accounts/dairy/payments",
                "to=mill&amount=-5");
        assertThat(negative.body()).contains("id=\"pay-refusal\">The payment must be a whole number of the smallest unit, from 1 to");

        assertThat(balance("bakery")).isEqualTo(-50);
        assertThat(balance("dairy")).isEqualTo(20);
        assertThat(balance("mill")).isEqualTo(30);
        assertThat(movements("bakery")).isEqualTo(2);
    }

    @Test
    void a_treasurer_pays_what_is_left_of_an_invoice_and_both_pages_show_it() throws Exception {
        Visitor chi = new Visitor(fed).as("chi");
        String path = "/councils/market/accounts/mill";
        HttpResponse<String> paid = chi.submit(path, path + "/payments", "to=dairy&amount=20&invoice=dairy-001&reference=" + Visitor.encode("Milk, the rest"));
        assertThat(paid.statusCode()).isEqualTo(303);
        assertThat(paid.headers().firstValue("Location")).hasValue(path + "#history");
        assertThat(balance("mill")).isEqualTo(10);
        assertThat(invoice("dairy-001").outstanding()).isZero();

        String account = chi.page(path);
        String first = account.substring(account.indexOf("<tbody>"), account.indexOf("</tr>", account.indexOf("<tbody>")));
        assertThat(first).contains("Paid to <a href=\"/councils/market/accounts/dairy\">Dairy co-operative</a> — “Milk, the rest”")
                .contains("invoice dairy-001").contains("<td class=\"num\">-20</td><td class=\"num\">10</td>");
        String invoices = chi.page("/bodies/mill/invoices");
        String row = invoices.substring(invoices.indexOf("<tr id=\"inv-dairy-001\">"));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains(">paid<").contains("20 hours paid");
    }

    @Test
    void the_debtors_treasurer_disputes_only_with_a_reason_and_accepts() throws Exception {
        Visitor ana = new Visitor(fed).as("ana");
        HttpResponse<String> noReason = ana.submit(BAKERY_INVOICES, BAKERY_INVOICES + "/dairy-004/dispute", "reason=+");
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("<p class=\"refusal\" role=\"alert\" id=\"dispute-dairy-004-refusal\">A dispute must give its reason");
        assertThat(invoice("dairy-004").status()).isEqualTo(Invoice.Status.RECORDED);

        HttpResponse<String> accepted = ana.submit(BAKERY_INVOICES, BAKERY_INVOICES + "/dairy-004/accept", "");
        assertThat(accepted.statusCode()).isEqualTo(303);
        assertThat(accepted.headers().firstValue("Location")).hasValue(BAKERY_INVOICES + "#inv-dairy-004");
        assertThat(invoice("dairy-004").status()).isEqualTo(Invoice.Status.ACCEPTED);
        assertThat(invoice("dairy-004").answeredBy().value()).isEqualTo("ana");
        String page = ana.page(BAKERY_INVOICES);
        assertThat(page).contains("Awaiting this body's answer (0)");
        String row = page.substring(page.indexOf("<tr id=\"inv-dairy-004\">"));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains(">accepted<").contains("Member ana (ana)");

        HttpResponse<String> again = ana.submit(BAKERY_INVOICES, BAKERY_INVOICES + "/dairy-004/dispute", "reason=" + Visitor.encode("Too late"));
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("Invoice 'dairy-004' is accepted; this can only be done while it is awaiting the debtor's answer.");
        assertThat(invoice("dairy-004").status()).isEqualTo(Invoice.Status.ACCEPTED);
    }

    @Test
    void the_creditors_treasurer_records_an_invoice_and_a_used_id_is_refused() throws Exception {
        Visitor chi = new Visitor(fed).as("chi");
        String path = "/bodies/mill/invoices";
        HttpResponse<String> used = chi.submit(path, path, "council=market&debtor=bakery&invoice=mill-001&amount=40&description=Bran");
        assertThat(used.statusCode()).isEqualTo(422);
        assertThat(used.body()).contains("id=\"invoice-refusal\">The id 'mill-001' is already used by another invoice").contains("value=\"Bran\"");
        assertThat(invoice("mill-001").amount()).isEqualTo(120);

        HttpResponse<String> words = chi.submit(path, path, "council=market&debtor=bakery&invoice=mill-003&amount=forty");
        assertThat(words.statusCode()).isEqualTo(422);
        assertThat(words.body()).contains("id=\"invoice-amount-error\"");
        assertThat(invoice("mill-003")).isNull();

        HttpResponse<String> recorded = chi.submit(path, path, "council=market&debtor=bakery&invoice=mill-003&amount=" + Visitor.encode("1,040")
                + "&description=" + Visitor.encode("Bran, June"));
        assertThat(recorded.statusCode()).isEqualTo(303);
        Invoice i = invoice("mill-003");
        assertThat(i.amount()).isEqualTo(1040);
        assertThat(i.creditor().value()).isEqualTo("mill");
        assertThat(i.recordedBy().value()).isEqualTo("chi");
        assertThat(new Visitor(fed).page(BAKERY_INVOICES)).contains("Awaiting this body's answer (2)").contains("mill-003 from Mill co-operative: 1,040 hours");
    }
}
