package org.mandate.web.credit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mandate.core.BodyId;
import org.mandate.core.Federation;
import org.mandate.core.credit.ClearingLine;
import org.mandate.core.credit.Invoice;
import org.mandate.core.credit.Ledger;
import org.mandate.core.credit.LimitRule;
import org.mandate.core.credit.Movement;
import org.mandate.core.credit.ScheduledClearing;
import org.mandate.core.proposal.Proposal;
import org.mandate.web.site.Ref;
import org.mandate.web.site.Text;
import org.mandate.web.site.Words;

/**
 * An account's history as a treasurer reads it: every payment in and out, every clearing that set off
 * the body's debts (which moves no balance) and any settlement it paid through the accounts, and every
 * limit decision that concerns the body, each at the time it took effect. The ledger keeps payments and
 * settlements as movements; set-offs and limits are read beside them, so nothing here is stored twice.
 */
public final class History {
    private History() {}

    /**
     * One line: when, what happened in words, the other body (may be null), the payer's own note, links
     * to the invoice, clearing or decision behind it, the change and the balance after (both empty for a
     * line that moved no balance), and whether its decision was annulled since.
     */
    public record Line(String when, String iso, String what, Ref counterparty, String note, List<Ref> refs, String change, String balance,
            boolean annulled) {}

    private record Dated(Instant at, Line line) {}

    /** Every line of the body's account, oldest first. */
    static List<Line> of(Federation state, Ledger ledger, BodyId body, String unit, Text t) {
        BodyId council = ledger.council();
        List<Dated> all = new ArrayList<>();
        for (ScheduledClearing c : ledger.clearings()) {
            long setOff = c.applied() ? setOff(ledger, c, body) : 0;
            if (setOff > 0) {
                all.add(new Dated(c.appliedAt(), new Line(Words.when(c.appliedAt()), Words.iso(c.appliedAt()),
                        t.plain("history.setoff", Amounts.of(setOff, unit)), null, "",
                        List.of(Books.clearing(council, c.id(), t.plain("history.clearing", c.id()))), "", "", false)));
            }
        }
        // after the set-offs: a clearing sets off first and settles what is left at the same instant, and the sort keeps this order
        for (Movement m : ledger.history(body)) {
            all.add(new Dated(m.at(), movement(state, council, body, m, t)));
        }
        for (Ledger.LimitSetting s : ledger.limitSettings()) {
            Proposal p = state.proposal(s.decision());
            if ((s.body() == null || s.body().equals(body)) && p != null && p.closedAt() != null) {
                all.add(new Dated(p.closedAt(), new Line(Words.when(p.closedAt()), Words.iso(p.closedAt()), limit(s, unit, t), null, "",
                        List.of(new Ref("/proposals/" + p.id().value(), t.plain("credit.decision", p.title()), "")), "", "",
                        p.annulledBy() != null)));
            }
        }
        all.sort(Comparator.comparing(Dated::at));
        return all.stream().map(Dated::line).toList();
    }

    private static Line movement(Federation state, BodyId council, BodyId body, Movement m, Text t) {
        boolean out = m.change() < 0;
        List<Ref> refs = new ArrayList<>();
        if (m.invoice() != null) {
            refs.add(Books.invoice(body, m.invoice(), t.plain("history.invoice", m.invoice())));
        }
        String what;
        if (m.clearing() != null) {
            refs.add(Books.clearing(council, m.clearing(), t.plain("history.clearing", m.clearing())));
            what = t.plain(out ? "history.settled.out" : "history.settled.in");
        } else {
            what = t.plain(out ? "history.paid" : "history.received");
        }
        return new Line(Words.when(m.at()), Words.iso(m.at()), what, Books.account(state, council, m.counterparty()),
                m.reference() == null ? "" : m.reference(), refs, Amounts.signed(m.change()), Amounts.number(m.balance()), false);
    }

    /** What a clearing set off of the body's debts: the same as of its claims, since a set-off moves no net position. */
    static long setOff(Ledger ledger, ScheduledClearing c, BodyId body) {
        long sum = 0;
        for (ClearingLine line : c.lines().values()) {
            Invoice i = ledger.invoice(line.invoice());
            if (i != null && i.debtor().equals(body)) {
                sum += line.setOff();
            }
        }
        return sum;
    }

    static String limit(Ledger.LimitSetting s, String unit, Text t) {
        return s.rule() == null ? t.plain("history.limit", Amounts.of(s.limit(), unit)) : t.plain("history.rule", rule(s.rule(), unit, t));
    }

    /** A limit rule in words: "25% of its turnover over the last 6 months, at least 20 hours and at most 400 hours". */
    static String rule(LimitRule r, String unit, Text t) {
        String share = r.permille() % 10 == 0 ? String.valueOf(r.permille() / 10) : String.format(java.util.Locale.ROOT, "%.1f", r.permille() / 10.0);
        return t.plain("credit.rule.words", share, r.months(), Amounts.of(r.floor(), unit), Amounts.of(r.cap(), unit));
    }
}
