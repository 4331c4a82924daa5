package org.mandate.web.credit;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.List;
import org.mandate.core.Ids;
import org.mandate.core.credit.Ledger;
import org.mandate.core.credit.ScheduledClearing;
import org.mandate.web.body.BodyPages;
import org.mandate.web.site.Form;
import org.mandate.web.site.Ref;
import org.mandate.web.site.Site;

/**
 * The credit pages: {@code /credit} (every council that runs mutual credit), a council's
 * {@code /councils/{id}/credit} (accounts and clearings), a clearing's report, and, through
 * {@link AccountPage} and {@link InvoicesPage}, an account and a body's invoices with their forms.
 */
public final class CreditPages {
    private final Site site;

    public CreditPages(Site site) {
        this.site = site;
    }

    public void register(JavalinConfig config) {
        config.routes.get("/credit", ctx -> site.render(ctx, 200, "credit/index.jte", site.text().plain("credit.index.title"),
                site.read(state -> CreditView.councils(state, site.text())), Form.NONE));
        config.routes.get("/councils/{council}/credit", this::council);
        config.routes.get("/councils/{council}/clearings/{clearing}", this::clearing);
        new AccountPage(site).register(config);
        new InvoicesPage(site).register(config);
    }

    private void council(Context ctx) {
        String id = ctx.pathParam("council");
        CreditView view = site.read(state -> {
            Ledger ledger = Books.of(state, id);
            return ledger == null ? null : CreditView.of(state, ledger, site.now(), site.text());
        });
        if (view == null) {
            site.problem(ctx, 404, site.text().plain("credit.unknown", id));
            return;
        }
        site.render(ctx, 200, "credit/council.jte", site.text().plain("credit.title", view.name()), view, Form.NONE);
    }

    private void clearing(Context ctx) {
        String id = ctx.pathParam("council");
        String clearing = ctx.pathParam("clearing");
        int bodies = BodyPages.page(ctx.queryParam("bodies"));
        int invoices = BodyPages.page(ctx.queryParam("invoices"));
        ClearingView view = !Ids.valid(clearing) ? null : site.read(state -> {
            Ledger ledger = Books.of(state, id);
            ScheduledClearing c = ledger == null ? null : ledger.clearing(clearing);
            return c == null ? null : ClearingView.of(state, ledger, c, bodies, invoices, site.text());
        });
        if (view == null) {
            site.problem(ctx, 404, site.text().plain("clearing.unknown", clearing, id));
            return;
        }
        site.render(ctx, 200, "credit/clearing.jte", site.text().plain("clearing.title", view.id()), view, Form.NONE);
    }

    /** The links from a body's page: its account in each council whose mutual credit stands, and its invoices. Empty when it has none. */
    public static List<Ref> links(org.mandate.core.Federation state, org.mandate.core.BodyId body, org.mandate.web.site.Text t) {
        List<Ref> out = new java.util.ArrayList<>();
        for (Ledger l : Books.accountsOf(state, body)) {
            out.add(new Ref(Books.accountPath(l.council(), body), t.plain("credit.link.account", Books.name(state, l.council())), l.unit()));
        }
        if (!out.isEmpty() || !state.credit().invoicesOf(body).isEmpty()) {
            out.add(new Ref(Books.invoicesPath(body), t.plain("credit.link.invoices"), ""));
        }
        Ledger own = state.credit().of(body);
        if (own != null) {
            out.add(0, new Ref(Books.creditPath(body), t.plain("credit.link.council"), own.unit()));
        }
        return out;
    }
}
