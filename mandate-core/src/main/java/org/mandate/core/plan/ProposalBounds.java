package org.mandate.core.plan;

import java.util.HashMap;
import java.util.Map;
import org.mandate.core.plan.PlanTerms.*;
import org.mandate.core.rule.Rejection;

/**
 * Whether a proposal is one its body stated it could make: a workers' council's activity for each of
 * its techniques, from zero to the technique's capacity; a consumers' council's quantity for each good
 * it requested, from its need to its request. Nothing more, nothing missing.
 */
final class ProposalBounds {
    private ProposalBounds() {}

    /** Whether two proposals give the same levels and quantities, in whatever order. */
    static boolean same(Quantities a, Quantities b) {
        return levels(a).equals(levels(b));
    }

    private static Map<String, Long> levels(Quantities q) {
        Map<String, Long> all = new HashMap<>();
        q.activities().forEach(x -> all.put("activity " + x.technique(), x.level()));
        q.quantities().forEach(x -> all.put("quantity " + x.good(), x.thousandths()));
        return all;
    }

    static Rejection within(Plan.Statement statement, Quantities proposal) {
        if (statement.workers()) {
            if (!proposal.quantities().isEmpty()) {
                return new Rejection.OutsideStatement(statement.body(), "it stated techniques, so it proposes activity levels, not quantities");
            }
            Map<String, Long> levels = new HashMap<>();
            for (Activity a : proposal.activities()) {
                if (a == null || levels.put(a.technique(), a.level()) != null) {
                    return new Rejection.OutsideStatement(statement.body(), "a technique is named more than once");
                }
            }
            for (Technique t : statement.techniques()) {
                Long level = levels.remove(t.id());
                if (level == null || level < 0 || level > t.capacity()) {
                    return new Rejection.OutsideStatement(statement.body(), "technique '" + t.id() + "' runs from 0 to " + t.capacity()
                            + " thousandths, and " + (level == null ? "no level was given" : level + " was given"));
                }
            }
            return levels.isEmpty() ? null : new Rejection.OutsideStatement(statement.body(), "it stated no technique '" + levels.keySet().iterator().next() + "'");
        }
        if (!proposal.activities().isEmpty()) {
            return new Rejection.OutsideStatement(statement.body(), "it stated requests, so it proposes quantities, not activity levels");
        }
        Map<String, Long> quantities = new HashMap<>();
        for (Amount a : proposal.quantities()) {
            if (a == null || quantities.put(a.good(), a.thousandths()) != null) {
                return new Rejection.OutsideStatement(statement.body(), "a good is named more than once");
            }
        }
        for (Request r : statement.requests()) {
            Long q = quantities.remove(r.good());
            if (q == null || q < r.minimum() || q > r.maximum()) {
                return new Rejection.OutsideStatement(statement.body(), "'" + r.good() + "' goes from " + r.minimum() + " to " + r.maximum()
                        + " thousandths, and " + (q == null ? "no quantity was given" : q + " was given"));
            }
        }
        return quantities.isEmpty() ? null : new Rejection.OutsideStatement(statement.body(), "it requested no '" + quantities.keySet().iterator().next() + "'");
    }
}
