package org.mandate.web.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mandate.core.BodyId;
import org.mandate.core.Federation;
import org.mandate.core.body.Body;
import org.mandate.core.plan.Plan;
import org.mandate.core.plan.PlanTerms.*;
import org.mandate.web.site.Text;

/**
 * A body's part in a plan in words, the same on every plan page: its statement (each technique, each
 * request with its steps), a proposal as levels or quantities, and what a proposal commits the body to
 * produce, use and consume, worked out from its own statement; and the paths between the plan pages.
 */
final class Parts {
    private Parts() {}

    static String plansPath(BodyId council) {
        return "/councils/" + council.value() + "/plans";
    }

    static String planPath(Plan plan) {
        return plansPath(plan.council()) + "/" + plan.id();
    }

    static String roundPath(Plan plan, int round) {
        return planPath(plan) + "/rounds/" + round;
    }

    static String partPath(Plan plan, BodyId body) {
        return planPath(plan) + "/bodies/" + body.value();
    }

    static String name(Federation state, BodyId body) {
        Body b = state.body(body);
        return b == null ? body.value() : b.name();
    }

    static PlanGood good(Plan plan, String id) {
        int i = plan.goodIndex(id);
        return i < 0 ? new PlanGood(id, "", id) : plan.goods().get(i);
    }

    /** "2.5 t of Flour". */
    static String amount(Plan plan, String good, long thousandths, Text t) {
        PlanGood g = good(plan, good);
        return t.plain("plan.amount", Figures.quantity(thousandths, g.unit()).strip(), g.name());
    }

    /** What one unit of activity makes or uses: "0.5 t of Flour, …", from millionths. */
    static String perUnit(Plan plan, List<PerUnit> perUnit, Text t) {
        return perUnit.isEmpty() ? t.plain("plan.nothing") : String.join(", ", perUnit.stream().map(a -> {
            PlanGood g = good(plan, a.good());
            return t.plain("plan.amount", (Figures.millionths(a.millionths()) + " " + g.unit()).strip(), g.name());
        }).toList());
    }

    static String amounts(Plan plan, List<Amount> amounts, Text t) {
        return amounts.isEmpty() ? t.plain("plan.nothing") : String.join(", ", amounts.stream().map(a -> amount(plan, a.good(), a.thousandths(), t)).toList());
    }

    /** The statement, one line per technique or request. */
    static List<String> statement(Plan plan, Plan.Statement s, Text t) {
        List<String> out = new ArrayList<>();
        for (Technique k : s.techniques()) {
            out.add(t.plain("plan.technique.words", k.id(), perUnit(plan, k.outputs(), t), perUnit(plan, k.inputs(), t),
                    Figures.millionths(k.labourPerUnit()), Figures.thousandths(k.capacity())));
        }
        for (Request q : s.requests()) {
            PlanGood g = good(plan, q.good());
            List<String> steps = new ArrayList<>();
            for (Step step : q.steps()) {
                steps.add(t.plain(steps.isEmpty() ? "plan.step.first" : "plan.step.next", Figures.quantity(step.quantity(), g.unit()),
                        Figures.millionths(step.valuePerUnit()), g.unit()));
            }
            out.add(t.plain("plan.request.words", g.name(), Figures.quantity(q.minimum(), g.unit()), String.join(", ", steps)));
        }
        return out;
    }

    /** A proposal as the body would read it: its levels of activity, or its quantities. */
    static String proposal(Plan plan, Quantities q, Text t) {
        if (!q.activities().isEmpty()) {
            return String.join(", ", q.activities().stream().map(a -> t.plain("plan.level", a.technique(), Figures.thousandths(a.level()))).toList());
        }
        return amounts(plan, q.quantities(), t);
    }

    /** What a proposal commits the body to: made, used and labour for a workers' council; taken for a consumers' council. */
    static String commitment(Plan plan, Plan.Statement s, Quantities q, Text t) {
        if (s == null || q.activities().isEmpty()) {
            return t.plain("plan.commit.consumes", amounts(plan, q.quantities(), t));
        }
        Map<String, BigDecimal> made = new LinkedHashMap<>();
        Map<String, BigDecimal> used = new LinkedHashMap<>();
        BigDecimal labour = BigDecimal.ZERO;
        for (Activity a : q.activities()) {
            Technique k = s.techniques().stream().filter(x -> x.id().equals(a.technique())).findFirst().orElse(null);
            if (k == null) {
                continue;
            }
            // thousandths of a unit of activity times millionths per unit: thousandths of the good, or of an hour
            BigDecimal level = BigDecimal.valueOf(a.level(), 6);
            k.outputs().forEach(o -> made.merge(o.good(), level.multiply(BigDecimal.valueOf(o.millionths())), BigDecimal::add));
            k.inputs().forEach(i -> used.merge(i.good(), level.multiply(BigDecimal.valueOf(i.millionths())), BigDecimal::add));
            labour = labour.add(level.multiply(BigDecimal.valueOf(k.labourPerUnit())));
        }
        return t.plain("plan.commit.produces", amounts(plan, whole(made), t), amounts(plan, whole(used), t), Figures.thousandths(round(labour)));
    }

    private static List<Amount> whole(Map<String, BigDecimal> totals) {
        List<Amount> out = new ArrayList<>();
        totals.forEach((good, v) -> out.add(new Amount(good, round(v))));
        return out;
    }

    private static long round(BigDecimal thousandths) {
        return thousandths.setScale(0, RoundingMode.HALF_EVEN).longValue();
    }
}
