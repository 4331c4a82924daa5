package org.mandate.core.plan;

import java.util.List;
import org.mandate.core.Federation;
import org.mandate.core.MandateException;
import org.mandate.core.plan.PlanEvent.*;

/** Folds plan events. */
public final class PlanEvolution {
    private PlanEvolution() {}

    public static void evolve(Federation state, PlanEvent event) {
        if (event instanceof PlanPeriodOpened e) {
            state.plans().open(e);
            return;
        }
        Plan plan = state.plans().of(event.plan());
        if (plan == null) {
            throw new MandateException("plan event of " + event.plan() + ", which was never opened: the log is not consistent");
        }
        switch (event) {
            case PlanPeriodOpened e -> throw new IllegalStateException("handled above");
            case TechniquesStated e -> plan.state(new Plan.Statement(e.body(), e.techniques(), List.of(), e.at()));
            case RequestsStated e -> plan.state(new Plan.Statement(e.body(), List.of(), e.requests(), e.at()));
            case HumanRoundCalled e -> plan.humanRound(e.round(), e.until());
            case QuantitiesProposed e -> plan.own(e.round(), e.proposal());
            case PlanRoundPublished e -> plan.round(e.round());
            case PlanProposalComputed e -> plan.computed(e.round(), e.proposal());
            case PlanStretchEnded e -> plan.ended(e.ending(), e.blocking(), e.why());
            case PlanProposalRatified e -> plan.ratify(e.body(), e.round());
            case PlanAdopted e -> plan.adopt(e);
        }
    }
}
