package org.mandate.server.http;

import io.javalin.config.JavalinConfig;
import org.mandate.core.BodyId;
import org.mandate.server.query.ClearingViews;
import org.mandate.server.query.CreditViews;
import org.mandate.server.query.InvoiceViews;

/**
 * The queries of mutual credit under {@code /api/v1}, read like every other query (one read of the read
 * model, {@code ?atLeast=} honoured): a council's accounts and one account's history, a body's invoices,
 * one invoice, a council's clearings and one clearing's report.
 */
final class CreditRoutes {
    private CreditRoutes() {}

    static void register(JavalinConfig config, Wiring w) {
        config.routes.get("/api/v1/bodies/{body}/accounts", ctx -> QueryRoutes.one(ctx, w, "body", BodyId::new, CreditViews::accounts));
        config.routes.get("/api/v1/bodies/{body}/accounts/{account}", ctx -> {
            BodyId council = QueryRoutes.id(ctx, w, "body", BodyId::new);
            BodyId account = council == null ? null : QueryRoutes.id(ctx, w, "account", BodyId::new);
            if (account != null) {
                QueryRoutes.paged(ctx, w, (r, page) -> CreditViews.account(r, council, account, page));
            }
        });
        config.routes.get("/api/v1/bodies/{body}/invoices", ctx -> QueryRoutes.pagedOf(ctx, w, "body", BodyId::new,
                (r, body, page) -> InvoiceViews.ofBody(r, body, ctx.queryParam("status"), ctx.queryParam("role"), page)));
        config.routes.get("/api/v1/invoices/{invoice}", ctx -> QueryRoutes.one(ctx, w, "invoice", s -> s, InvoiceViews::detail));
        config.routes.get("/api/v1/bodies/{body}/clearings", ctx -> QueryRoutes.one(ctx, w, "body", BodyId::new, ClearingViews::ofCouncil));
        config.routes.get("/api/v1/bodies/{body}/clearings/{clearing}", ctx -> {
            BodyId council = QueryRoutes.id(ctx, w, "body", BodyId::new);
            String clearing = council == null ? null : QueryRoutes.id(ctx, w, "clearing", s -> s);
            if (clearing != null) {
                QueryRoutes.one(ctx, w, "body", BodyId::new, (r, id) -> ClearingViews.report(r, council, clearing, ctx.queryParam("cycles")));
            }
        });
    }
}
