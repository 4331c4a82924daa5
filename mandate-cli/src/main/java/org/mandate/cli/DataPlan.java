package org.mandate.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.mandate.cli.planning.DataPlanReport;
import org.mandate.cli.planning.RecordCheck;
import org.mandate.core.Federation;
import org.mandate.core.plan.Plan;
import org.mandate.core.plan.PlanPhase;
import org.mandate.economy.planning.federation.RecordedPlan;
import org.mandate.economy.planning.federation.Stretch;
import org.mandate.economy.planning.model.PlanningInstance;
import org.mandate.economy.planning.procedure.PlanningOutcome;
import org.mandate.planning.lp.LpReference;

/**
 * {@code plan --data DIR}: a federation's plan periods as its record holds them, rerun offline by the
 * procedure the server runs ({@link Stretch#run}) on the bodies' recorded statements and the proposals
 * they decided in human rounds, and held against the record. Anyone with the record can so check that
 * no round, ending or proposal was made up: the procedure is deterministic, so the rerun must give
 * the recorded rounds exactly. Nothing is changed.
 */
final class DataPlan {
    /** Exit code when a rerun differs from the record. */
    static final int DIFFERS = 4;

    private DataPlan() {}

    /** Reruns the chosen plan periods and reports them; the exit code says whether every one matched its record. */
    static int run(StoreOptions options, String planId, boolean json, Function<PlanningInstance, Optional<LpReference>> reference,
            PrintWriter out, PrintWriter err) throws java.io.IOException {
        Optional<Federation> read = options.federation(err);
        if (read.isEmpty()) {
            return 1;
        }
        Federation state = read.get();
        List<Plan> plans = chosen(state, planId, err);
        if (plans.isEmpty()) {
            return 1;
        }
        List<DataPlanReport.Period> reruns = new ArrayList<>();
        for (Plan plan : plans) {
            PlanningInstance instance = RecordedPlan.instance(plan);
            PlanningOutcome outcome = Stretch.run(plan);
            boolean planned = outcome instanceof PlanningOutcome.Balanced || outcome instanceof PlanningOutcome.Unsettled;
            reruns.add(new DataPlanReport.Period(plan, plan.phase(state), plan.dueAt(state), instance, outcome, RecordCheck.of(plan, outcome),
                    planned ? reference.apply(instance) : Optional.empty()));
        }
        if (json) {
            DataPlanReport.json(reruns, out);
        } else {
            for (DataPlanReport.Period r : reruns) {
                DataPlanReport.text(r, out);
            }
        }
        out.flush();
        return reruns.stream().allMatch(r -> r.check().matches()) ? 0 : DIFFERS;
    }

    /** The plan named, or every plan period still open; none, after saying why, when there is nothing to rerun. */
    static List<Plan> chosen(Federation state, String planId, PrintWriter err) {
        List<String> ids = state.plans().all().stream().map(Plan::id).toList();
        if (planId != null) {
            Plan plan = state.plans().of(planId);
            if (plan == null) {
                err.println("no plan period '" + planId + "' in this federation; " + (ids.isEmpty() ? "no council has opened one"
                        : "its plan periods: " + ids));
            }
            return plan == null ? List.of() : List.of(plan);
        }
        List<Plan> open = state.plans().all().stream().filter(p -> p.phase(state) != PlanPhase.ADOPTED && p.phase(state) != PlanPhase.ANNULLED)
                .toList();
        if (open.isEmpty()) {
            err.println(ids.isEmpty() ? "no council in this federation has opened a plan period: there is nothing to rerun"
                    : "no plan period is open in this federation; name an adopted or annulled one with --plan: " + ids);
        }
        return open;
    }
}
