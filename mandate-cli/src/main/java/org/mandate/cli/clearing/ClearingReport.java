package org.mandate.cli.clearing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import org.mandate.economy.clearing.BodyClearing;
import org.mandate.economy.clearing.ClearingResult;
import org.mandate.economy.clearing.CycleShare;
import org.mandate.economy.clearing.FederationClearing;
import org.mandate.economy.clearing.InvoiceSetOff;
import org.mandate.economy.clearing.SetOffCycle;
import org.mandate.economy.credit.CreditMovement;
import org.mandate.economy.credit.CreditSettlement;

/**
 * Prints a {@link ClearingResult}. Amounts stay whole numbers of the smallest unit, as they were read:
 * the report never rounds what a treasurer has to reconcile.
 */
public final class ClearingReport {
    private ClearingReport() {}

    public static void text(ClearingResult result, Optional<CreditSettlement> settlement, PrintWriter out) {
        FederationClearing f = result.federation();
        out.printf("Clearing of %d invoices between %d bodies%n", f.invoices(), f.bodies());
        out.printf("  outstanding before       %d%n", f.totalBefore());
        out.printf(Locale.ROOT, "  set off                  %d (%.2f %% of the outstanding total)%n", f.setOff(), 100 * f.shareCleared());
        out.printf("  remaining                %d%n", f.remaining());
        out.printf(Locale.ROOT, "  net-internal-debt bound  %d (remaining / bound = %.4f; no set-off can go below the bound)%n",
                f.netInternalDebt(), f.remainingOverBound());
        out.println();
        out.println("Bodies: owed before -> after, owing before -> after, net position (unchanged)");
        for (BodyClearing b : result.bodies()) {
            out.printf("  %s: owed %d -> %d, owing %d -> %d, net %d%n", b.body(), b.owedBefore(), b.owedAfter(),
                    b.owingBefore(), b.owingAfter(), b.net());
        }
        out.println();
        out.println("Invoices: debtor -> creditor, outstanding, set off, remaining, and the cycles it was set off against");
        for (InvoiceSetOff i : result.invoiceSetOffs()) {
            StringBuilder cycles = new StringBuilder();
            for (CycleShare share : i.cycles()) {
                cycles.append(cycles.isEmpty() ? "  cycles " : ", ").append('#').append(share.cycle()).append(' ').append(share.amount());
            }
            out.printf("  %s: %s -> %s, outstanding %d, set off %d, remaining %d%s%n", i.invoice().id(), i.invoice().debtor(),
                    i.invoice().creditor(), i.invoice().outstanding(), i.setOff(), i.remaining(), cycles);
        }
        out.println();
        out.println("Cycles: amount set off on every invoice of the cycle, and the bodies around it");
        for (SetOffCycle c : result.cycles()) {
            StringBuilder around = new StringBuilder();
            for (int k = 0; k < c.length(); k++) {
                around.append(c.bodies().get(k)).append(" -(").append(c.invoices().get(k)).append(")-> ");
            }
            around.append(c.bodies().get(0));
            out.printf("  #%d: %d: %s%n", c.number(), c.amount(), around);
        }
        settlement.ifPresent(s -> credit(s, out));
    }

    private static void credit(CreditSettlement s, PrintWriter out) {
        out.println();
        out.println("Settlement through mutual credit of what clearing left");
        out.printf("  paid through accounts    %d%n", s.paid());
        out.printf("  debt discharged          %d (each payment once per invoice on its chain)%n", s.discharged());
        out.printf("  remaining                %d -> %d%n", s.remainingBefore(), s.remainingAfter());
        for (CreditMovement m : s.movements()) {
            out.printf("  %s: balance %d -> %d (limit %d)%n", m.body(), m.balanceBefore(), m.balanceAfter(), m.limit());
        }
    }

    public static void json(ClearingResult result, Optional<CreditSettlement> settlement, PrintWriter out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            FederationClearing f = result.federation();
            g.writeStartObject();
            g.writeObjectFieldStart("totals");
            g.writeNumberField("bodies", f.bodies());
            g.writeNumberField("invoices", f.invoices());
            g.writeNumberField("outstandingBefore", f.totalBefore());
            g.writeNumberField("setOff", f.setOff());
            g.writeNumberField("remaining", f.remaining());
            g.writeNumberField("netInternalDebt", f.netInternalDebt());
            g.writeNumberField("shareCleared", f.shareCleared());
            g.writeNumberField("remainingOverBound", f.remainingOverBound());
            g.writeEndObject();
            g.writeArrayFieldStart("invoices");
            for (InvoiceSetOff i : result.invoiceSetOffs()) {
                g.writeStartObject();
                g.writeStringField("id", i.invoice().id());
                g.writeStringField("debtor", i.invoice().debtor().value());
                g.writeStringField("creditor", i.invoice().creditor().value());
                g.writeNumberField("outstanding", i.invoice().outstanding());
                g.writeNumberField("setOff", i.setOff());
                g.writeNumberField("remaining", i.remaining());
                if (settlement.isPresent()) {
                    g.writeNumberField("settledByCredit", settlement.get().settled(i.invoice().id()));
                }
                g.writeArrayFieldStart("cycles");
                for (CycleShare share : i.cycles()) {
                    g.writeStartObject();
                    g.writeNumberField("cycle", share.cycle());
                    g.writeNumberField("amount", share.amount());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("cycles");
            for (SetOffCycle c : result.cycles()) {
                g.writeStartObject();
                g.writeNumberField("number", c.number());
                g.writeNumberField("amount", c.amount());
                g.writeArrayFieldStart("bodies");
                for (var body : c.bodies()) {
                    g.writeString(body.value());
                }
                g.writeEndArray();
                g.writeArrayFieldStart("invoices");
                for (String id : c.invoices()) {
                    g.writeString(id);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("bodies");
            for (BodyClearing b : result.bodies()) {
                g.writeStartObject();
                g.writeStringField("body", b.body().value());
                g.writeNumberField("owedBefore", b.owedBefore());
                g.writeNumberField("owedAfter", b.owedAfter());
                g.writeNumberField("owingBefore", b.owingBefore());
                g.writeNumberField("owingAfter", b.owingAfter());
                g.writeNumberField("net", b.net());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (settlement.isPresent()) {
                creditJson(settlement.get(), g);
            }
            g.writeEndObject();
        }
        out.println();
    }

    private static void creditJson(CreditSettlement s, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("credit");
        g.writeNumberField("paid", s.paid());
        g.writeNumberField("discharged", s.discharged());
        g.writeNumberField("remainingBefore", s.remainingBefore());
        g.writeNumberField("remainingAfter", s.remainingAfter());
        g.writeArrayFieldStart("accounts");
        for (CreditMovement m : s.movements()) {
            g.writeStartObject();
            g.writeStringField("body", m.body().value());
            g.writeNumberField("balanceBefore", m.balanceBefore());
            g.writeNumberField("balanceAfter", m.balanceAfter());
            g.writeNumberField("limit", m.limit());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
