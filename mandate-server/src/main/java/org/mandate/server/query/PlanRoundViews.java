package org.mandate.server.query;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.mandate.core.BodyId;
import org.mandate.core.plan.Plan;
import org.mandate.core.plan.PlanTerms.PlanGood;
import org.mandate.core.plan.PlanTerms.Quantities;
import org.mandate.core.plan.PlanTerms.RoundFigures;

/**
 * One round of a plan, good by good (its price and imbalance, as recorded and as decimals), and one
 * body's part in a plan: what it stated, what it proposed for itself in each human round, and its
 * current proposal with whether it ratified it.
 */
public final class PlanRoundViews {
    private PlanRoundViews() {}

    /** Round {@code number} (text from the path, checked here) of plan {@code id}. */
    public static Answer round(Reading r, String id, String number) {
        Plan p = PlanViews.plan(r, id);
        if (p == null) {
            return PlanViews.unknown(r, id);
        }
        int n = number(number);
        if (n < 1 || n > p.lastRound()) {
            return Answer.notFound("UnknownRound", "plan '" + id + "' has " + p.lastRound() + " rounds recorded, none numbered '" + number + "'");
        }
        RoundFigures f = p.rounds().get(n - 1);
        ObjectNode node = r.object().put("plan", p.id()).put("council", p.council().value()).put("number", f.number())
                .put("human", p.humanRounds().contains(n)).put("largestImbalance", f.largestImbalance())
                .put("largestImbalanceRelative", PlanFigures.ppm(f.largestImbalance())).put("worstGood", f.worstGood())
                .put("welfare", f.welfare()).put("welfareHours", PlanFigures.thousandths(f.welfare())).put("regret", f.regret())
                .put("bound", f.bound()).put("boundHours", PlanFigures.thousandths(f.bound()));
        ArrayNode own = node.putArray("own");
        f.own().forEach(b -> own.add(b.value()));
        ArrayNode goods = node.putArray("goods");
        for (int i = 0; i < p.goods().size(); i++) {
            PlanGood g = p.goods().get(i);
            long price = f.prices().get(i);
            long imbalance = f.imbalances().get(i);
            goods.addObject().put("good", g.id()).put("unit", g.unit()).put("name", g.name()).put("price", price)
                    .put("priceHours", PlanFigures.millionths(price)).put("imbalance", imbalance)
                    .put("imbalanceRelative", PlanFigures.ppm(imbalance));
        }
        return r.found(node);
    }

    /** What {@code body} stated and proposed in plan {@code id}. */
    public static Answer body(Reading r, String id, BodyId body) {
        Plan p = PlanViews.plan(r, id);
        if (p == null) {
            return PlanViews.unknown(r, id);
        }
        if (!r.access().mayRead(r.state(), body)) {
            return Answer.notFound("UnknownBody", r.access().noSuch("body", body));
        }
        Plan.Statement s = p.statement(body);
        if (s == null) {
            return Answer.notFound("NotInPlan", "body '" + body + "' has stated nothing in plan '" + id + "'");
        }
        ObjectNode node = r.object().put("plan", p.id()).put("council", p.council().value()).put("body", body.value())
                .put("kind", s.workers() ? "workers" : "consumers");
        ObjectNode statement = node.putObject("statement").put("at", s.at().toString());
        if (s.workers()) {
            statement.set("techniques", r.tree(s.techniques()));
        } else {
            statement.set("requests", r.tree(s.requests()));
        }
        ArrayNode own = node.putArray("ownProposals");
        for (Map.Entry<Integer, Map<BodyId, Quantities>> e : p.ownProposals().entrySet()) {
            Quantities q = e.getValue().get(body);
            if (q != null) {
                own.add(PlanFigures.quantities(r, q).put("round", e.getKey()));
            }
        }
        Quantities current = p.proposals().get(body);
        if (current != null) {
            node.set("proposal", PlanFigures.quantities(r, current).put("round", p.proposalsRound()).put("ratified", p.ratifiedCurrent(body)));
        }
        Integer ratified = p.ratified().get(body);
        if (ratified != null) {
            node.put("ratifiedRound", ratified);
        }
        return r.found(node);
    }

    /** A round number from the path: digits only, else none (answered as an unknown round). */
    private static int number(String text) {
        if (text == null || text.isEmpty() || text.length() > 9 || !text.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return -1;
        }
        return Integer.parseInt(text);
    }
}
