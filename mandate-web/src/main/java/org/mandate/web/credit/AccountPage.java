package org.mandate.web.credit;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.mandate.core.BodyId;
import org.mandate.core.Ids;
import org.mandate.core.MemberId;
import org.mandate.core.credit.CreditCommand;
import org.mandate.core.credit.Ledger;
import org.mandate.web.body.BodyPages;
import org.mandate.web.site.Act;
import org.mandate.web.site.Form;
import org.mandate.web.site.Site;

/** {@code /councils/{council}/accounts/{body}}: one account, its history, and the form that pays from it. */
final class AccountPage {
    private final Site site;

    AccountPage(Site site) {
        this.site = site;
    }

    void register(JavalinConfig config) {
        config.routes.get("/councils/{council}/accounts/{body}", ctx -> show(ctx, 200, Form.NONE));
        config.routes.post("/councils/{council}/accounts/{body}/payments", this::pay);
    }

    private void show(Context ctx, int status, Form form) {
        String council = ctx.pathParam("council");
        String body = ctx.pathParam("body");
        int page = BodyPages.page(ctx.queryParam("page"));
        MemberId me = site.caller(ctx).member().orElse(null);
        AccountView view = !Ids.valid(body) ? null : site.read(state -> {
            Ledger ledger = Books.of(state, council);
            BodyId b = new BodyId(body);
            return ledger == null || state.body(b) == null || !ledger.hasAccount(state, b) ? null
                    : AccountView.of(state, ledger, b, page, me, site.now(), site.text());
        });
        if (view == null) {
            site.problem(ctx, 404, site.text().plain("account.unknown", body, council));
            return;
        }
        site.render(ctx, status, "credit/account.jte", site.text().plain("account.title", view.bodyName(), view.councilName()), view, form);
    }

    private void pay(Context ctx) throws Exception {
        String council = ctx.pathParam("council");
        String body = ctx.pathParam("body");
        if (!Ids.valid(council) || !Ids.valid(body)) {
            site.problem(ctx, 404, site.text().plain("account.unknown", body, council));
            return;
        }
        Act.post(site, ctx, "pay", (fields, errors, member) -> payment(new BodyId(council), new BodyId(body), fields, errors), this::show,
                Books.accountPath(new BodyId(council), new BodyId(body)) + "#history");
    }

    /** The payment as typed; only the shape is checked here, the limit and the office are the core's rules. */
    private CreditCommand.MakePayment payment(BodyId council, BodyId from, Map<String, List<String>> fields, Map<String, String> errors) {
        String to = Form.first(fields, "to");
        Long amount = Amounts.parse(Form.first(fields, "amount"));
        String invoice = blankToNull(Form.first(fields, "invoice"));
        if (!Ids.valid(to)) {
            errors.put("to", site.text().plain("pay.to.missing"));
        }
        if (amount == null) {
            errors.put("amount", site.text().plain("credit.amount.bad"));
        }
        if (invoice != null && !Ids.valid(invoice)) {
            errors.put("invoice", site.text().plain("credit.invoice.bad"));
        }
        String reference = Form.first(fields, "reference");
        return errors.isEmpty() ? new CreditCommand.MakePayment(council, from, new BodyId(to), amount, reference == null ? "" : reference.strip(), invoice)
                : null;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
