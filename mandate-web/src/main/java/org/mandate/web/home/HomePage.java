package org.mandate.web.home;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import org.mandate.core.MemberId;
import org.mandate.web.site.Form;
import org.mandate.web.site.Site;

/** {@code /}: the federation for a visitor, "my federation" for a member. */
public final class HomePage {
    private final Site site;

    public HomePage(Site site) {
        this.site = site;
    }

    public void register(JavalinConfig config) {
        config.routes.get("/", this::show);
    }

    private void show(Context ctx) {
        MemberId me = site.caller(ctx).member().orElse(null);
        HomeView view = site.read(state -> HomeView.of(state, me, site.text()));
        String title = site.text().plain(me == null ? "home.title" : "mine.title");
        site.render(ctx, 200, "home.jte", title, view, Form.NONE);
    }
}
