package org.mandate.web.plan;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.List;
import org.mandate.core.BodyId;
import org.mandate.core.Ids;
import org.mandate.core.MemberId;
import org.mandate.core.plan.Plan;
import org.mandate.core.plan.PlanCommand;
import org.mandate.core.plan.PlanTerms.*;
import org.mandate.core.proposal.Motion;
import org.mandate.web.site.Act;
import org.mandate.web.site.Form;
import org.mandate.web.site.Site;

/**
 * {@code /councils/{council}/plans/{plan}/bodies/{body}}: a body's part in a plan, and its forms. The
 * statements go straight to the core as the planner's act; the own proposal and the ratification are
 * the body's decisions, so their forms make a draft proposal carrying the motion, which the member then
 * publishes and the body votes on like any other.
 */
final class PartPage {
    private final Site site;

    PartPage(Site site) {
        this.site = site;
    }

    /** The catalogue and the body's statement, read once for a form: fields are named after goods and techniques. */
    private record Terms(List<PlanGood> goods, List<String> techniques, List<String> requested, int proposalsRound, String body) {}

    void register(JavalinConfig config) {
        String path = "/councils/{council}/plans/{plan}/bodies/{body}";
        config.routes.get(path, ctx -> show(ctx, 200, Form.NONE));
        config.routes.post(path + "/techniques", ctx -> post(ctx, "techniques"));
        config.routes.post(path + "/requests", ctx -> post(ctx, "requests"));
        config.routes.post(path + "/own", ctx -> post(ctx, "own"));
        config.routes.post(path + "/ratification", ctx -> post(ctx, "ratify"));
    }

    private void show(Context ctx, int status, Form form) {
        String council = ctx.pathParam("council");
        String id = ctx.pathParam("plan");
        String body = ctx.pathParam("body");
        MemberId me = site.caller(ctx).member().orElse(null);
        PartView view = !Ids.valid(body) ? null : site.read(state -> {
            Plan p = PlanPages.plan(state, council, id);
            BodyId b = new BodyId(body);
            return p == null || state.body(b) == null || b.equals(p.council()) || !state.reachesUpward(b, p.council()) ? null
                    : PartView.of(state, p, b, me, site.now(), site.text());
        });
        if (view == null) {
            site.problem(ctx, 404, site.text().plain("part.unknown", body, id));
            return;
        }
        site.render(ctx, status, "plan/part.jte", site.text().plain("part.title", view.bodyName(), view.plan()), view, form);
    }

    private void post(Context ctx, String form) throws Exception {
        String council = ctx.pathParam("council");
        String id = ctx.pathParam("plan");
        String body = ctx.pathParam("body");
        Terms terms = !Ids.valid(body) ? null : site.read(state -> {
            Plan p = PlanPages.plan(state, council, id);
            if (p == null) {
                return null;
            }
            Plan.Statement s = p.statement(new BodyId(body));
            return new Terms(p.goods(), s == null ? List.of() : s.techniques().stream().map(Technique::id).toList(),
                    s == null ? List.of() : s.requests().stream().map(Request::good).toList(), p.proposalsRound(), body);
        });
        if (terms == null) {
            site.problem(ctx, 404, site.text().plain("part.unknown", body, id));
            return;
        }
        BodyId b = new BodyId(body);
        String here = "/councils/" + council + "/plans/" + id + "/bodies/" + body;
        if (form.equals("techniques") || form.equals("requests")) {
            Act.post(site, ctx, form, (fields, errors, member) -> form.equals("techniques")
                    ? new PlanCommand.StateTechniques(id, b, Statements.techniques(terms.goods(), fields, errors, site.text()))
                    : new PlanCommand.StateRequests(id, b, Statements.requests(terms.goods(), fields, errors, site.text())), this::show, here + "#statement");
            return;
        }
        Drafts.post(site, ctx, form, b, (fields, errors) -> {
            Motion motion;
            String title;
            if (form.equals("own")) {
                List<Amount> levels = Statements.levels(terms.techniques(), "a-", k -> site.text().plain("part.field.level", k), fields, errors,
                        site.text());
                List<Amount> quantities = Statements.levels(terms.requested(), "q-", g -> terms.goods().stream().filter(x -> x.id().equals(g))
                        .map(x -> site.text().plain("part.field.quantity", x.name(), x.unit())).findFirst().orElse(g), fields, errors, site.text());
                motion = new Motion.ProposePlanQuantities(id, levels.stream().map(a -> new Activity(a.good(), a.thousandths())).toList(), quantities);
                title = site.text().plain("part.own.proposal", id);
            } else {
                motion = new Motion.RatifyPlanProposal(id, terms.proposalsRound());
                title = site.text().plain("part.ratify.proposal", terms.proposalsRound(), id);
            }
            return new Drafts.Draft(title, Statements.strip(Form.first(fields, "text")), motion, null);
        }, this::show);
    }
}
