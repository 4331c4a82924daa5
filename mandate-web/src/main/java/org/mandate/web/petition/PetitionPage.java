package org.mandate.web.petition;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import org.mandate.core.MemberId;
import org.mandate.core.petition.Petition;
import org.mandate.core.petition.PetitionCommand;
import org.mandate.web.site.Act;
import org.mandate.web.site.Form;
import org.mandate.web.site.Site;

/** {@code /petitions/{id}}: a petition, its signatures, and the form to sign it. */
public final class PetitionPage {
    private final Site site;

    public PetitionPage(Site site) {
        this.site = site;
    }

    public void register(JavalinConfig config) {
        config.routes.get("/petitions/{id}", ctx -> show(ctx, 200, Form.NONE));
        config.routes.post("/petitions/{id}/sign", ctx -> {
            String id = ctx.pathParam("id");
            Act.post(site, ctx, "sign", (fields, errors, member) -> new PetitionCommand.SignPetition(id), this::show, "/petitions/" + id);
        });
    }

    private void show(Context ctx, int status, Form form) {
        String id = ctx.pathParam("id");
        MemberId viewer = site.caller(ctx).member().orElse(null);
        PetitionView view = site.read(state -> {
            Petition p = state.petitions().get(id);
            return p == null ? null : PetitionView.of(state, p, viewer, site.text());
        });
        if (view == null) {
            site.problem(ctx, 404, site.text().plain("petition.unknown", id));
            return;
        }
        site.render(ctx, status, "petition.jte", view.title(), view, form);
    }
}
