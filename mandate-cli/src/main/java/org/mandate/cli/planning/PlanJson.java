package org.mandate.cli.planning;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mandate.economy.planning.model.PlanningInstance;
import org.mandate.economy.planning.procedure.GoodBalance;
import org.mandate.economy.planning.procedure.Plan;
import org.mandate.economy.planning.procedure.PlanningOutcome;
import org.mandate.economy.planning.procedure.Proposal;
import org.mandate.economy.planning.procedure.Round;
import org.mandate.planning.lp.LpReference;

/**
 * The plan for programs: every round's prices and imbalances per good, the final balances, the
 * welfare and the central reference. Field by field in {@code docs/planning.md}. An imbalance where
 * something is asked and nothing made has no finite value, and is written as null.
 */
public final class PlanJson {
    private PlanJson() {}

    public static void write(PlanningInstance instance, PlanningOutcome outcome, Plan plan, Optional<LpReference> lp, PrintWriter out)
            throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            object(g, instance, outcome, plan, lp);
        }
        out.println();
    }

    /** The report as one JSON object, for a program's own document (as {@code plan --data} writes one per plan period). */
    public static void object(JsonGenerator g, PlanningInstance instance, PlanningOutcome outcome, Plan plan, Optional<LpReference> lp)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("outcome", outcome instanceof PlanningOutcome.Balanced ? "balanced" : "unsettled");
        g.writeNumberField("tolerance", instance.tolerance());
        g.writeArrayFieldStart("rounds");
        for (Round r : outcome.rounds()) {
            round(instance, r, g);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("final");
        number(g, "largestImbalance", plan.largestImbalance());
        g.writeNumberField("welfare", plan.welfare());
        g.writeNumberField("utility", plan.utility());
        g.writeNumberField("labour", plan.labour());
        g.writeNumberField("regret", plan.regret());
        g.writeNumberField("welfareBound", plan.welfareBound());
        g.writeArrayFieldStart("goods");
        for (GoodBalance b : plan.goods()) {
            g.writeStartObject();
            g.writeStringField("good", b.good());
            g.writeNumberField("supply", b.supply());
            g.writeNumberField("demand", b.demand());
            number(g, "imbalance", b.imbalance());
            g.writeNumberField("price", b.price());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("proposals");
        for (Proposal p : plan.proposals()) {
            g.writeStartObject();
            g.writeStringField("council", p.council().value());
            boolean workers = p instanceof Proposal.Production;
            g.writeStringField("kind", workers ? "workers" : "consumers");
            map(g, workers ? "activities" : "quantities", workers ? ((Proposal.Production) p).activities() : ((Proposal.Consumption) p).quantities());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        if (lp.isPresent()) {
            LpReference r = lp.get();
            g.writeObjectFieldStart("reference");
            g.writeStringField("solver", r.solver().name());
            g.writeStringField("status", r.status());
            g.writeNumberField("seconds", r.seconds());
            g.writeNumberField("welfare", r.welfare());
            number(g, "largestImbalance", r.largestImbalance());
            g.writeNumberField("participatoryOverCentral", plan.welfare() / r.welfare());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void round(PlanningInstance instance, Round r, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("round", r.number());
        g.writeArrayFieldStart("ownProposals");
        for (var council : r.ownProposals()) {
            g.writeString(council.value());
        }
        g.writeEndArray();
        number(g, "largestImbalance", r.largestImbalance());
        g.writeStringField("worstGood", r.worstGood());
        g.writeNumberField("welfare", r.welfare());
        g.writeNumberField("regret", r.regret());
        g.writeNumberField("welfareBound", r.welfareBound());
        perGood(g, "prices", instance, r.prices());
        perGood(g, "imbalances", instance, r.imbalances());
        g.writeEndObject();
    }

    private static void perGood(JsonGenerator g, String field, PlanningInstance instance, List<Double> values) throws IOException {
        g.writeObjectFieldStart(field);
        for (int k = 0; k < values.size(); k++) {
            number(g, instance.goods().get(k).id(), values.get(k));
        }
        g.writeEndObject();
    }

    private static void map(JsonGenerator g, String field, Map<String, Double> values) throws IOException {
        g.writeObjectFieldStart(field);
        for (var e : values.entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String field, double value) throws IOException {
        if (Double.isFinite(value)) {
            g.writeNumberField(field, value);
        } else {
            g.writeNullField(field);
        }
    }
}
