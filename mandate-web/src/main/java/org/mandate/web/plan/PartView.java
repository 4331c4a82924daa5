package org.mandate.web.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mandate.core.BodyId;
import org.mandate.core.Federation;
import org.mandate.core.MemberId;
import org.mandate.core.office.Permission;
import org.mandate.core.plan.Plan;
import org.mandate.core.plan.PlanPhase;
import org.mandate.core.plan.PlanTerms.*;
import org.mandate.web.body.BodyView;
import org.mandate.web.site.Text;

/**
 * A body's part in a plan, the council's proposal form: what it stated, its current proposal and what
 * that commits it to, its own proposals in human rounds, whether it ratified, and the forms that fit the
 * phase and the viewer: the statement forms for its planners while the period gathers, the own-proposal
 * form in a human round and the ratification form once balanced for those who take part in the body.
 */
public record PartView(String plan, String planHref, String council, String councilName, String body, String bodyName, String phase,
        String kind, List<String> statement, String proposal, String commitment, int proposalsRound, boolean ratified, List<String> own,
        boolean adopted, boolean mayState, List<TechniqueSlot> techniques, List<RequestSlot> requests, int steps, boolean mayPropose,
        int humanRound, String humanUntil, List<Field> levels, List<Field> quantities, boolean mayRatify) {

    /** A good's pair of fields in a technique: made per unit of activity, and used. */
    public record Coefficient(String good, String name, String unit, String out, String in, String outLabel, String inLabel) {}

    /** The fields of one technique, numbered from 1, filled with what was stated (or empty). */
    public record TechniqueSlot(int n, String id, String labour, String capacity, List<Coefficient> coefficients) {}

    public record StepSlot(int n, String quantity, String value, String quantityLabel, String valueLabel) {}

    /** The fields of a request for one good of the catalogue. */
    public record RequestSlot(String good, String name, String unit, String need, List<StepSlot> steps) {}

    /** One field of the own-proposal form: a technique's level or a good's quantity, prefilled. */
    public record Field(String key, String label, String unit, String value) {}

    /** Step fields per good: enough for the longest stated preference and one more, at least three. */
    static final int STEPS = 3;

    static PartView of(Federation state, Plan plan, BodyId body, MemberId viewer, Instant now, Text t) {
        PlanPhase phase = plan.phase(state);
        Plan.Statement s = plan.statement(body);
        Quantities q = plan.proposals().get(body);
        List<String> own = new ArrayList<>();
        plan.ownProposals().forEach((round, byBody) -> {
            Quantities o = byBody.get(body);
            if (o != null) {
                own.add(t.plain("part.own.line", round, Parts.proposal(plan, o, t)));
            }
        });
        boolean gathering = phase == PlanPhase.GATHERING && now.isBefore(plan.balanceAt());
        boolean planner = viewer != null && state.offices().permitting(body, viewer, Permission.PROPOSE_PLAN, now) != null;
        boolean takesPart = BodyView.takesPart(state, state.body(body), viewer);
        boolean human = phase == PlanPhase.HUMAN_ROUND && now.isBefore(plan.humanUntil()) && s != null;
        boolean mayRatify = phase == PlanPhase.BALANCED && q != null && !plan.ratifiedCurrent(body) && takesPart;
        int steps = STEPS;
        if (s != null) {
            for (Request r : s.requests()) {
                steps = Math.max(steps, r.steps().size() + 1);
            }
        }
        return new PartView(plan.id(), Parts.planPath(plan), plan.council().value(), Parts.name(state, plan.council()), body.value(),
                Parts.name(state, body), PlanView.phase(state, plan, t),
                s == null ? "" : t.plain(s.workers() ? "plan.kind.workers" : "plan.kind.consumers"), s == null ? List.of() : Parts.statement(plan, s, t),
                q == null ? "" : Parts.proposal(plan, q, t), q == null ? "" : Parts.commitment(plan, s, q, t), plan.proposalsRound(),
                plan.ratifiedCurrent(body), own, plan.adopted() != null, gathering && planner, techniques(plan, s, t), requests(plan, s, steps, t), steps,
                human && takesPart, plan.openHumanRound(), human ? org.mandate.web.site.Words.when(plan.humanUntil()) : "",
                levels(s, q), quantities(plan, s, q), mayRatify);
    }

    /** The stated techniques and one empty slot to add another. */
    private static List<TechniqueSlot> techniques(Plan plan, Plan.Statement s, Text t) {
        List<TechniqueSlot> out = new ArrayList<>();
        List<Technique> stated = s == null ? List.of() : s.techniques();
        for (int i = 0; i <= stated.size(); i++) {
            Technique k = i < stated.size() ? stated.get(i) : null;
            List<Coefficient> cs = new ArrayList<>();
            for (PlanGood g : plan.goods()) {
                String where = t.plain("plan.form.technique", i + 1);
                cs.add(new Coefficient(g.id(), g.name(), g.unit(), k == null ? "" : coefficient(k.outputs(), g.id()),
                        k == null ? "" : coefficient(k.inputs(), g.id()),
                        t.plain("plan.form.output", where, g.name(), g.unit()), t.plain("plan.form.input", where, g.name(), g.unit())));
            }
            out.add(new TechniqueSlot(i + 1, k == null ? "" : k.id(), k == null ? "" : Figures.typed(k.labourPerUnit(), Figures.MILLIONTHS),
                    k == null ? "" : Figures.typed(k.capacity()), cs));
        }
        return out;
    }

    private static String coefficient(List<PerUnit> perUnit, String good) {
        return perUnit.stream().filter(a -> a.good().equals(good)).map(a -> Figures.typed(a.millionths(), Figures.MILLIONTHS)).findFirst().orElse("");
    }

    private static List<RequestSlot> requests(Plan plan, Plan.Statement s, int steps, Text t) {
        List<RequestSlot> out = new ArrayList<>();
        for (PlanGood g : plan.goods()) {
            Request r = s == null ? null : s.requests().stream().filter(x -> x.good().equals(g.id())).findFirst().orElse(null);
            List<StepSlot> slots = new ArrayList<>();
            for (int k = 0; k < steps; k++) {
                Step step = r != null && k < r.steps().size() ? r.steps().get(k) : null;
                String where = t.plain("plan.form.step", k + 1, g.name());
                slots.add(new StepSlot(k + 1, step == null ? "" : Figures.typed(step.quantity()), step == null ? "" : Figures.typed(step.valuePerUnit(), Figures.MILLIONTHS),
                        t.plain("plan.form.step.quantity", where, g.unit()), t.plain("plan.form.step.value", where, g.unit())));
            }
            out.add(new RequestSlot(g.id(), g.name(), g.unit(), r == null ? "" : Figures.typed(r.minimum()), slots));
        }
        return out;
    }

    /** A workers' council's own proposal starts from its current levels, one field per stated technique. */
    private static List<Field> levels(Plan.Statement s, Quantities q) {
        if (s == null || !s.workers()) {
            return List.of();
        }
        return s.techniques().stream().map(k -> new Field(k.id(), k.id(), "", q == null ? "" : q.activities().stream()
                .filter(a -> a.technique().equals(k.id())).map(a -> Figures.typed(a.level())).findFirst().orElse("0"))).toList();
    }

    /** A consumers' council's own proposal starts from its current quantities, one field per requested good. */
    private static List<Field> quantities(Plan plan, Plan.Statement s, Quantities q) {
        if (s == null || s.workers()) {
            return List.of();
        }
        return s.requests().stream().map(r -> {
            PlanGood g = Parts.good(plan, r.good());
            return new Field(g.id(), g.name(), g.unit(), q == null ? "" : q.quantities().stream().filter(a -> a.good().equals(g.id()))
                    .map(a -> Figures.typed(a.thousandths())).findFirst().orElse("0"));
        }).toList();
    }
}
