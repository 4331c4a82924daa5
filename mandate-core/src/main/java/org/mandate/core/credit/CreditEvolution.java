package org.mandate.core.credit;

import java.util.ArrayList;
import java.util.List;
import org.mandate.core.BodyId;
import org.mandate.core.Federation;
import org.mandate.core.MandateException;
import org.mandate.core.credit.CreditEvent.*;

/**
 * Folds credit events. Every movement takes an amount out of one account and puts it into another in
 * the same event, so balances sum to zero after every event, not only after every command.
 */
public final class CreditEvolution {
    private CreditEvolution() {}

    public static void evolve(Federation state, CreditEvent event) {
        Ledgers all = state.credit();
        if (event instanceof MutualCreditAdopted e) {
            all.adopt(e.council()).adopt(e.unit(), e.decision(), e.at());
            return;
        }
        Ledger ledger = all.of(event.council());
        if (ledger == null) {
            throw new MandateException("credit event of " + event.council() + ", which never adopted mutual credit: the log is not consistent");
        }
        switch (event) {
            case MutualCreditAdopted e -> throw new IllegalStateException("handled above");
            case CreditLimitSet e -> ledger.limit(new Ledger.LimitSetting(e.decision(), e.body(), e.limit(), null));
            case LimitRuleAdopted e -> ledger.limit(new Ledger.LimitSetting(e.decision(), null, 0,
                    new LimitRule(e.permille(), e.months(), e.floor(), e.cap())));
            case ClearingScheduled e -> ledger.schedule(new ScheduledClearing(e.clearing(), e.council(), e.when(), e.settleThroughCredit(),
                    e.decision()));
            case PaymentMade e -> {
                move(ledger, e.from(), e.to(), e.amount(), e.at(), e.reference(), e.invoice(), null);
                if (e.invoice() == null) {
                    ledger.received(e.to(), e.at(), e.amount());
                } else {
                    invoice(ledger, e.invoice()).pay(e.amount());
                }
            }
            case InvoiceRecorded e -> {
                Invoice i = new Invoice(e.invoice(), e.council(), e.creditor(), e.debtor(), e.amount(), e.description(), e.at(), e.by());
                ledger.add(i);
                all.add(i);
                ledger.open(e.creditor());
                ledger.open(e.debtor());
            }
            case InvoiceAccepted e -> {
                Invoice i = invoice(ledger, e.invoice());
                i.accept(e.at(), e.by());
                ledger.received(i.creditor(), e.at(), i.amount());
            }
            case InvoiceDisputed e -> invoice(ledger, e.invoice()).dispute(e.at(), e.by(), e.reason());
            case ClearingApplied e -> {
                List<ScheduledClearing.Participant> taking = new ArrayList<>();
                for (Invoice i : ledger.invoices()) {
                    if (i.clearable()) {
                        taking.add(new ScheduledClearing.Participant(i.id(), i.debtor(), i.creditor(), i.outstanding()));
                    }
                }
                taking.sort(java.util.Comparator.comparing(ScheduledClearing.Participant::invoice));
                clearing(ledger, e.clearing()).applied(e, taking, ledger.balancesNow());
            }
            case InvoiceCleared e -> {
                Invoice i = invoice(ledger, e.invoice());
                i.cleared(new Invoice.Cleared(e.clearing(), e.at(), e.setOff(), e.settled()));
                clearing(ledger, e.clearing()).line(new ClearingLine(e.invoice(), e.setOff(), e.settled()));
                if (e.settled() > 0) {
                    move(ledger, i.debtor(), i.creditor(), e.settled(), e.at(), "", i.id(), e.clearing());
                }
            }
        }
    }

    private static void move(Ledger ledger, BodyId from, BodyId to, long amount, java.time.Instant at, String reference, String invoice,
            String clearing) {
        ledger.move(from, new Movement(at, to, -amount, ledger.balance(from) - amount, reference, invoice, clearing));
        ledger.move(to, new Movement(at, from, amount, ledger.balance(to) + amount, reference, invoice, clearing));
    }

    private static Invoice invoice(Ledger ledger, String id) {
        Invoice i = ledger.invoice(id);
        if (i == null) {
            throw new MandateException("no invoice " + id + " in " + ledger.council() + ": the log is not consistent");
        }
        return i;
    }

    private static ScheduledClearing clearing(Ledger ledger, String id) {
        ScheduledClearing c = ledger.clearing(id);
        if (c == null) {
            throw new MandateException("no clearing " + id + " in " + ledger.council() + ": the log is not consistent");
        }
        return c;
    }
}
