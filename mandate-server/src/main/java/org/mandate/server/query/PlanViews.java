package org.mandate.server.query;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Map;
import org.mandate.core.BodyId;
import org.mandate.core.body.Body;
import org.mandate.core.plan.Plan;
import org.mandate.core.plan.PlanPhase;
import org.mandate.core.plan.PlanTerms.PlanGood;
import org.mandate.core.plan.PlanTerms.Quantities;
import org.mandate.core.plan.PlanTerms.RoundFigures;
import org.mandate.economy.planning.federation.PlanLabour;

/**
 * A council's plan periods, and one plan as its bodies follow it: the catalogue and settings, where it
 * stands, each round's largest imbalance (the convergence), who stated what, the current proposals and
 * which are ratified, and the adoption. A plan is read by whoever may read the council that opened it.
 */
public final class PlanViews {
    private PlanViews() {}

    public static Answer ofCouncil(Reading r, BodyId id) {
        Body b = r.state().body(id);
        if (!r.access().mayRead(b)) {
            return Answer.notFound("UnknownBody", r.access().noSuch("body", id));
        }
        if (!b.isCouncil()) {
            return Answer.notFound("NotACouncil", "body '" + id + "' is an assembly: a plan period is opened by a council for the bodies beneath it");
        }
        ObjectNode node = r.object().put("council", id.value());
        ArrayNode plans = node.putArray("plans");
        for (Plan p : r.state().plans().of(id)) {
            plans.add(summary(r, p));
        }
        return r.found(node);
    }

    public static Answer detail(Reading r, String id) {
        Plan p = plan(r, id);
        if (p == null) {
            return unknown(r, id);
        }
        ObjectNode node = summary(r, p).put("decision", p.decision().value()).put("openedAt", p.openedAt().toString())
                .put("tolerancePermille", p.tolerancePermille()).put("tolerance", BigDecimal.valueOf(p.tolerancePermille(), 3));
        ArrayNode goods = node.putArray("goods");
        PlanLabour.Outcome labour = PlanLabour.of(p);
        for (int i = 0; i < p.goods().size(); i++) {
            PlanGood g = p.goods().get(i);
            ObjectNode good = goods.addObject().put("id", g.id()).put("unit", g.unit()).put("name", g.name());
            double hours = labour instanceof PlanLabour.Outcome.Values v ? v.hours()[i] : Double.NaN;
            if (Double.isNaN(hours)) {
                good.putNull("labourHours");
            } else {
                good.put("labourHours", BigDecimal.valueOf(hours).setScale(6, java.math.RoundingMode.HALF_EVEN));
            }
        }
        if (labour instanceof PlanLabour.Outcome.None none) {
            node.put("labourWhy", none.why());
        }
        ObjectNode human = node.putObject("humanRounds").put("allowed", p.humanRoundsAllowed()).put("left", p.humanRoundsLeft())
                .put("open", p.openHumanRound());
        p.humanRounds().forEach(human.putArray("called")::add);
        Reading.time(human, "until", p.humanUntil());
        if (p.ending() != null) {
            node.set("ending", r.tree(p.ending()));
        }
        p.blocking().forEach(node.putArray("blocking")::add);
        Reading.text(node, "why", p.why());
        node.set("rounds", rounds(r, p));
        node.set("statements", statements(r, p));
        ObjectNode current = node.putObject("proposals").put("round", p.proposalsRound());
        ArrayNode items = current.putArray("items");
        for (Map.Entry<BodyId, Quantities> e : p.proposals().entrySet()) {
            items.add(PlanFigures.quantities(r, e.getValue()).put("ratified", p.ratifiedCurrent(e.getKey())));
        }
        if (p.adopted() != null) {
            node.putObject("adoption").put("at", p.adopted().at().toString()).put("round", p.adopted().round())
                    .put("decision", p.adopted().decision().value());
        }
        return r.found(node);
    }

    /** The plan {@code id} if the caller may read its council, else null (the two read the same). */
    static Plan plan(Reading r, String id) {
        Plan p = r.state().plans().of(id);
        return p != null && r.access().mayRead(r.state(), p.council()) ? p : null;
    }

    static Answer.Problem unknown(Reading r, String id) {
        return Answer.notFound("UnknownPlan", r.access().noSuch("plan", id));
    }

    private static ObjectNode summary(Reading r, Plan p) {
        PlanPhase phase = p.phase(r.state());
        ObjectNode node = r.object().put("id", p.id()).put("council", p.council().value()).put("from", p.from().toString())
                .put("to", p.to().toString()).put("phase", PlanFigures.name(phase)).put("balanceAt", p.balanceAt().toString())
                .put("lastRound", p.lastRound());
        Reading.time(node, "dueAt", p.dueAt(r.state()));
        return node;
    }

    /** Each round's convergence figures, in order: what a plot of the largest imbalance per round needs. */
    private static ArrayNode rounds(Reading r, Plan p) {
        ArrayNode out = r.array();
        for (RoundFigures f : p.rounds()) {
            ObjectNode round = out.addObject().put("number", f.number()).put("human", p.humanRounds().contains(f.number()))
                    .put("largestImbalance", f.largestImbalance()).put("largestImbalanceRelative", PlanFigures.ppm(f.largestImbalance()))
                    .put("worstGood", f.worstGood()).put("welfare", f.welfare());
            ArrayNode own = round.putArray("own");
            f.own().forEach(b -> own.add(b.value()));
        }
        return out;
    }

    private static ArrayNode statements(Reading r, Plan p) {
        ArrayNode out = r.array();
        for (Plan.Statement s : p.statements().values()) {
            ObjectNode node = out.addObject().put("body", s.body().value()).put("kind", s.workers() ? "workers" : "consumers")
                    .put("at", s.at().toString());
            if (s.workers()) {
                node.put("techniques", s.techniques().size());
            } else {
                node.put("requests", s.requests().size());
            }
        }
        return out;
    }
}
