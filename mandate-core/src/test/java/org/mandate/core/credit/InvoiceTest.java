package org.mandate.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.core.Councils.*;
import static org.mandate.core.Fixtures.*;
import static org.mandate.core.credit.Books.*;

import org.junit.jupiter.api.Test;
import org.mandate.core.Scenario;
import org.mandate.core.credit.CreditCommand.AcceptInvoice;
import org.mandate.core.credit.CreditCommand.DisputeInvoice;
import org.mandate.core.credit.CreditEvent.InvoiceAccepted;
import org.mandate.core.credit.CreditEvent.InvoiceDisputed;
import org.mandate.core.credit.CreditEvent.InvoiceRecorded;
import org.mandate.core.rule.Rejection;

/** Invoices: recorded by the creditor's office-holder, accepted or disputed by the debtor's. */
class InvoiceTest {

    @Test
    void the_creditor_records_an_invoice_and_the_debtor_accepts_it() {
        Scenario s = adopted();

        InvoiceRecorded recorded = s.when("cat", invoice("inv-1", "mill", "bakery", 250)).only(InvoiceRecorded.class);
        assertThat(recorded.by()).isEqualTo(m("cat"));
        assertThat(ledger(s).invoice("inv-1").status()).isEqualTo(Invoice.Status.RECORDED);
        assertThat(ledger(s).invoice("inv-1").clearable()).isFalse();

        InvoiceAccepted accepted = s.when("ana", new AcceptInvoice("inv-1")).only(InvoiceAccepted.class);

        assertThat(accepted.office()).isEqualTo("treasurer");
        Invoice i = ledger(s).invoice("inv-1");
        assertThat(i.status()).isEqualTo(Invoice.Status.ACCEPTED);
        assertThat(i.outstanding()).isEqualTo(250);
        assertThat(i.clearable()).isTrue();
        assertThat(s.state().credit().invoicesOf(b("bakery"))).containsExactly(i);
        assertThat(s.state().credit().invoicesOf(b("mill"))).containsExactly(i);
        assertThat(balance(s, "bakery")).as("an invoice moves no money").isZero();
        assertReplays(s);
    }

    @Test
    void the_debtor_disputes_an_invoice_with_a_reason_and_may_accept_it_later() {
        Scenario s = adopted();
        s.given("cat", invoice("inv-1", "mill", "bakery", 250));

        InvoiceDisputed disputed = s.when("ana", new DisputeInvoice("inv-1", "Half the flour was wet")).only(InvoiceDisputed.class);

        assertThat(disputed.reason()).isEqualTo("Half the flour was wet");
        assertThat(ledger(s).invoice("inv-1").clearable()).isFalse();
        s.when("ana", new AcceptInvoice("inv-1")).thenAccepted();
        assertThat(ledger(s).invoice("inv-1").disputeReason()).isNull();
        assertReplays(s);
    }

    @Test
    void refuses_an_invoice_to_oneself() {
        Scenario s = adopted();

        s.when("cat", invoice("inv-1", "mill", "mill", 250)).thenRefused(Rejection.InvoiceToItself.class);
    }

    @Test
    void refuses_a_duplicated_invoice_id() {
        Scenario s = adopted();
        s.given("cat", invoice("inv-1", "mill", "bakery", 250));

        var refused = s.when("eve", invoice("inv-1", "dairy", "bakery", 90)).thenRefused(Rejection.IdInUse.class);

        assertThat(refused.what()).isEqualTo("invoice");
        s.when("eve", invoice("not an id", "dairy", "bakery", 90)).thenRefused(Rejection.IdInUse.class);
    }

    @Test
    void refuses_an_invoice_of_zero_or_less() {
        Scenario s = adopted();

        s.when("cat", invoice("inv-1", "mill", "bakery", 0)).thenRefused(Rejection.NotAPositiveAmount.class);
        s.when("cat", invoice("inv-1", "mill", "bakery", -250)).thenRefused(Rejection.NotAPositiveAmount.class);
    }

    @Test
    void refuses_unknown_bodies_and_bodies_without_an_account() {
        Scenario s = adopted();

        s.when("cat", invoice("inv-1", "mill", "nowhere", 10)).thenRefused(Rejection.UnknownBody.class);
        s.when("cat", invoice("inv-1", "mill", "brewery", 10)).thenRefused(Rejection.NoAccount.class);
    }

    @Test
    void refuses_an_invoice_recorded_by_anyone_but_the_creditors_office_holder() {
        Scenario s = adopted();

        assertThat(s.when("ana", invoice("inv-1", "mill", "bakery", 10)).thenRefused(Rejection.NotPermitted.class).permission())
                .isEqualTo("record-invoice");
        s.when("dan", invoice("inv-1", "mill", "bakery", 10)).thenRefused(Rejection.NotPermitted.class);
    }

    @Test
    void only_the_debtors_office_holder_answers_an_invoice() {
        Scenario s = adopted();
        s.given("cat", invoice("inv-1", "mill", "bakery", 10));

        s.when("cat", new AcceptInvoice("inv-1")).thenRefused(Rejection.NotPermitted.class);
        s.when("ben", new DisputeInvoice("inv-1", "No")).thenRefused(Rejection.NotPermitted.class);
        s.when("ana", new AcceptInvoice("inv-9")).thenRefused(Rejection.UnknownInvoice.class);
    }

    @Test
    void an_accepted_invoice_stands_it_cannot_be_accepted_again_nor_disputed() {
        Scenario s = adopted();
        accepted(s, "inv-1", "mill", "bakery", 10);

        s.when("ana", new AcceptInvoice("inv-1")).thenRefused(Rejection.InvoiceStatus.class);
        assertThat(s.when("ana", new DisputeInvoice("inv-1", "Too late")).thenRefused(Rejection.InvoiceStatus.class).status())
                .isEqualTo("accepted");
    }

    @Test
    void a_dispute_gives_its_reason() {
        Scenario s = adopted();
        s.given("cat", invoice("inv-1", "mill", "bakery", 10));

        s.when("ana", new DisputeInvoice("inv-1", "  ")).thenRefused(Rejection.NoReason.class);
    }

    @Test
    void refuses_a_description_too_long_for_the_record() {
        Scenario s = adopted();

        s.when("cat", new CreditCommand.RecordInvoice(b(FOOD), "inv-1", b("mill"), b("bakery"), 10, "x".repeat(4_001)))
                .thenRefused(Rejection.TooLong.class);
    }
}
