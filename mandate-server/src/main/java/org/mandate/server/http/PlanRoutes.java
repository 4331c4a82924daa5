package org.mandate.server.http;

import io.javalin.config.JavalinConfig;
import org.mandate.core.BodyId;
import org.mandate.server.query.PlanRoundViews;
import org.mandate.server.query.PlanViews;

/**
 * The queries of participatory planning under {@code /api/v1}, read like every other query (one read of
 * the read model, {@code ?atLeast=} honoured): a council's plan periods, one plan with its convergence,
 * one round's prices and imbalances, and one body's statement and proposals. The plan's commands and
 * motions go through {@code /api/v1/commands} like every other; its rounds only the server records.
 */
final class PlanRoutes {
    private PlanRoutes() {}

    static void register(JavalinConfig config, Wiring w) {
        config.routes.get("/api/v1/bodies/{body}/plans", ctx -> QueryRoutes.one(ctx, w, "body", BodyId::new, PlanViews::ofCouncil));
        config.routes.get("/api/v1/plans/{plan}", ctx -> QueryRoutes.one(ctx, w, "plan", s -> s, PlanViews::detail));
        config.routes.get("/api/v1/plans/{plan}/rounds/{round}", ctx -> QueryRoutes.one(ctx, w, "plan", s -> s,
                (r, plan) -> PlanRoundViews.round(r, plan, ctx.pathParam("round"))));
        config.routes.get("/api/v1/plans/{plan}/bodies/{body}", ctx -> {
            BodyId body = QueryRoutes.id(ctx, w, "body", BodyId::new);
            if (body != null) {
                QueryRoutes.one(ctx, w, "plan", s -> s, (r, plan) -> PlanRoundViews.body(r, plan, body));
            }
        });
    }
}
