package org.mandate.economy.planning.federation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mandate.core.BodyId;
import org.mandate.core.Federation;
import org.mandate.core.Mandate;
import org.mandate.core.MemberId;
import org.mandate.core.ProposalId;
import org.mandate.core.plan.PlanCommand;
import org.mandate.core.plan.PlanEvent;
import org.mandate.core.plan.PlanTerms;
import org.mandate.economy.planning.model.ConsumersCouncil;
import org.mandate.economy.planning.model.PlanningInstance;
import org.mandate.economy.planning.model.WorkersCouncil;

/**
 * A standalone instance as a federation would state it: the catalogue of an opening decision and each
 * council's statement in the record's whole numbers (a technique's output is at least one millionth,
 * a step at least one thousandth, so nothing stated vanishes in rounding). For trying a plan period
 * on an instance file, in tests and in benchmarks.
 */
public final class InstanceStatements {
    private InstanceStatements() {}

    public static List<PlanTerms.PlanGood> catalogue(PlanningInstance instance) {
        return instance.goods().stream().map(g -> new PlanTerms.PlanGood(g.id(), g.unit(), g.name())).toList();
    }

    /** One statement per council, workers' councils first, in the instance's order. */
    public static List<PlanCommand> of(String plan, PlanningInstance instance) {
        List<PlanCommand> statements = new ArrayList<>();
        for (WorkersCouncil w : instance.workers()) {
            statements.add(new PlanCommand.StateTechniques(plan, w.id(), w.techniques().stream()
                    .map(t -> new PlanTerms.Technique(t.id(), perUnit(t.outputs(), 1), perUnit(t.inputs(), 0), RecordedPlan.millionths(t.labour()),
                            RecordedPlan.thousandths(t.capacity())))
                    .toList()));
        }
        for (ConsumersCouncil c : instance.consumers()) {
            statements.add(new PlanCommand.StateRequests(plan, c.id(), c.requests().stream()
                    .map(r -> new PlanTerms.Request(r.good(), RecordedPlan.thousandths(r.minimum()), r.steps().stream()
                            .map(s -> new PlanTerms.Step(Math.max(1, RecordedPlan.thousandths(s.quantity())), RecordedPlan.millionths(s.value())))
                            .toList()))
                    .toList()));
        }
        return statements;
    }

    /**
     * A federation state holding only the period {@code plan}, opened by {@code council} at {@code opened}
     * with statements closing at {@code balanceAt}, and the instance's statements: folded from events,
     * without the decisions and offices a real record has before them.
     */
    public static Federation recorded(PlanningInstance instance, String plan, int humanRounds, Instant opened, Instant balanceAt) {
        Federation state = new Federation();
        Mandate.evolve(state, new PlanEvent.PlanPeriodOpened(opened, new BodyId("council"), plan, instance.period().from(), instance.period().to(),
                catalogue(instance), (int) Math.round(instance.tolerance() * 1000), humanRounds, balanceAt, new ProposalId("open-" + plan)));
        MemberId planner = new MemberId("planner");
        for (PlanCommand c : of(plan, instance)) {
            Mandate.evolve(state, switch (c) {
                case PlanCommand.StateTechniques t -> new PlanEvent.TechniquesStated(opened, plan, t.body(), t.techniques(), planner, "planner");
                case PlanCommand.StateRequests r -> new PlanEvent.RequestsStated(opened, plan, r.body(), r.requests(), planner, "planner");
                default -> throw new IllegalStateException("not a statement: " + c);
            });
        }
        return state;
    }

    private static List<PlanTerms.PerUnit> perUnit(Map<String, Double> flows, long least) {
        return flows.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new PlanTerms.PerUnit(e.getKey(), Math.max(least, RecordedPlan.millionths(e.getValue())))).toList();
    }
}
