package org.mandate.web.federation;

import io.javalin.config.JavalinConfig;
import org.mandate.web.site.Form;
import org.mandate.web.site.Site;

/** {@code /federation}: the federation graph, one drawing per axis, each body a link to its page. */
public final class FederationPage {
    private final Site site;

    public FederationPage(Site site) {
        this.site = site;
    }

    public void register(JavalinConfig config) {
        config.routes.get("/federation", ctx -> site.render(ctx, 200, "federation.jte", site.text().plain("federation.title"),
                site.read(state -> FederationView.of(state, site.text())), Form.NONE));
    }
}
