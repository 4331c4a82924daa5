package org.mandate.core.credit;

import java.time.Instant;
import org.mandate.core.BodyId;
import org.mandate.core.Context;
import org.mandate.core.Federation;
import org.mandate.core.Ids;
import org.mandate.core.MemberId;
import org.mandate.core.Outcome;
import org.mandate.core.body.Body;
import org.mandate.core.credit.CreditCommand.*;
import org.mandate.core.credit.CreditEvent.*;
import org.mandate.core.office.Office;
import org.mandate.core.office.Permission;
import org.mandate.core.rule.Rejection;

/**
 * Decides what office-holders do with their bodies' accounts and invoices. Checks run in the same
 * order for every command: the council's books, the bodies' accounts, the office's permission, then
 * the amounts, so a refusal names the first thing wrong.
 */
public final class CreditRules {
    /**
     * The largest amount, limit or cap, in the smallest unit: a thousand million million. Far above any
     * real federation's trade, and low enough that no sum of balances can overflow.
     */
    public static final long MAX_AMOUNT = 1_000_000_000_000_000L;

    private CreditRules() {}

    public static Outcome decide(Federation state, CreditCommand command, Context ctx) {
        if (command instanceof ApplyClearing c) {
            return ctx.actor() != null ? Outcome.refuse(new Rejection.OnlyTheServerClears(ctx.actor()))
                    : ClearingRules.apply(state, c, ctx.now());
        }
        Rejection acting = ctx.notAMemberActing(state);
        if (acting != null) {
            return Outcome.refuse(acting);
        }
        MemberId actor = ctx.actor();
        return switch (command) {
            case MakePayment c -> pay(state, c, actor, ctx.now());
            case RecordInvoice c -> record(state, c, actor, ctx.now());
            case AcceptInvoice c -> answer(state, c.invoice(), null, actor, ctx.now());
            case DisputeInvoice c -> answer(state, c.invoice(), c.reason() == null ? "" : c.reason(), actor, ctx.now());
            case ApplyClearing c -> throw new IllegalStateException("handled above");
        };
    }

    private static Outcome pay(Federation state, MakePayment c, MemberId actor, Instant now) {
        Rejection r = first(books(state, c.council()), account(state, c.council(), c.from()), account(state, c.council(), c.to()));
        if (r != null) {
            return Outcome.refuse(r);
        }
        if (c.from().equals(c.to())) {
            return Outcome.refuse(new Rejection.PaymentToItself(c.from()));
        }
        Office office = state.offices().permitting(c.from(), actor, Permission.MAKE_PAYMENT, now);
        if (office == null) {
            return Outcome.refuse(new Rejection.NotPermitted(actor, c.from(), "make-payment"));
        }
        r = first(amount("payment", c.amount()), invoicePaid(state, c));
        if (r != null) {
            return Outcome.refuse(r);
        }
        Ledger ledger = state.credit().of(c.council());
        long balance = ledger.balance(c.from());
        long limit = ledger.limit(state, c.from(), now);
        if (c.amount() > balance + limit) {
            return Outcome.refuse(new Rejection.BeyondCreditLimit(c.from(), balance, c.amount(), limit));
        }
        return Outcome.accept(new PaymentMade(now, c.council(), c.from(), c.to(), c.amount(), c.reference() == null ? "" : c.reference(),
                c.invoice(), actor, office.name()));
    }

    /** A payment naming an invoice pays that invoice: accepted, from its debtor to its creditor, and no more than it still owes. */
    private static Rejection invoicePaid(Federation state, MakePayment c) {
        if (c.invoice() == null) {
            return null;
        }
        Invoice i = state.credit().invoice(c.invoice());
        if (i == null) {
            return new Rejection.UnknownInvoice(c.invoice());
        }
        if (!i.council().equals(c.council()) || !i.debtor().equals(c.from()) || !i.creditor().equals(c.to())) {
            return new Rejection.NotThisInvoice(i.id(), "it is owed by " + i.debtor() + " to " + i.creditor() + " in the mutual credit of " + i.council());
        }
        if (i.status() != Invoice.Status.ACCEPTED) {
            return new Rejection.InvoiceStatus(i.id(), i.status().words(), "accepted");
        }
        return c.amount() > i.outstanding() ? new Rejection.NotThisInvoice(i.id(), "it has only " + i.outstanding() + " left to pay") : null;
    }

