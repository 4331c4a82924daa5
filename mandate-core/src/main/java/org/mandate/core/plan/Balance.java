package org.mandate.core.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mandate.core.plan.PlanTerms.*;

/**
 * Supply and demand per good of a set of proposals, as anyone can add them up from the record, and
 * the goods outside the tolerance. Each recorded number was rounded to a thousandth, so each good is
 * allowed, beyond the tolerance, the most those roundings can move it; nothing else.
 */
public final class Balance {
    private Balance() {}

    /** Supply, demand and rounding slack per good, in catalogue order, in units of each good. */
    public record Totals(double[] supply, double[] demand, double[] slack) {}

    public static Totals of(Plan plan, List<Quantities> proposals) {
        int n = plan.goods().size();
        double[] supply = new double[n];
        double[] demand = new double[n];
        double[] slack = new double[n];
        for (Quantities q : proposals) {
            Plan.Statement s = plan.statement(q.body());
            if (s == null) {
                continue;
            }
            if (s.workers()) {
                Map<String, Long> levels = q.activities().stream().collect(Collectors.toMap(Activity::technique, Activity::level, (a, b) -> b));
                for (Technique t : s.techniques()) {
                    double level = levels.getOrDefault(t.id(), 0L) / 1000.0;
                    add(plan, t.outputs(), level, supply, slack);
                    add(plan, t.inputs(), level, demand, slack);
                }
            } else {
                for (Amount a : q.quantities()) {
                    int g = plan.goodIndex(a.good());
                    demand[g] += a.thousandths() / 1000.0;
                    slack[g] += 0.0005;
                }
            }
        }
        return new Totals(supply, demand, slack);
    }

    private static void add(Plan plan, List<PerUnit> flows, double level, double[] into, double[] slack) {
        for (PerUnit a : flows) {
            int g = plan.goodIndex(a.good());
            double perUnit = a.millionths() / 1_000_000.0;
            into[g] += level * perUnit;
            slack[g] += 0.0005 * perUnit;
        }
    }

    /** The goods whose |supply − demand| exceeds the tolerance's share of supply, beyond rounding. */
    public static List<String> unbalanced(Plan plan, List<Quantities> proposals) {
        Totals t = of(plan, proposals);
        double tolerance = plan.tolerancePermille() / 1000.0;
        List<String> off = new ArrayList<>();
        for (int g = 0; g < t.supply().length; g++) {
            if (Math.abs(t.supply()[g] - t.demand()[g]) > tolerance * t.supply()[g] + t.slack()[g] + 1e-9) {
                off.add(plan.goods().get(g).id());
            }
        }
        return off;
    }
}
