package org.mandate.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.core.Councils.*;
import static org.mandate.core.Fixtures.*;
import static org.mandate.core.credit.Books.*;

import org.junit.jupiter.api.Test;
import org.mandate.core.Scenario;
import org.mandate.core.credit.CreditCommand.MakePayment;
import org.mandate.core.credit.CreditEvent.PaymentMade;
import org.mandate.core.proposal.Motion;
import org.mandate.core.rule.Rejection;

/** Payments between accounts: by an office-holder of the payer whose office lists make-payment, within the payer's limit. */
class PaymentTest {

    private static Scenario withLimit() {
        Scenario s = adopted();
        decide(s, "food.limit.bakery", new Motion.SetCreditLimit(b("bakery"), 500));
        return s;
    }

    @Test
    void a_treasurer_pays_below_zero_down_to_the_limit_and_balances_sum_to_zero() {
        Scenario s = withLimit();

        PaymentMade paid = s.when("ana", pay("bakery", "mill", 500)).only(PaymentMade.class);

        assertThat(paid.by()).isEqualTo(m("ana"));
        assertThat(paid.office()).isEqualTo("treasurer");
        assertThat(balance(s, "bakery")).isEqualTo(-500);
        assertThat(balance(s, "mill")).isEqualTo(500);
        assertThat(ledger(s).total()).isZero();
        assertThat(ledger(s).history(b("bakery"))).singleElement().satisfies(m -> {
            assertThat(m.change()).isEqualTo(-500);
            assertThat(m.counterparty()).isEqualTo(b("mill"));
            assertThat(m.reference()).isEqualTo("order 500");
        });
        assertReplays(s);
    }

    @Test
    void refuses_a_payment_beyond_the_limit_and_changes_nothing() {
        Scenario s = withLimit();
        s.given("ana", pay("bakery", "mill", 300));

        var refused = s.when("ana", pay("bakery", "dairy", 201)).thenRefused(Rejection.BeyondCreditLimit.class);

        assertThat(refused.balance()).isEqualTo(-300);
        assertThat(refused.limit()).isEqualTo(500);
        assertThat(balance(s, "bakery")).isEqualTo(-300);
        assertThat(balance(s, "dairy")).isZero();
    }

    @Test
    void a_body_with_no_limit_set_pays_only_from_what_it_holds() {
        Scenario s = adopted();

        var refused = s.when("cat", pay("mill", "dairy", 1)).thenRefused(Rejection.BeyondCreditLimit.class);

        assertThat(refused.limit()).isZero();
        assertThat(limit(s, "mill")).isZero();
    }

    @Test
    void refuses_a_payment_by_anyone_but_an_office_holder_of_the_payer_with_make_payment() {
        Scenario s = withLimit();
        electOffice(s, "bakery", "secretary", java.util.List.of(org.mandate.core.office.Permission.PUBLISH_ANNOUNCEMENT), "ben");

        s.when("ben", pay("bakery", "mill", 10)).thenRefused(Rejection.NotPermitted.class);
        s.when("cat", pay("bakery", "mill", 10)).thenRefused(Rejection.NotPermitted.class);
        s.when("gus", pay("bakery", "mill", 10)).thenRefused(Rejection.NotPermitted.class);
        s.when(null, pay("bakery", "mill", 10)).thenRefused(Rejection.NoActingMember.class);
    }

    @Test
    void refuses_amounts_that_are_zero_negative_or_beyond_any_ledger() {
        Scenario s = withLimit();

        assertThat(s.when("ana", pay("bakery", "mill", 0)).thenRefused(Rejection.NotAPositiveAmount.class).amount()).isZero();
        s.when("ana", pay("bakery", "mill", -5)).thenRefused(Rejection.NotAPositiveAmount.class);
        s.when("ana", pay("bakery", "mill", CreditRules.MAX_AMOUNT + 1)).thenRefused(Rejection.NotAPositiveAmount.class);
    }

    @Test
    void refuses_unknown_bodies_bodies_without_an_account_and_paying_oneself() {
        Scenario s = withLimit();

        s.when("ana", pay("bakery", "nowhere", 10)).thenRefused(Rejection.UnknownBody.class);
        assertThat(s.when("ana", pay("bakery", "brewery", 10)).thenRefused(Rejection.NoAccount.class).body()).isEqualTo(b("brewery"));
        s.when("ana", new MakePayment(b("nowhere"), b("bakery"), b("mill"), 10, "", null)).thenRefused(Rejection.UnknownBody.class);
        s.when("ana", new MakePayment(b("bakery"), b("bakery"), b("mill"), 10, "", null)).thenRefused(Rejection.NotACouncil.class);
        s.when("ana", pay("bakery", "bakery", 10)).thenRefused(Rejection.PaymentToItself.class);
    }

    @Test
    void a_payment_naming_an_accepted_invoice_pays_it_down() {
        Scenario s = withLimit();
        accepted(s, "inv-1", "mill", "bakery", 300);

        s.given("ana", new MakePayment(b(FOOD), b("bakery"), b("mill"), 120, "first part", "inv-1"));

        Invoice i = ledger(s).invoice("inv-1");
        assertThat(i.paid()).isEqualTo(120);
        assertThat(i.outstanding()).isEqualTo(180);
        s.when("ana", new MakePayment(b(FOOD), b("bakery"), b("mill"), 181, "", "inv-1")).thenRefused(Rejection.NotThisInvoice.class);
        s.when("ana", new MakePayment(b(FOOD), b("bakery"), b("dairy"), 10, "", "inv-1")).thenRefused(Rejection.NotThisInvoice.class);
        s.when("ana", new MakePayment(b(FOOD), b("bakery"), b("mill"), 10, "", "inv-9")).thenRefused(Rejection.UnknownInvoice.class);
        assertReplays(s);
    }

    @Test
    void a_payment_cannot_pay_an_invoice_before_the_debtor_accepts_it() {
        Scenario s = withLimit();
        s.given("cat", invoice("inv-1", "mill", "bakery", 300));

        var refused = s.when("ana", new MakePayment(b(FOOD), b("bakery"), b("mill"), 10, "", "inv-1"))
                .thenRefused(Rejection.InvoiceStatus.class);

        assertThat(refused.needed()).isEqualTo("accepted");
    }

    @Test
    void a_body_that_received_can_pay_it_on_without_any_limit() {
        Scenario s = withLimit();
        s.given("ana", pay("bakery", "mill", 200));

        s.when("cat", pay("mill", "dairy", 200)).thenAccepted();

        assertThat(balance(s, "mill")).isZero();
        assertThat(balance(s, "dairy")).isEqualTo(200);
        assertThat(ledger(s).total()).isZero();
    }
}
