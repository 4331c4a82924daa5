package org.mandate.web.credit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mandate.core.BodyId;
import org.mandate.core.Federation;
import org.mandate.core.credit.Ledger;
import org.mandate.core.credit.LimitRule;
import org.mandate.core.credit.ScheduledClearing;
import org.mandate.web.site.Ref;
import org.mandate.web.site.Text;
import org.mandate.web.site.Words;

/**
 * A council's mutual credit at a glance: its unit and the decision that adopted it, the limit rule in
 * force, every account with its balance, limit and what it may still pay (the balances summing to
 * zero, shown so anyone can check), and its clearings, each with its report.
 */
public record CreditView(String id, String name, String unit, Ref decision, String adoptedAt, boolean active, String rule, Ref ruleDecision,
        List<Account> accounts, String total, List<Clearing> clearings) {

    public record Account(Ref body, String balance, boolean negative, String limit, String source, String headroom, boolean member) {}

    public record Clearing(Ref report, String when, String status, String tone, String setOff, boolean settle) {}

    static CreditView of(Federation state, Ledger ledger, Instant now, Text t) {
        BodyId council = ledger.council();
        String unit = ledger.unit();
        List<Account> accounts = new ArrayList<>();
        for (BodyId b : ledger.accounts(state)) {
            Ledger.Limit limit = ledger.limitOf(state, b, now);
            long balance = ledger.balance(b);
            String source = limit.decision() == null ? t.plain("credit.source.none") : t.plain(limit.byRule() ? "credit.source.rule" : "credit.source.body");
            accounts.add(new Account(Books.account(state, council, b), Amounts.number(balance), balance < 0, Amounts.number(limit.amount()), source,
                    Amounts.number(Math.max(0, balance + limit.amount())), state.body(council).memberBodies().containsKey(b)));
        }
        List<Clearing> clearings = new ArrayList<>();
        for (ScheduledClearing c : ledger.clearings()) {
            String status = c.applied() ? "applied" : ledger.standing(state, c) ? "scheduled" : "annulled";
            clearings.add(new Clearing(Books.clearing(council, c.id(), c.id()), Words.when(c.applied() ? c.appliedAt() : c.when()),
                    t.plain("clearing.status." + status), status.equals("annulled") ? "bad" : status.equals("applied") ? "ok" : "",
                    c.applied() ? Amounts.of(c.setOff(), unit) : "—", c.settleThroughCredit()));
        }
        LimitRule rule = ledger.rule(state);
        Ref ruleDecision = null;
        if (rule != null) {
            for (Ledger.LimitSetting s : ledger.limitSettings()) {
                if (s.body() == null && !Books.annulled(state, s.decision())) {
                    ruleDecision = Books.decision(state, s.decision());
                }
            }
        }
        return new CreditView(council.value(), Books.name(state, council), unit, Books.decision(state, ledger.decision()), Words.when(ledger.adoptedAt()),
                ledger.active(state), rule == null ? t.plain("credit.rule.none") : History.rule(rule, unit, t), ruleDecision, accounts,
                Amounts.number(ledger.total()), clearings);
    }

    /** Every council that ever adopted mutual credit, for {@code /credit}: its page, named with its unit. */
    static List<Ref> councils(Federation state, Text t) {
        List<Ref> out = new ArrayList<>();
        for (Ledger l : state.credit().all()) {
            out.add(new Ref(Books.creditPath(l.council()), Books.name(state, l.council()),
                    t.plain(l.active(state) ? "credit.index.note" : "credit.index.suspended", l.unit(), l.accounts(state).size())));
        }
        out.sort(java.util.Comparator.comparing(Ref::label));
        return out;
    }
}