    private static Outcome record(Federation state, RecordInvoice c, MemberId actor, Instant now) {
        Rejection r = first(books(state, c.council()), account(state, c.council(), c.creditor()), account(state, c.council(), c.debtor()));
        if (r != null) {
            return Outcome.refuse(r);
        }
        if (c.creditor().equals(c.debtor())) {
            return Outcome.refuse(new Rejection.InvoiceToItself(c.creditor()));
        }
        Office office = state.offices().permitting(c.creditor(), actor, Permission.RECORD_INVOICE, now);
        if (office == null) {
            return Outcome.refuse(new Rejection.NotPermitted(actor, c.creditor(), "record-invoice"));
        }
        if (!Ids.valid(c.invoice()) || state.credit().invoice(c.invoice()) != null) {
            return Outcome.refuse(new Rejection.IdInUse("invoice", String.valueOf(c.invoice())));
        }
        r = amount("invoice's amount", c.amount());
        return r != null ? Outcome.refuse(r)
                : Outcome.accept(new InvoiceRecorded(now, c.council(), c.invoice(), c.creditor(), c.debtor(), c.amount(),
                        c.description() == null ? "" : c.description(), actor, office.name()));
    }

    /** Accepting ({@code reason} null) or disputing: the debtor's answer, by its office-holder. */
    private static Outcome answer(Federation state, String id, String reason, MemberId actor, Instant now) {
        Invoice i = state.credit().invoice(id);
        if (i == null) {
            return Outcome.refuse(new Rejection.UnknownInvoice(id));
        }
        Rejection r = books(state, i.council());
        if (r != null) {
            return Outcome.refuse(r);
        }
        Office office = state.offices().permitting(i.debtor(), actor, Permission.MAKE_PAYMENT, now);
        if (office == null) {
            return Outcome.refuse(new Rejection.NotPermitted(actor, i.debtor(), "make-payment"));
        }
        if (reason == null) {
            return i.status() == Invoice.Status.ACCEPTED ? Outcome.refuse(new Rejection.InvoiceStatus(id, i.status().words(),
                    "awaiting the debtor's answer or disputed")) : Outcome.accept(new InvoiceAccepted(now, i.council(), id, actor, office.name()));
        }
        if (i.status() != Invoice.Status.RECORDED) {
            return Outcome.refuse(new Rejection.InvoiceStatus(id, i.status().words(), "awaiting the debtor's answer"));
        }
        return reason.isBlank() ? Outcome.refuse(new Rejection.NoReason("dispute"))
                : Outcome.accept(new InvoiceDisputed(now, i.council(), id, reason, actor, office.name()));
    }

    /** Null when the council exists, is a council, and its mutual credit stands. */
    static Rejection books(Federation state, BodyId council) {
        Body c = state.body(council);
        if (c == null) {
            return new Rejection.UnknownBody(council);
        }
        if (!c.isCouncil()) {
            return new Rejection.NotACouncil(council);
        }
        return state.credit().active(state, council) == null ? new Rejection.NoMutualCredit(council) : null;
    }

    /** Null when the body exists and has an account in the council's mutual credit (which must stand). */
    static Rejection account(Federation state, BodyId council, BodyId body) {
        if (state.body(body) == null) {
            return new Rejection.UnknownBody(body);
        }
        Ledger l = state.credit().active(state, council);
        return l == null || l.hasAccount(state, body) ? null : new Rejection.NoAccount(body, council);
    }

    static Rejection amount(String what, long amount) {
        return amount > 0 && amount <= MAX_AMOUNT ? null : new Rejection.NotAPositiveAmount(what, amount);
    }

    private static Rejection first(Rejection... checks) {
        for (Rejection r : checks) {
            if (r != null) {
                return r;
            }
        }
        return null;
    }
}
