package org.mandate.web.plan;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mandate.core.BodyId;
import org.mandate.core.Federation;
import org.mandate.core.Ids;
import org.mandate.core.MemberId;
import org.mandate.core.body.Body;
import org.mandate.core.plan.Plan;
import org.mandate.core.plan.PlanCommand;
import org.mandate.core.plan.PlanTerms.RoundFigures;
import org.mandate.core.proposal.Motion;
import org.mandate.web.body.BodyView;
import org.mandate.web.site.Act;
import org.mandate.web.site.Form;
import org.mandate.web.site.Ref;
import org.mandate.web.site.Site;
import org.mandate.web.site.Text;

/**
 * The plan pages: a council's plan periods {@code /councils/{council}/plans} with the form that proposes
 * a new one, one period with the facilitator's form that calls a human round and, once balanced, the
 * form that proposes to adopt it, one round's prices and imbalances, and, through
 * {@link PartPage}, a body's part in the plan with its forms.
 */
public final class PlanPages {
    private final Site site;

    public PlanPages(Site site) {
        this.site = site;
    }

    /**
     * What the council's plans page shows: its periods, and for those who take part in it the form that
     * proposes a new one, with the council's competences and as many rows of goods as the form needs.
     */
    public record PlansView(String council, String councilName, List<Ref> periods, boolean mayOpen, List<String> competences, int rows,
            String suggestedBalance) {}

    public void register(JavalinConfig config) {
        config.routes.get("/councils/{council}/plans", ctx -> periods(ctx, 200, Form.NONE));
        config.routes.post("/councils/{council}/plans", this::open);
        config.routes.get("/councils/{council}/plans/{plan}", ctx -> show(ctx, 200, Form.NONE));
        config.routes.post("/councils/{council}/plans/{plan}/human-rounds", this::callHumanRound);
        config.routes.post("/councils/{council}/plans/{plan}/adoption", this::adopt);
        config.routes.get("/councils/{council}/plans/{plan}/rounds/{round}", this::round);
        new PartPage(site).register(config);
    }

    /** The plan under this council's path, or null: a plan's id is the federation's, but its pages are its council's. */
    static Plan plan(Federation state, String council, String plan) {
        Plan p = Ids.valid(plan) ? state.plans().of(plan) : null;
        return p == null || !p.council().value().equals(council) ? null : p;
    }

    private void periods(Context ctx, int status, Form form) {
        String council = ctx.pathParam("council");
        MemberId me = site.caller(ctx).member().orElse(null);
        PlansView view = !Ids.valid(council) ? null : site.read(state -> {
            Body b = state.body(new BodyId(council));
            return b == null || !b.isCouncil() ? null : new PlansView(council, b.name(), PlanView.periods(state, b.id(), site.text()),
                    BodyView.takesPart(state, b, me), PlanView.competences(state, b.id()), PeriodForm.rows(form),
                    PlanView.local(site.now().plus(Duration.ofDays(30))));
        });
        if (view == null) {
            site.problem(ctx, 404, site.text().plain("plans.unknown", council));
            return;
        }
        site.render(ctx, status, "plan/index.jte", site.text().plain("plans.title", view.councilName()), view, form);
    }

    /**
     * A member proposes a plan period to the council: a draft proposal, which its page then offers to
     * publish. "More rows" only shows the form again with room for more goods, keeping what was typed.
     */
    private void open(Context ctx) throws Exception {
        String council = ctx.pathParam("council");
        boolean known = Ids.valid(council) && site.read(state -> {
            Body b = state.body(new BodyId(council));
            return b != null && b.isCouncil();
        });
        if (!known) {
            site.problem(ctx, 404, site.text().plain("plans.unknown", council));
            return;
        }
        if (ctx.formParam("more") != null) {
            periods(ctx, 200, Form.invalid("open", Site.fields(ctx), Map.of()));
            return;
        }
        Drafts.post(site, ctx, "open", new BodyId(council), (fields, errors) -> PeriodForm.parse(fields, errors, site.text()), this::periods);
    }

