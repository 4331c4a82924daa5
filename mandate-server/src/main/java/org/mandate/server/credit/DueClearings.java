package org.mandate.server.credit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.mandate.core.BodyId;
import org.mandate.core.Context;
import org.mandate.core.Event;
import org.mandate.core.Federation;
import org.mandate.core.Mandate;
import org.mandate.core.Outcome;
import org.mandate.core.credit.ClearingLine;
import org.mandate.core.credit.CreditCommand.ApplyClearing;
import org.mandate.core.credit.Ledger;
import org.mandate.core.credit.ScheduledClearing;
import org.mandate.economy.clearing.Clearing;
import org.mandate.economy.clearing.ClearingResult;
import org.mandate.economy.clearing.Invoice;
import org.mandate.economy.credit.CreditLine;
import org.mandate.economy.credit.CreditSettlement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies, on the writer's thread after each tick, every clearing that has fallen due: computes it with
 * {@code mandate-economy} from the writer's state and executes {@code apply-clearing} as the system, so
 * the core checks it like any command. One at a time, each seeing the invoices the one before left.
 */
public final class DueClearings {
    private static final Logger LOG = LoggerFactory.getLogger(DueClearings.class);

    /** Clearings the core refused: a bug in this computation; not tried again until a restart, and logged. */
    private final Set<String> refused = new HashSet<>();

    /** Applies what is due at {@code now} to {@code state} and returns the events, in order. */
    public List<Event> apply(Federation state, Instant now) {
        List<Event> events = new ArrayList<>();
        while (true) {
            ScheduledClearing next = state.credit().due(state, now).stream()
                    .filter(c -> !refused.contains(c.council() + "/" + c.id())).findFirst().orElse(null);
            if (next == null) {
                return events;
            }
            Outcome o = Mandate.execute(state, command(state, next, now), Context.system(now));
            switch (o) {
                case Outcome.Accepted a -> events.addAll(a.events());
                case Outcome.Refused r -> {
                    refused.add(next.council() + "/" + next.id());
                    LOG.error("the core refused clearing {} of {} as computed: {}", next.id(), next.council(), r.rejection().message());
                }
            }
        }
    }

    /**
     * The clearing as the economy computes it on the council's accepted, unpaid invoices: the greatest
     * set-off, then, if the council chose it, the settlement of what remains within each account's
     * headroom (a body already below its limit has none).
     */
    public static ApplyClearing command(Federation state, ScheduledClearing due, Instant now) {
        Ledger ledger = state.credit().of(due.council());
        List<Invoice> invoices = invoices(ledger);
        ClearingResult result = Clearing.clear(invoices);
        CreditSettlement settlement = due.settleThroughCredit() && !invoices.isEmpty()
                ? CreditSettlement.settle(result, creditLines(state, ledger, invoices, now)) : null;
        List<ClearingLine> lines = new ArrayList<>();
        for (Invoice i : result.invoices()) {
            long setOff = result.setOff(i.id());
            long settled = settlement == null ? 0 : settlement.settled(i.id());
            if (setOff > 0 || settled > 0) {
                lines.add(new ClearingLine(i.id(), setOff, settled));
            }
        }
        return new ApplyClearing(due.council(), due.id(), lines);
    }

    /** The council's accepted invoices with something still owed, in the economy's terms. */
    public static List<Invoice> invoices(Ledger ledger) {
        List<Invoice> out = new ArrayList<>();
        for (org.mandate.core.credit.Invoice i : ledger.invoices()) {
            if (i.clearable()) {
                out.add(new Invoice(i.id(), i.debtor(), i.creditor(), i.outstanding()));
            }
        }
        return out;
    }

    /**
     * Each account of a body with an invoice in the clearing, with its balance and its limit at
     * {@code now}; a body already below its limit (lowered since, or a rule's window moved on) is given
     * none to spend, never a limit below its balance.
     */
    public static List<CreditLine> creditLines(Federation state, Ledger ledger, List<Invoice> invoices, Instant now) {
        TreeSet<BodyId> bodies = new TreeSet<>();
        invoices.forEach(i -> {
            bodies.add(i.debtor());
            bodies.add(i.creditor());
        });
        List<CreditLine> lines = new ArrayList<>();
        for (BodyId b : bodies) {
            long balance = ledger.balance(b);
            lines.add(new CreditLine(b, balance, Math.max(ledger.limit(state, b, now), -balance)));
        }
        return lines;
    }
}
