package org.mandate.server.query;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Locale;
import org.mandate.core.plan.PlanPhase;
import org.mandate.core.plan.PlanTerms.Activity;
import org.mandate.core.plan.PlanTerms.Amount;
import org.mandate.core.plan.PlanTerms.Quantities;

/**
 * The record's whole numbers of a plan, beside the decimals a reader expects: thousandths of a unit or
 * an hour, millionths of an hour per unit, parts per million. Exact decimals (never a double), so what a
 * page shows is what the record says.
 */
final class PlanFigures {
    private PlanFigures() {}

    static BigDecimal thousandths(long value) {
        return BigDecimal.valueOf(value, 3);
    }

    static BigDecimal millionths(long value) {
        return BigDecimal.valueOf(value, 6);
    }

    /** Parts per million as a fraction: 12,500 ppm is 0.0125. */
    static BigDecimal ppm(long value) {
        return BigDecimal.valueOf(value, 6);
    }

    static String name(PlanPhase phase) {
        return phase.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A body's proposal: each activity level or quantity, raw and as a decimal. */
    static ObjectNode quantities(Reading r, Quantities q) {
        ObjectNode node = r.object().put("body", q.body().value());
        ArrayNode activities = node.putArray("activities");
        for (Activity a : q.activities()) {
            activities.addObject().put("technique", a.technique()).put("level", a.level()).put("levelUnits", thousandths(a.level()));
        }
        ArrayNode quantities = node.putArray("quantities");
        for (Amount a : q.quantities()) {
            quantities.addObject().put("good", a.good()).put("thousandths", a.thousandths()).put("quantity", thousandths(a.thousandths()));
        }
        return node;
    }
}
