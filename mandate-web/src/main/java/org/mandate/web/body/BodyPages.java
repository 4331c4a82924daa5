package org.mandate.web.body;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import org.mandate.core.BodyId;
import org.mandate.core.Ids;
import org.mandate.core.body.Body;
import org.mandate.web.home.HomeView;
import org.mandate.web.site.Form;
import org.mandate.web.site.Site;

/** {@code /bodies}: every body; {@code /bodies/{id}}: one body, its members a page at a time. */
public final class BodyPages {
    private final Site site;

    public BodyPages(Site site) {
        this.site = site;
    }

    public void register(JavalinConfig config) {
        config.routes.get("/bodies", ctx -> site.render(ctx, 200, "bodies.jte", site.text().plain("bodies.title"),
                site.read(state -> HomeView.of(state, null, site.text())), Form.NONE));
        config.routes.get("/bodies/{id}", this::show);
    }

    private void show(Context ctx) {
        String id = ctx.pathParam("id");
        int page = page(ctx.queryParam("page"));
        BodyView view = !Ids.valid(id) ? null : site.read(state -> {
            Body b = state.body(new BodyId(id));
            return b == null ? null : BodyView.of(state, b, page, site.text());
        });
        if (view == null) {
            site.problem(ctx, 404, site.text().plain("body.unknown", id));
            return;
        }
        site.render(ctx, 200, "body.jte", view.name(), view, Form.NONE);
    }

    /** The page number asked for; anything that is not a positive number is the first page. */
    public static int page(String raw) {
        try {
            return raw == null ? 1 : Math.max(1, Integer.parseInt(raw));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
