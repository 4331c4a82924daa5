package org.mandate.web.credit;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.mandate.core.BodyId;
import org.mandate.core.Ids;
import org.mandate.core.MemberId;
import org.mandate.core.body.Body;
import org.mandate.core.credit.CreditCommand;
import org.mandate.web.body.BodyPages;
import org.mandate.web.site.Act;
import org.mandate.web.site.Form;
import org.mandate.web.site.Site;

/**
 * {@code /bodies/{id}/invoices}: a body's invoices, and the forms that record one in its name and accept
 * or dispute one sent to it. Each form is one of the core's commands; who may send it is the core's rule.
 */
final class InvoicesPage {
    private final Site site;

    InvoicesPage(Site site) {
        this.site = site;
    }

    void register(JavalinConfig config) {
        config.routes.get("/bodies/{id}/invoices", ctx -> show(ctx, 200, Form.NONE));
        config.routes.post("/bodies/{id}/invoices", this::record);
        config.routes.post("/bodies/{id}/invoices/{invoice}/accept", ctx -> answer(ctx, "accept"));
        config.routes.post("/bodies/{id}/invoices/{invoice}/dispute", ctx -> answer(ctx, "dispute"));
    }

    private void show(Context ctx, int status, Form form) {
        String id = ctx.pathParam("id");
        int issued = BodyPages.page(ctx.queryParam("issued"));
        int received = BodyPages.page(ctx.queryParam("received"));
        MemberId me = site.caller(ctx).member().orElse(null);
        InvoicesView view = !Ids.valid(id) ? null : site.read(state -> {
            Body b = state.body(new BodyId(id));
            return b == null ? null : InvoicesView.of(state, b, issued, received, me, site.now(), site.text());
        });
        if (view == null) {
            site.problem(ctx, 404, site.text().plain("body.unknown", id));
            return;
        }
        site.render(ctx, status, "credit/invoices.jte", site.text().plain("invoices.title", view.name()), view, form);
    }

    /** The creditor's office-holder records an invoice in the body's name. */
    private void record(Context ctx) throws Exception {
        String id = ctx.pathParam("id");
        if (!Ids.valid(id)) {
            site.problem(ctx, 404, site.text().plain("body.unknown", id));
            return;
        }
        Act.post(site, ctx, "invoice", (fields, errors, member) -> invoice(new BodyId(id), fields, errors), this::show,
                "/bodies/" + id + "/invoices#issued");
    }

    private CreditCommand.RecordInvoice invoice(BodyId creditor, Map<String, List<String>> fields, Map<String, String> errors) {
        String council = Form.first(fields, "council");
        String invoice = AccountPage.blankToNull(Form.first(fields, "invoice"));
        String debtor = Form.first(fields, "debtor");
        Long amount = Amounts.parse(Form.first(fields, "amount"));
        if (!Ids.valid(council)) {
            errors.put("council", site.text().plain("invoice.council.missing"));
        }
        if (!Ids.valid(invoice)) {
            errors.put("invoice", site.text().plain("credit.invoice.bad"));
        }
        if (!Ids.valid(debtor)) {
            errors.put("debtor", site.text().plain("invoice.debtor.missing"));
        }
        if (amount == null) {
            errors.put("amount", site.text().plain("credit.amount.bad"));
        }
        String description = Form.first(fields, "description");
        return errors.isEmpty() ? new CreditCommand.RecordInvoice(new BodyId(council), invoice, creditor, new BodyId(debtor), amount,
                description == null ? "" : description.strip()) : null;
    }

    /** The debtor's office-holder accepts the invoice, or disputes it with a reason; each invoice's forms are named after it. */
    private void answer(Context ctx, String how) throws Exception {
        String id = ctx.pathParam("id");
        String invoice = ctx.pathParam("invoice");
        if (!Ids.valid(id) || !Ids.valid(invoice)) {
            site.problem(ctx, 404, site.text().plain("invoice.unknown", invoice));
            return;
        }
        Act.post(site, ctx, how + "-" + invoice, (fields, errors, member) -> {
            if (how.equals("accept")) {
                return new CreditCommand.AcceptInvoice(invoice);
            }
            String reason = Form.first(fields, "reason");
            return new CreditCommand.DisputeInvoice(invoice, reason == null ? "" : reason.strip());
        }, this::show, "/bodies/" + id + "/invoices#inv-" + invoice);
    }
}
