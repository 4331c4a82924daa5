package org.mandate.economy.planning.procedure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mandate.core.BodyId;
import org.mandate.economy.planning.check.PlanningProblem;
import org.mandate.economy.planning.model.ConsumersCouncil;
import org.mandate.economy.planning.model.Request;
import org.mandate.economy.planning.model.Technique;
import org.mandate.economy.planning.model.WorkersCouncil;

/**
 * Between proposals as councils state them (by technique and good id) and the procedure's arrays:
 * checks a council's own proposal against what it stated, and reads every council's current proposal
 * back out. A proposal must name each of its council's techniques or requests once, with a finite
 * quantity within the council's own bounds.
 */
final class Proposals {
    private final Economy e;
    private final Map<BodyId, Integer> index = new HashMap<>();

    Proposals(Economy e) {
        this.e = e;
        for (int c = 0; c < e.councils(); c++) {
            index.put(e.councils[c], c);
        }
    }

    /** The checked proposals by council index, or the problems that refuse them all. */
    Map<Integer, double[]> check(Map<BodyId, Proposal> own, List<PlanningProblem> problems) {
        Map<Integer, double[]> checked = new HashMap<>();
        own.values().forEach(p -> {
            Integer c = index.get(p.council());
            if (c == null) {
                problems.add(new PlanningProblem.UnknownCouncil(p.council().value()));
                return;
            }
            double[] values = switch (p) {
                case Proposal.Production production when e.isWorkers(c) -> production(production, problems);
                case Proposal.Consumption consumption when !e.isWorkers(c) -> consumption(c, consumption, problems);
                default -> {
                    problems.add(new PlanningProblem.ProposalNamesUnknown(p.council().value(),
                            e.isWorkers(c) ? "quantities to consume, but it is a workers' council" : "activities, but it is a consumers' council"));
                    yield null;
                }
            };
            if (values != null) {
                checked.put(c, values);
            }
        });
        return checked;
    }

    private double[] production(Proposal.Production p, List<PlanningProblem> problems) {
        WorkersCouncil council = e.instance.workers().get(index.get(p.council()));
        List<String> ids = council.techniques().stream().map(Technique::id).toList();
        double[] values = new double[ids.size()];
        for (int t = 0; t < ids.size(); t++) {
            Technique technique = council.techniques().get(t);
            values[t] = bounded(p.council(), p.activities().get(ids.get(t)), "the activity of technique " + ids.get(t), 0, technique.capacity(),
                    problems);
        }
        unknown(p.council(), p.activities().keySet(), ids, "technique ", problems);
        return values;
    }

    private double[] consumption(int c, Proposal.Consumption p, List<PlanningProblem> problems) {
        ConsumersCouncil council = e.instance.consumers().get(c - e.workers);
        List<String> goods = council.requests().stream().map(Request::good).toList();
        double[] values = new double[goods.size()];
        for (int r = 0; r < goods.size(); r++) {
            Request request = council.requests().get(r);
            values[r] = bounded(p.council(), p.quantities().get(goods.get(r)), "'" + goods.get(r) + "'", request.minimum(), request.maximum(),
                    problems);
        }
        unknown(p.council(), p.quantities().keySet(), goods, "the good ", problems);
        return values;
    }

    private static double bounded(BodyId council, Double value, String what, double low, double high, List<PlanningProblem> problems) {
        if (value == null) {
            problems.add(new PlanningProblem.ProposalIncomplete(council.value(), what));
            return 0;
        }
        if (!(value >= low && value <= high)) {
            problems.add(new PlanningProblem.ProposalOutsideBounds(council.value(), what, value, low, high));
        }
        return value;
    }

    private static void unknown(BodyId council, Iterable<String> named, List<String> known, String kind, List<PlanningProblem> problems) {
        for (String name : named) {
            if (!known.contains(name)) {
                problems.add(new PlanningProblem.ProposalNamesUnknown(council.value(), kind + "'" + name + "'"));
            }
        }
    }

    /** Every council's current proposal, read from the arrays: what the council itself last proposed or was computed for it. */
    List<Proposal> current(Balancing b) {
        List<Proposal> all = new ArrayList<>(e.councils());
        for (int w = 0; w < e.workers; w++) {
            Map<String, Double> activities = new LinkedHashMap<>();
            List<Technique> techniques = e.instance.workers().get(w).techniques();
            for (int t = 0; t < techniques.size(); t++) {
                activities.put(techniques.get(t).id(), b.activity[e.techStart[w] + t]);
            }
            all.add(new Proposal.Production(e.councils[w], activities));
        }
        for (int c = e.workers; c < e.councils(); c++) {
            Map<String, Double> quantities = new LinkedHashMap<>();
            List<Request> requests = e.instance.consumers().get(c - e.workers).requests();
            for (int r = 0; r < requests.size(); r++) {
                quantities.put(requests.get(r).good(), b.x[e.slotStart[c] + r]);
            }
            all.add(new Proposal.Consumption(e.councils[c], quantities));
        }
        return all;
    }
}
