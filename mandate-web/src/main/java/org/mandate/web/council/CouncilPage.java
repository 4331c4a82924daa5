package org.mandate.web.council;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import org.mandate.core.BodyId;
import org.mandate.core.Ids;
import org.mandate.core.body.Body;
import org.mandate.web.site.Form;
import org.mandate.web.site.Site;

/** {@code /councils/{id}}: a council's seats, delegations and agenda with the mandates of its member bodies. */
public final class CouncilPage {
    private final Site site;

    public CouncilPage(Site site) {
        this.site = site;
    }

    public void register(JavalinConfig config) {
        config.routes.get("/councils/{id}", this::show);
    }

    private void show(Context ctx) {
        String id = ctx.pathParam("id");
        CouncilView view = !Ids.valid(id) ? null : site.read(state -> {
            Body b = state.body(new BodyId(id));
            return b == null || !b.isCouncil() ? null : CouncilView.of(state, b, site.text());
        });
        if (view == null) {
            site.problem(ctx, 404, site.text().plain("council.unknown", id));
            return;
        }
        site.render(ctx, 200, "council.jte", view.name(), view, Form.NONE);
    }
}
