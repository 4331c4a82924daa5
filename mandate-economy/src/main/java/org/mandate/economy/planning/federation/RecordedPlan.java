package org.mandate.economy.planning.federation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mandate.core.BodyId;
import org.mandate.core.plan.Plan;
import org.mandate.core.plan.PlanTerms;
import org.mandate.economy.planning.model.ConsumersCouncil;
import org.mandate.economy.planning.model.Good;
import org.mandate.economy.planning.model.PlanPeriod;
import org.mandate.economy.planning.model.PlanningInstance;
import org.mandate.economy.planning.model.Request;
import org.mandate.economy.planning.model.Step;
import org.mandate.economy.planning.model.Technique;
import org.mandate.economy.planning.model.WorkersCouncil;
import org.mandate.economy.planning.procedure.HumanRounds;
import org.mandate.economy.planning.procedure.Proposal;

/** A recorded plan period in the procedure's terms: thousandths become units, statements councils. */
public final class RecordedPlan {
    private RecordedPlan() {}

    /** The instance the bodies' statements make, workers' and consumers' councils in the order they first stated. */
    public static PlanningInstance instance(Plan plan) {
        List<Good> goods = plan.goods().stream().map(g -> new Good(g.id(), g.unit(), g.name())).toList();
        List<WorkersCouncil> workers = new ArrayList<>();
        List<ConsumersCouncil> consumers = new ArrayList<>();
        for (Plan.Statement s : plan.statements().values()) {
            if (s.workers()) {
                workers.add(new WorkersCouncil(s.body(), s.techniques().stream()
                        .map(t -> new Technique(t.id(), perUnit(t.outputs()), perUnit(t.inputs()), perUnit(t.labourPerUnit()), units(t.capacity())))
                        .toList()));
            } else {
                consumers.add(new ConsumersCouncil(s.body(), s.requests().stream()
                        .map(r -> new Request(r.good(), units(r.minimum()),
                                r.steps().stream().map(st -> new Step(units(st.quantity()), perUnit(st.valuePerUnit()))).toList())).toList()));
            }
        }
        return new PlanningInstance(new PlanPeriod(plan.from(), plan.to()), plan.tolerancePermille() / 1000.0, goods, workers, consumers);
    }

    /**
     * The proposals the bodies decided for themselves: each from the human round it was decided in until
     * the body decides again, since an automated round revises only what a body left to its statement.
     */
    public static HumanRounds humanRounds(Plan plan) {
        return (round, previous) -> {
            Map<BodyId, Proposal> standing = new LinkedHashMap<>();
            plan.standingOwn(round).forEach((body, q) -> standing.put(body, proposal(q)));
            return standing;
        };
    }

    static Proposal proposal(PlanTerms.Quantities q) {
        if (!q.activities().isEmpty()) {
            Map<String, Double> levels = new LinkedHashMap<>();
            q.activities().forEach(a -> levels.put(a.technique(), units(a.level())));
            return new Proposal.Production(q.body(), levels);
        }
        Map<String, Double> quantities = new LinkedHashMap<>();
        q.quantities().forEach(a -> quantities.put(a.good(), units(a.thousandths())));
        return new Proposal.Consumption(q.body(), quantities);
    }

    /** A proposal of the procedure in the record's thousandths. */
    static PlanTerms.Quantities quantities(Proposal p) {
        return switch (p) {
            case Proposal.Production prod -> new PlanTerms.Quantities(p.council(),
                    prod.activities().entrySet().stream().map(e -> new PlanTerms.Activity(e.getKey(), thousandths(e.getValue()))).toList(), List.of());
            case Proposal.Consumption cons -> new PlanTerms.Quantities(p.council(), List.of(),
                    cons.quantities().entrySet().stream().map(e -> new PlanTerms.Amount(e.getKey(), thousandths(e.getValue()))).toList());
        };
    }

    static double units(long thousandths) {
        return thousandths / 1000.0;
    }

    static long thousandths(double units) {
        return Math.round(units * 1000);
    }

    static double perUnit(long millionths) {
        return millionths / 1_000_000.0;
    }

    static long millionths(double perUnit) {
        return Math.round(perUnit * 1_000_000);
    }

    private static Map<String, Double> perUnit(List<PlanTerms.PerUnit> flows) {
        Map<String, Double> out = new LinkedHashMap<>();
        flows.forEach(a -> out.put(a.good(), perUnit(a.millionths())));
        return out;
    }

    static BodyId body(String id) {
        return new BodyId(id);
    }
}
