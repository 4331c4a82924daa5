package org.mandate.server.query;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import org.mandate.core.BodyId;
import org.mandate.core.credit.ClearingLine;
import org.mandate.core.credit.Ledger;
import org.mandate.core.credit.ScheduledClearing;
import org.mandate.economy.clearing.BodyClearing;
import org.mandate.economy.clearing.ClearingResult;
import org.mandate.economy.clearing.FederationClearing;
import org.mandate.economy.clearing.InvoiceSetOff;
import org.mandate.economy.clearing.SetOffCycle;
import org.mandate.server.credit.ClearingReplay;

/**
 * A council's clearings, and the report of one: the federation's totals before and after (share cleared,
 * remaining debt against the net-internal-debt bound, and what settlement through the accounts cleared
 * beyond), each body's position and balance before and after, the largest cycles it cancelled, and each
 * invoice's line. Recomputed from the record, never stored apart from it.
 */
public final class ClearingViews {
    /** Cycles a report lists unless asked for another number. */
    static final int CYCLES = 10;
    static final int MAX_CYCLES = 200;

    private ClearingViews() {}

    public static Answer ofCouncil(Reading r, BodyId id) {
        Answer.Problem none = CreditViews.problem(r, id);
        if (none != null) {
            return none;
        }
        Ledger ledger = r.state().credit().of(id);
        ObjectNode node = r.object().put("council", id.value()).put("unit", ledger.unit());
        ArrayNode out = node.putArray("clearings");
        for (ScheduledClearing c : ledger.clearings()) {
            out.add(summary(r, ledger, c));
        }
        return r.found(node);
    }

    /** The report; {@code cycles} is how many of the largest cycles to list (text from the query, checked here). */
    public static Answer report(Reading r, BodyId council, String id, String cycles) {
        int largest = cycles == null ? CYCLES : count(cycles);
        if (largest < 0) {
            return Answer.badRequest("BadRequest", "'cycles' must be a whole number from 0 to " + MAX_CYCLES + "; got '" + cycles + "'");
        }
        Answer.Problem none = CreditViews.problem(r, council);
        if (none != null) {
            return none;
        }
        Ledger ledger = r.state().credit().of(council);
        ScheduledClearing c = ledger.clearing(id);
        if (c == null) {
            return Answer.notFound("UnknownClearing", "council '" + council + "' has scheduled no clearing '" + id + "'");
        }
        ObjectNode node = summary(r, ledger, c).put("council", council.value()).put("unit", ledger.unit());
        if (c.applied()) {
            ClearingResult result = ClearingReplay.explain(c);
            node.set("totals", totals(r, c, result.federation()));
            node.set("bodies", bodies(r, c, result));
            ObjectNode cyc = node.putObject("cycles").put("count", result.cycleCount());
            ArrayNode list = cyc.putArray("largest");
            result.cycles().stream().sorted(Comparator.comparingLong((SetOffCycle s) -> -s.amount() * s.length())
                    .thenComparingInt(SetOffCycle::number)).limit(largest).forEach(s -> list.add(InvoiceViews.cycle(r, s)));
            ArrayNode invoices = node.putArray("invoices");
            for (InvoiceSetOff i : result.invoiceSetOffs()) {
                long settled = settled(c, i.invoice().id());
                invoices.addObject().put("invoice", i.invoice().id()).put("debtor", i.invoice().debtor().value())
                        .put("creditor", i.invoice().creditor().value()).put("outstandingBefore", i.invoice().outstanding())
                        .put("setOff", i.setOff()).put("settled", settled).put("remaining", i.remaining() - settled);
            }
        }
        return r.found(node);
    }

    private static ObjectNode summary(Reading r, Ledger ledger, ScheduledClearing c) {
        ObjectNode node = r.object().put("id", c.id()).put("when", c.when().toString()).put("settleThroughCredit", c.settleThroughCredit())
                .put("decision", c.decision().value())
                .put("status", c.applied() ? "applied" : ledger.standing(r.state(), c) ? "scheduled" : "annulled");
        if (c.applied()) {
            node.put("appliedAt", c.appliedAt().toString()).put("invoices", c.participants().size()).put("outstanding", c.outstanding())
                    .put("setOff", c.setOff()).put("settled", c.settled());
        }
        return node;
    }

    private static ObjectNode totals(Reading r, ScheduledClearing c, FederationClearing f) {
        long remaining = f.remaining() - c.settled();
        return r.object().put("bodies", f.bodies()).put("invoices", f.invoices()).put("outstandingBefore", f.totalBefore())
                .put("setOff", f.setOff()).put("remaining", f.remaining()).put("netInternalDebt", f.netInternalDebt())
                .put("shareCleared", f.shareCleared()).put("remainingOverBound", f.remainingOverBound()).put("settled", c.settled())
                .put("remainingAfterSettlement", remaining)
                .put("shareClearedWithCredit", f.totalBefore() == 0 ? 0 : (double) (f.setOff() + c.settled()) / f.totalBefore());
    }

    private static ArrayNode bodies(Reading r, ScheduledClearing c, ClearingResult result) {
        Map<BodyId, long[]> moved = new TreeMap<>();
        for (ScheduledClearing.Participant p : c.participants()) {
            long settled = settled(c, p.invoice());
            moved.computeIfAbsent(p.creditor(), k -> new long[2])[0] += settled;
            moved.computeIfAbsent(p.debtor(), k -> new long[2])[1] += settled;
        }
        ArrayNode out = r.array();
        for (BodyClearing b : result.bodies()) {
            long[] inOut = moved.getOrDefault(b.body(), new long[2]);
            long before = c.balancesBefore().getOrDefault(b.body(), 0L);
            out.addObject().put("body", b.body().value()).put("owedBefore", b.owedBefore()).put("owedAfter", b.owedAfter())
                    .put("owingBefore", b.owingBefore()).put("owingAfter", b.owingAfter()).put("net", b.net()).put("setOff", b.setOff())
                    .put("settledIn", inOut[0]).put("settledOut", inOut[1]).put("balanceBefore", before)
                    .put("balanceAfter", before + inOut[0] - inOut[1]);
        }
        return out;
    }

    private static long settled(ScheduledClearing c, String invoice) {
        ClearingLine line = c.lines().get(invoice);
        return line == null ? 0 : line.settled();
    }

    private static int count(String text) {
        if (text.isEmpty() || text.length() > 3 || !text.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return -1;
        }
        int n = Integer.parseInt(text);
        return n <= MAX_CYCLES ? n : -1;
    }
}
