package org.mandate.web.credit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mandate.core.BodyId;
import org.mandate.core.Federation;
import org.mandate.core.credit.Invoice;
import org.mandate.core.credit.Ledger;
import org.mandate.economy.clearing.ClearingResult;
import org.mandate.economy.clearing.CycleShare;
import org.mandate.economy.clearing.InvoiceSetOff;
import org.mandate.economy.clearing.SetOffCycle;
import org.mandate.server.credit.ClearingReplay;
import org.mandate.web.site.Ref;
import org.mandate.web.site.Text;
import org.mandate.web.site.Words;

/**
 * One invoice as a treasurer reconciles it, seen from one of its two bodies: the other body, the amount,
 * where it stands, what is still owed and what was paid, and for each clearing that touched it how much
 * was set off against which cycles of bodies and how much was settled through the accounts.
 */
public record InvoiceRow(String id, Ref council, Ref counterparty, String description, String amount, String status, String tone,
        String outstanding, String paid, String recorded, String recordedIso, Ref recordedBy, String answered, Ref answeredBy, String reason,
        List<Cleared> clearings) {

    /** What one clearing did to the invoice; {@code cycles} are the cycles of bodies its set-off went around. */
    public record Cleared(Ref clearing, String when, String setOff, String settled, List<Cycle> cycles) {}

    /** A cycle of bodies, each owing the next, the last owing the first; {@code amount} came off each of its invoices. */
    public record Cycle(int number, String amount, String path) {}

    /**
     * Explains applied clearings for the rows of one page: each clearing is explained again from the record
     * once, and each invoice's line found by id.
     */
    static final class Explained {
        private final Map<String, Map<String, InvoiceSetOff>> byClearing = new HashMap<>();
        private final Map<String, ClearingResult> results = new HashMap<>();

        InvoiceSetOff of(Ledger ledger, String clearing, String invoice) {
            String key = ledger.council().value() + "/" + clearing;
            return byClearing.computeIfAbsent(key, k -> {
                Map<String, InvoiceSetOff> lines = new HashMap<>();
                ClearingResult r = result(ledger, clearing);
                r.invoiceSetOffs().forEach(s -> lines.put(s.invoice().id(), s));
                return lines;
            }).get(invoice);
        }

        ClearingResult result(Ledger ledger, String clearing) {
            return results.computeIfAbsent(ledger.council().value() + "/" + clearing, k -> ClearingReplay.explain(ledger.clearing(clearing)));
        }
    }

    static InvoiceRow of(Federation state, Invoice i, BodyId seenFrom, Explained explained, Text t) {
        Ledger ledger = state.credit().of(i.council());
        String unit = ledger.unit();
        BodyId other = i.creditor().equals(seenFrom) ? i.debtor() : i.creditor();
        String status = status(i);
        List<Cleared> cleared = new ArrayList<>();
        for (Invoice.Cleared c : i.clearings()) {
            List<Cycle> cycles = new ArrayList<>();
            if (c.setOff() > 0) {
                InvoiceSetOff mine = explained.of(ledger, c.clearing(), i.id());
                ClearingResult result = explained.result(ledger, c.clearing());
                for (CycleShare share : mine == null ? List.<CycleShare>of() : mine.cycles()) {
                    cycles.add(cycle(state, result.cycle(share.cycle()), unit));
                }
            }
            cleared.add(new Cleared(Books.clearing(i.council(), c.clearing(), c.clearing()), Words.when(c.at()), Amounts.of(c.setOff(), unit),
                    Amounts.of(c.settled(), unit), cycles));
        }
        return new InvoiceRow(i.id(), new Ref(Books.creditPath(i.council()), Books.name(state, i.council()), unit),
                Books.account(state, i.council(), other), i.description(), Amounts.of(i.amount(), unit), t.plain("invoice.status." + status),
                switch (status) {
                    case "disputed" -> "bad";
                    case "paid" -> "ok";
                    default -> "";
                }, Amounts.of(i.outstanding(), unit), i.paid() == 0 ? "" : Amounts.of(i.paid(), unit), Words.when(i.recordedAt()), Words.iso(i.recordedAt()),
                Ref.member(i.recordedBy().value(), ""), i.answeredAt() == null ? "" : t.plain(i.status() == Invoice.Status.DISPUTED ? "invoice.disputed.on" : "invoice.accepted.on",
                        Words.when(i.answeredAt())), i.answeredBy() == null ? null : Ref.member(i.answeredBy().value(), ""),
                i.disputeReason() == null ? "" : i.disputeReason(), cleared);
    }

    /** Where the invoice stands, as the pages and the API name it: recorded, accepted, disputed, or paid (accepted, nothing left). */
    static String status(Invoice i) {
        return switch (i.status()) {
            case RECORDED -> "recorded";
            case DISPUTED -> "disputed";
            case ACCEPTED -> i.outstanding() == 0 ? "paid" : "accepted";
        };
    }

    /** The cycle's bodies by name, around and back to the first: "Bakery → Mill → Dairy → Bakery". */
    static Cycle cycle(Federation state, SetOffCycle c, String unit) {
        StringBuilder path = new StringBuilder();
        for (BodyId b : c.bodies()) {
            path.append(Books.name(state, b)).append(" → ");
        }
        path.append(Books.name(state, c.bodies().get(0)));
        return new Cycle(c.number(), Amounts.of(c.amount(), unit), path.toString());
    }
}
