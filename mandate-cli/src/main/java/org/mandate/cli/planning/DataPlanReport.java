package org.mandate.cli.planning;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mandate.core.plan.Plan;
import org.mandate.core.plan.PlanPhase;
import org.mandate.economy.planning.check.PlanningProblem;
import org.mandate.economy.planning.federation.PlanLabour;
import org.mandate.economy.planning.model.PlanningInstance;
import org.mandate.economy.planning.procedure.PlanningOutcome;
import org.mandate.planning.lp.LpReference;

/**
 * {@code plan --data}'s report of one recorded plan period: where the period stands, whether the
 * rerun gives the record's rounds, then the same report {@code plan --instance} prints of the run
 * (or what blocks it). The JSON holds one object per period; its {@code rerun} is the object
 * {@code plan --instance --json} prints ({@link PlanJson}).
 */
public final class DataPlanReport {
    /** What the report shows of one period: the record, its phase and next due time (or null), the rerun and its check. */
    public record Period(Plan plan, PlanPhase phase, Instant due, PlanningInstance instance, PlanningOutcome outcome, RecordCheck check,
            Optional<LpReference> lp) {}

    private DataPlanReport() {}

    public static void text(Period p, PrintWriter out) {
        Plan plan = p.plan();
        out.printf("Plan period %s of %s, %s to %s: %s; %d rounds recorded, %d of %d human rounds called; %d of %d bodies ratified%n",
                plan.id(), plan.council(), plan.from(), plan.to(), phase(p), plan.lastRound(), plan.humanRounds().size(),
                plan.humanRoundsAllowed(), plan.proposals().keySet().stream().filter(plan::ratifiedCurrent).count(), plan.proposals().size());
        out.println("Rerun from the record: " + p.check().sentence() + "." + beyond(p));
        switch (p.outcome()) {
            case PlanningOutcome.Balanced b -> PlanReport.text(p.instance(), b, b.plan(), p.lp(), out);
            case PlanningOutcome.Unsettled u -> PlanReport.text(p.instance(), u, u.lastProposals(), p.lp(), out);
            case PlanningOutcome.Blocked b -> out.printf("Blocked after %d rounds by %s: %s%n", b.rounds().size(), String.join(", ", b.problem().goods()),
                    b.problem().why());
            case PlanningOutcome.Refused r -> {
                out.println("Nothing to plan yet: the statements on record cannot be planned as they are.");
                r.problems().forEach(problem -> out.println("  " + problem.rule() + ": " + problem.message()));
            }
        }
        out.println();
        out.println(labour(plan));
        out.println();
    }

    /** The labour content of each good under the recorded proposals, in one line, or why there is none. */
    static String labour(Plan plan) {
        return switch (PlanLabour.of(plan)) {
            case PlanLabour.Outcome.None none -> "Labour content: none, " + none.why();
            case PlanLabour.Outcome.Values v -> {
                StringBuilder line = new StringBuilder("Labour content under the recorded proposals, hours per unit (direct and embodied):");
                for (int g = 0; g < plan.goods().size(); g++) {
                    double hours = v.hours()[g];
                    line.append(g == 0 ? " " : ", ").append(plan.goods().get(g).id()).append(' ')
                            .append(Double.isNaN(hours) ? "not made" : String.format(java.util.Locale.ROOT, "%.4f", hours));
                }
                yield line.toString();
            }
        };
    }

    private static String phase(Period p) {
        Plan plan = p.plan();
        return switch (p.phase()) {
            case GATHERING -> "gathering statements until " + plan.balanceAt();
            case HUMAN_ROUND -> "in human round " + plan.openHumanRound() + " until " + plan.humanUntil();
            case UNSETTLED -> "unsettled after round " + plan.lastRound();
            case BALANCED -> "balanced after round " + plan.lastRound() + ", each body ratifying its proposal";
            case BLOCKED -> "blocked by " + String.join(", ", plan.blocking());
            case ADOPTED -> "adopted after round " + plan.adopted().round();
            case ANNULLED -> "annulled";
        };
    }

    /** Rounds the rerun ran past the record: the next stretch's, not yet recorded. */
    private static String beyond(Period p) {
        RecordCheck c = p.check();
        if (!c.matches() || c.rerun() <= c.recorded()) {
            return "";
        }
        return " Rounds " + (c.recorded() + 1) + "–" + c.rerun() + " below are not recorded: "
                + (p.due() != null ? "the stretch due at " + p.due() + " will record them." : "they are what the next stretch would record.");
    }

    public static void json(List<Period> periods, PrintWriter out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeArrayFieldStart("plans");
            for (Period p : periods) {
                period(p, g);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println();
    }

    private static void period(Period p, JsonGenerator g) throws IOException {
        Plan plan = p.plan();
        g.writeStartObject();
        g.writeStringField("plan", plan.id());
        g.writeStringField("council", plan.council().value());
        g.writeStringField("from", plan.from().toString());
        g.writeStringField("to", plan.to().toString());
        g.writeStringField("phase", p.phase().name().toLowerCase());
        g.writeStringField("due", p.due() == null ? null : p.due().toString());
        g.writeNumberField("recordedRounds", plan.lastRound());
        g.writeArrayFieldStart("humanRounds");
        for (int round : plan.humanRounds()) {
            g.writeNumber(round);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("ratified");
        for (var body : plan.proposals().keySet().stream().filter(plan::ratifiedCurrent).sorted().toList()) {
            g.writeString(body.value());
        }
        g.writeEndArray();
        RecordCheck c = p.check();
        g.writeObjectFieldStart("check");
        g.writeBooleanField("matches", c.matches());
        g.writeNumberField("rerunRounds", c.rerun());
        if (c.differing() > 0) {
            g.writeNumberField("firstDifferingRound", c.differing());
        } else {
            g.writeNullField("firstDifferingRound");
        }
        g.writeStringField("difference", c.matches() ? null : c.difference());
        g.writeEndObject();
        switch (PlanLabour.of(plan)) {
            case PlanLabour.Outcome.None none -> g.writeStringField("labourWhy", none.why());
            case PlanLabour.Outcome.Values v -> {
                g.writeObjectFieldStart("labourHours");
                for (int i = 0; i < plan.goods().size(); i++) {
                    g.writeFieldName(plan.goods().get(i).id());
                    if (Double.isNaN(v.hours()[i])) {
                        g.writeNull();
                    } else {
                        g.writeNumber(v.hours()[i]);
                    }
                }
                g.writeEndObject();
            }
        }
        g.writeFieldName("rerun");
        switch (p.outcome()) {
            case PlanningOutcome.Balanced b -> PlanJson.object(g, p.instance(), b, b.plan(), p.lp());
            case PlanningOutcome.Unsettled u -> PlanJson.object(g, p.instance(), u, u.lastProposals(), p.lp());
            case PlanningOutcome.Blocked b -> {
                g.writeStartObject();
                g.writeStringField("outcome", "blocked");
                g.writeArrayFieldStart("blocking");
                for (String good : b.problem().goods()) {
                    g.writeString(good);
                }
                g.writeEndArray();
                g.writeStringField("why", b.problem().why());
                g.writeEndObject();
            }
            case PlanningOutcome.Refused r -> {
                g.writeStartObject();
                g.writeStringField("outcome", "refused");
                g.writeArrayFieldStart("problems");
                for (PlanningProblem problem : r.problems()) {
                    g.writeStartObject();
                    g.writeStringField("rule", problem.rule());
                    g.writeStringField("message", problem.message());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        }
        g.writeEndObject();
    }
}
