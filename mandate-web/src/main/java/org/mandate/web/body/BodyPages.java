package org.mandate.web.body;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import org.mandate.core.BodyId;
import org.mandate.core.Federation;
import org.mandate.core.Ids;
import org.mandate.core.MemberId;
import org.mandate.core.ProposalId;
import org.mandate.server.read.Indexes;
import org.mandate.web.site.Act;
import org.mandate.core.body.Body;
import org.mandate.web.home.HomeView;
import org.mandate.web.site.Form;
import org.mandate.web.site.Site;

/** {@code /bodies}: every body; {@code /bodies/{id}}: one body, its members a page at a time, and the form to propose to it. */
public final class BodyPages {
    private final Site site;

    public BodyPages(Site site) {
        this.site = site;
    }

    public void register(JavalinConfig config) {
        config.routes.get("/bodies", ctx -> site.render(ctx, 200, "bodies.jte", site.text().plain("bodies.title"),
                site.read((state, index) -> HomeView.of(state, index, null, site.text(), page(ctx.queryParam("page")), HomeView.PER_PAGE)),
                Form.NONE));
        config.routes.get("/bodies/{id}", ctx -> show(ctx, 200, Form.NONE));
        config.routes.post("/bodies/{id}/proposals", this::propose);
    }

    private void show(Context ctx, int status, Form form) {
        String id = ctx.pathParam("id");
        int page = page(ctx.queryParam("page"));
        int proposals = page(ctx.queryParam("proposals"));
        MemberId me = site.caller(ctx).member().orElse(null);
        BodyView view = !Ids.valid(id) ? null : site.read((state, indexes) -> {
            Body b = state.body(new BodyId(id));
            return b == null ? null : BodyView.of(state, indexes, b, page, proposals, me, site.text());
        });
        if (view == null) {
            site.problem(ctx, 404, site.text().plain("body.unknown", id));
            return;
        }
        site.render(ctx, status, "body.jte", view.name(), view, form);
    }

    /** A member proposes: the new proposal is a draft, which its page then offers to publish. */
    private void propose(Context ctx) throws Exception {
        String id = ctx.pathParam("id");
        if (!Ids.valid(id)) {
            site.problem(ctx, 404, site.text().plain("body.unknown", id));
            return;
        }
        BodyId body = new BodyId(id);
        ProposalId proposal = site.read((state, indexes) -> freeId(state, indexes, body));
        Act.post(site, ctx, "propose", (fields, errors, member) -> ProposeForm.parse(proposal, body, fields, errors, site.text()),
                this::show, "/proposals/" + proposal.value() + "#publish");
    }

    /** The body's id and the next number of its proposals, or the first after it not yet taken. */
    public static ProposalId freeId(Federation state, Indexes indexes, BodyId body) {
        int n = indexes.proposals(body).size() + 1;
        while (state.proposal(new ProposalId(body.value() + "." + n)) != null) {
            n++;
        }
        return new ProposalId(Ids.derive(body.value() + "." + n));
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
