package org.mandate.core.credit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.mandate.core.BodyId;
import org.mandate.core.Event;
import org.mandate.core.Federation;
import org.mandate.core.Outcome;
import org.mandate.core.credit.CreditCommand.ApplyClearing;
import org.mandate.core.credit.CreditEvent.ClearingApplied;
import org.mandate.core.credit.CreditEvent.InvoiceCleared;
import org.mandate.core.rule.Rejection;

/**
 * Checks a clearing the shell computed before it enters the record. The core does not search for the
 * greatest set-off (that is {@code mandate-economy}'s arithmetic, run by the server); it makes sure
 * that whatever is applied is a set-off at all: due, within what each accepted invoice still owes, and
 * leaving every body's net position exactly where it was, with any settlement kept within the limits.
 */
final class ClearingRules {
    private ClearingRules() {}

    static Outcome apply(Federation state, ApplyClearing c, Instant now) {
        Rejection r = CreditRules.books(state, c.council());
        if (r != null) {
            return Outcome.refuse(r);
        }
        Ledger ledger = state.credit().of(c.council());
        ScheduledClearing scheduled = ledger.clearing(c.clearing());
        if (scheduled == null || !ledger.standing(state, scheduled)) {
            return Outcome.refuse(new Rejection.UnknownClearing(c.clearing(), c.council()));
        }
        if (scheduled.applied()) {
            return Outcome.refuse(new Rejection.ClearingAlreadyApplied(c.clearing()));
        }
        if (now.isBefore(scheduled.when())) {
            return Outcome.refuse(new Rejection.ClearingNotDue(c.clearing(), scheduled.when()));
        }
        String problem = lines(ledger, scheduled, c.lines());
        if (problem != null) {
            return Outcome.refuse(new Rejection.InvalidClearing(c.clearing(), problem));
        }
        r = withinLimits(state, ledger, c.lines(), now);
        if (r != null) {
            return Outcome.refuse(r);
        }
        return Outcome.accept(events(ledger, c, now));
    }

    /** What is wrong with the lines themselves, or null. */
    private static String lines(Ledger ledger, ScheduledClearing scheduled, List<ClearingLine> lines) {
        Set<String> seen = new HashSet<>();
        Map<BodyId, Long> net = new TreeMap<>();
        for (ClearingLine line : lines) {
            Invoice i = line == null ? null : ledger.invoice(line.invoice());
            if (i == null) {
                return "there is no invoice " + (line == null ? "null" : "'" + line.invoice() + "'") + " in this council's mutual credit";
            }
            if (!seen.add(i.id())) {
                return "invoice '" + i.id() + "' is listed twice";
            }
            if (!i.clearable()) {
                return "invoice '" + i.id() + "' is " + (i.status() == Invoice.Status.ACCEPTED ? "paid" : i.status().words())
                        + ", and only accepted, unpaid invoices take part";
            }
            if (line.setOff() < 0 || line.settled() < 0) {
                return "the amounts for invoice '" + i.id() + "' are negative";
            }
            if (line.setOff() > i.outstanding() - line.settled()) {
                return "invoice '" + i.id() + "' has " + i.outstanding() + " outstanding, less than " + line.setOff() + " set off and "
                        + line.settled() + " settled";
            }
            if (line.settled() > 0 && !scheduled.settleThroughCredit()) {
                return "the council did not choose to settle through mutual credit in this clearing";
            }
            net.merge(i.creditor(), line.setOff(), Long::sum);
            net.merge(i.debtor(), -line.setOff(), Long::sum);
        }
        for (Map.Entry<BodyId, Long> e : net.entrySet()) {
            if (e.getValue() != 0) {
                return "the set-off would change the net position of " + e.getKey() + " by " + e.getValue()
                        + "; a set-off cancels debts around cycles and moves no one's net position";
            }
        }
        return null;
    }

    /**
     * A settlement pays each invoice's settled amount from its debtor's account to its creditor's, so a
     * body's balance moves by what it is paid less what it pays; no balance that falls may end below its
     * limit. Balances then still sum to zero, since every amount leaves one account and enters another.
     */
    private static Rejection withinLimits(Federation state, Ledger ledger, List<ClearingLine> lines, Instant now) {
        Map<BodyId, Long> change = new TreeMap<>();
        for (ClearingLine line : lines) {
            Invoice i = ledger.invoice(line.invoice());
            change.merge(i.creditor(), line.settled(), Long::sum);
            change.merge(i.debtor(), -line.settled(), Long::sum);
        }
        for (Map.Entry<BodyId, Long> e : change.entrySet()) {
            long balance = ledger.balance(e.getKey());
            long limit = ledger.limit(state, e.getKey(), now);
            if (e.getValue() < 0 && balance + e.getValue() < -limit) {
                return new Rejection.BeyondCreditLimit(e.getKey(), balance, -e.getValue(), limit);
            }
        }
        return null;
    }

    private static List<Event> events(Ledger ledger, ApplyClearing c, Instant now) {
        int invoices = 0;
        long outstanding = 0;
        for (Invoice i : ledger.invoices()) {
            if (i.clearable()) {
                invoices++;
                outstanding += i.outstanding();
            }
        }
        List<ClearingLine> changed = new ArrayList<>();
        long setOff = 0;
        long settled = 0;
        for (ClearingLine line : c.lines()) {
            setOff += line.setOff();
            settled += line.settled();
            if (line.setOff() > 0 || line.settled() > 0) {
                changed.add(line);
            }
        }
        changed.sort(Comparator.comparing(ClearingLine::invoice));
        List<Event> events = new ArrayList<>(changed.size() + 1);
        events.add(new ClearingApplied(now, c.council(), c.clearing(), invoices, outstanding, setOff, settled));
        for (ClearingLine line : changed) {
            events.add(new InvoiceCleared(now, c.council(), c.clearing(), line.invoice(), line.setOff(), line.settled()));
        }
        return events;
    }
}