    /** A member puts the balanced plan's adoption to the council that opened it; the core refuses it while a body has still to ratify. */
    private void adopt(Context ctx) throws Exception {
        String council = ctx.pathParam("council");
        String id = ctx.pathParam("plan");
        if (site.read(state -> plan(state, council, id)) == null) {
            site.problem(ctx, 404, site.text().plain("plan.unknown", id, council));
            return;
        }
        Drafts.post(site, ctx, "adopt", new BodyId(council), (fields, errors) -> new Drafts.Draft(
                Drafts.title(fields, site.text().plain("adopt.proposal", id)), Statements.strip(Form.first(fields, "text")), new Motion.AdoptPlan(id),
                Drafts.competence(fields)), this::show);
    }

    private void show(Context ctx, int status, Form form) {
        String council = ctx.pathParam("council");
        String id = ctx.pathParam("plan");
        MemberId me = site.caller(ctx).member().orElse(null);
        PlanView view = site.read(state -> {
            Plan p = plan(state, council, id);
            return p == null ? null : PlanView.of(state, p, me, site.now(), site.text());
        });
        if (view == null) {
            site.problem(ctx, 404, site.text().plain("plan.unknown", id, council));
            return;
        }
        site.render(ctx, status, "plan/plan.jte", site.text().plain("plan.title", view.id(), view.councilName()), view, form);
    }

    private void round(Context ctx) {
        String council = ctx.pathParam("council");
        String id = ctx.pathParam("plan");
        int n = number(ctx.pathParam("round"));
        RoundView view = site.read(state -> {
            Plan p = plan(state, council, id);
            RoundFigures r = p == null || n < 1 || n > p.lastRound() ? null : p.rounds().get(n - 1);
            return r == null ? null : RoundView.of(state, p, r, site.text());
        });
        if (view == null) {
            site.problem(ctx, 404, site.text().plain("round.unknown", ctx.pathParam("round"), id));
            return;
        }
        site.render(ctx, 200, "plan/round.jte", site.text().plain("round.title", view.number(), view.plan()), view, Form.NONE);
    }

    /** The facilitator calls the next human round, until the time given (in UTC). */
    private void callHumanRound(Context ctx) throws Exception {
        String council = ctx.pathParam("council");
        String id = ctx.pathParam("plan");
        if (!Ids.valid(council) || !Ids.valid(id)) {
            site.problem(ctx, 404, site.text().plain("plan.unknown", id, council));
            return;
        }
        Act.post(site, ctx, "human", (fields, errors, member) -> {
            Instant until = until(Form.first(fields, "until"));
            if (until == null) {
                errors.put("until", site.text().plain("plan.human.until.bad"));
                return null;
            }
            return new PlanCommand.CallHumanRound(id, until);
        }, this::show, "/councils/" + council + "/plans/" + id + "#phase");
    }

    /** A datetime-local value ("2027-02-01T12:00"), read as UTC; null when it is not one. */
    static Instant until(String raw) {
        try {
            return raw == null ? null : LocalDateTime.parse(raw.strip()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static int number(String raw) {
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The links from a body's page: its part in each plan of a council above it, and a council's own plan periods. Empty when none. */
    public static List<Ref> links(Federation state, Body body, Text t) {
        List<Ref> out = new ArrayList<>();
        for (Plan p : state.plans().all()) {
            if (p.council().equals(body.id())) {
                out.add(new Ref(Parts.planPath(p), t.plain("plan.link.plan", p.id()), PlanView.phase(state, p, t)));
            } else if (state.reachesUpward(body.id(), p.council())) {
                out.add(new Ref(Parts.partPath(p, body.id()), t.plain("plan.link.part", p.id(), Parts.name(state, p.council())), PlanView.phase(state, p, t)));
            }
        }
        return out;
    }

    /** The link from a council's page to its plan periods, or null when it never opened one. */
    public static Ref councilLink(Federation state, BodyId council, Text t) {
        int n = state.plans().of(council).size();
        return n == 0 ? null : new Ref(Parts.plansPath(council), t.plain("plan.link.council"), t.plain("plan.link.council.note", n));
    }
}
