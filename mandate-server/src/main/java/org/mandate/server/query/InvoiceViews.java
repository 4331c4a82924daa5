package org.mandate.server.query;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.mandate.core.BodyId;
import org.mandate.core.credit.Invoice;
import org.mandate.core.credit.Ledger;
import org.mandate.economy.clearing.ClearingResult;
import org.mandate.economy.clearing.CycleShare;
import org.mandate.economy.clearing.InvoiceSetOff;
import org.mandate.economy.clearing.SetOffCycle;
import org.mandate.server.credit.ClearingReplay;

/**
 * Invoices, with what became of them: status, what is still owed, and for each clearing that touched
 * one how much was set off, against which cycles of bodies, and how much was settled through the
 * accounts, so a treasurer can reconcile it line by line. An invoice is part of its council's mutual
 * credit and is read by whoever may read that council.
 */
public final class InvoiceViews {
    static final Set<String> STATUSES = Set.of("recorded", "accepted", "disputed", "paid");

    private InvoiceViews() {}

    /** The body's invoices, newest first, optionally only those of a status and those where it is creditor or debtor. */
    public static Answer ofBody(Reading r, BodyId id, String status, String role, PageRequest page) {
        if (status != null && !STATUSES.contains(status)) {
            return Answer.badRequest("BadRequest", "'status' must be one of recorded, accepted, disputed, paid; got '" + status + "'");
        }
        if (role != null && !role.equals("creditor") && !role.equals("debtor")) {
            return Answer.badRequest("BadRequest", "'role' must be 'creditor' or 'debtor'; got '" + role + "'");
        }
        if (!r.access().mayRead(r.state(), id)) {
            return Answer.notFound("UnknownBody", r.access().noSuch("body", id));
        }
        Map<String, ClearingResult> explained = new HashMap<>();
        return page.newestFirst(r, r.state().credit().invoicesOf(id), i -> {
            String mine = i.creditor().equals(id) ? "creditor" : "debtor";
            boolean shown = r.access().mayRead(r.state(), i.council()) && (status == null || status.equals(status(i)))
                    && (role == null || role.equals(mine));
            return shown ? invoice(r, i, explained).put("role", mine) : null;
        });
    }

    public static Answer detail(Reading r, String id) {
        Invoice i = r.state().credit().invoice(id);
        if (i == null || !r.access().mayRead(r.state(), i.council())) {
            return Answer.notFound("UnknownInvoice", r.access().noSuch("invoice", id));
        }
        return r.found(invoice(r, i, new HashMap<>()));
    }

    static String status(Invoice i) {
        return switch (i.status()) {
            case RECORDED -> "recorded";
            case DISPUTED -> "disputed";
            case ACCEPTED -> i.outstanding() == 0 ? "paid" : "accepted";
        };
    }

    /** One invoice; {@code explained} keeps each clearing's report for the invoices of one answer. */
    static ObjectNode invoice(Reading r, Invoice i, Map<String, ClearingResult> explained) {
        Ledger ledger = r.state().credit().of(i.council());
        ObjectNode node = r.object().put("id", i.id()).put("council", i.council().value()).put("unit", ledger.unit())
                .put("creditor", i.creditor().value()).put("debtor", i.debtor().value()).put("amount", i.amount())
                .put("description", i.description()).put("status", status(i)).put("outstanding", i.outstanding()).put("paid", i.paid())
                .put("recordedAt", i.recordedAt().toString()).put("recordedBy", i.recordedBy().value());
        Reading.time(node, "answeredAt", i.answeredAt());
        Reading.text(node, "answeredBy", i.answeredBy());
        Reading.text(node, "disputeReason", i.disputeReason());
        ArrayNode clearings = node.putArray("clearings");
        for (Invoice.Cleared c : i.clearings()) {
            ObjectNode line = clearings.addObject().put("clearing", c.clearing()).put("at", c.at().toString()).put("setOff", c.setOff())
                    .put("settled", c.settled());
            ArrayNode cycles = line.putArray("cycles");
            if (c.setOff() > 0) {
                ClearingResult result = explained.computeIfAbsent(c.clearing(), k -> ClearingReplay.explain(ledger.clearing(k)));
                InvoiceSetOff mine = result.invoiceSetOffs().stream().filter(s -> s.invoice().id().equals(i.id())).findFirst().orElseThrow();
                for (CycleShare share : mine.cycles()) {
                    cycles.add(cycle(r, result.cycle(share.cycle())));
                }
            }
        }
        return node;
    }

    /** A cycle of bodies: each owed the next by the invoice beside it, the last owed the first; each invoice reduced by {@code amount}. */
    static ObjectNode cycle(Reading r, SetOffCycle c) {
        ObjectNode node = r.object().put("number", c.number()).put("amount", c.amount()).put("length", c.length())
                .put("cancelled", c.amount() * c.length());
        ArrayNode bodies = node.putArray("bodies");
        c.bodies().forEach(b -> bodies.add(b.value()));
        ArrayNode invoices = node.putArray("invoices");
        c.invoices().forEach(invoices::add);
        return node;
    }
}
