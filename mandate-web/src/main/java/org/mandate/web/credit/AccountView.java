package org.mandate.web.credit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mandate.core.BodyId;
import org.mandate.core.Federation;
import org.mandate.core.MemberId;
import org.mandate.core.credit.Invoice;
import org.mandate.core.credit.Ledger;
import org.mandate.core.credit.LimitRule;
import org.mandate.core.office.Permission;
import org.mandate.web.site.Ref;
import org.mandate.web.site.Text;

/**
 * One body's account in a council's mutual credit: its balance and how far below zero it may go, with
 * where that limit comes from (a decision for this body, or the council's rule on turnover, and which
 * decision), its history newest first a page at a time, and what the payment form offers to an
 * office-holder of the body who may pay.
 */
public record AccountView(String council, String councilName, String body, String bodyName, String unit, boolean active, String balance,
        boolean negative, String limit, String limitSource, Ref limitDecision, String headroom, List<History.Line> lines, int count, int page,
        int pages, boolean mayPay, List<Choice> payees, List<Choice> invoices, List<Ref> otherAccounts) {

    /** History lines per page: a busy account's years stay one quick page at a time. */
    static final int PAGE = 50;

    static AccountView of(Federation state, Ledger ledger, BodyId body, int page, MemberId viewer, Instant now, Text t) {
        BodyId council = ledger.council();
        String unit = ledger.unit();
        long balance = ledger.balance(body);
        Ledger.Limit limit = ledger.limitOf(state, body, now);
        String source;
        if (limit.decision() == null) {
            source = t.plain("account.limit.none");
        } else if (limit.byRule()) {
            LimitRule rule = ledger.rule(state);
            source = t.plain("account.limit.rule", History.rule(rule, unit, t), Amounts.of(ledger.turnover(body, now, rule.months()), unit));
        } else {
            source = t.plain("account.limit.body");
        }
        List<History.Line> all = History.of(state, ledger, body, unit, t);
        int pages = Math.max(1, (all.size() + PAGE - 1) / PAGE);
        int p = Math.min(Math.max(1, page), pages);
        List<History.Line> lines = new ArrayList<>(PAGE);
        for (int i = all.size() - 1 - (p - 1) * PAGE; i >= 0 && lines.size() < PAGE; i--) {
            lines.add(all.get(i));
        }
        boolean active = ledger.active(state);
        boolean mayPay = active && viewer != null && state.offices().permitting(body, viewer, Permission.MAKE_PAYMENT, now) != null;
        List<Choice> payees = new ArrayList<>();
        for (BodyId b : ledger.accounts(state)) {
            if (!b.equals(body)) {
                payees.add(new Choice(b.value(), Books.name(state, b)));
            }
        }
        List<Choice> invoices = new ArrayList<>();
        for (Invoice i : state.credit().invoicesOf(body)) {
            if (i.council().equals(council) && i.debtor().equals(body) && i.clearable()) {
                invoices.add(new Choice(i.id(), t.plain("pay.invoice.choice", i.id(), Books.name(state, i.creditor()),
                        Amounts.of(i.outstanding(), unit))));
            }
        }
        List<Ref> others = new ArrayList<>();
        for (Ledger l : Books.accountsOf(state, body)) {
            if (!l.council().equals(council)) {
                others.add(new Ref(Books.accountPath(l.council(), body), Books.name(state, l.council()), l.unit()));
            }
        }
        return new AccountView(council.value(), Books.name(state, council), body.value(), Books.name(state, body), unit, active,
                Amounts.of(balance, unit), balance < 0, Amounts.of(limit.amount(), unit), source, Books.decision(state, limit.decision()),
                Amounts.of(Math.max(0, balance + limit.amount()), unit), lines, all.size(), p, pages, mayPay, payees, invoices, others);
    }
}
