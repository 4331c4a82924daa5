package org.mandate.economy.planning.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mandate.core.Ids;
import org.mandate.economy.planning.check.PlanningProblem.*;
import org.mandate.economy.planning.model.ConsumersCouncil;
import org.mandate.economy.planning.model.Good;
import org.mandate.economy.planning.model.PlanningInstance;
import org.mandate.economy.planning.model.Request;
import org.mandate.economy.planning.model.Step;
import org.mandate.economy.planning.model.Technique;
import org.mandate.economy.planning.model.WorkersCouncil;

/**
 * Every problem of an instance, rule by rule, in the order a reader meets them. An instance is planned
 * only when this list is empty; then every number is finite and non-negative, every name resolves, and
 * the procedure meets no surprise.
 */
public final class InstanceCheck {
    private final List<PlanningProblem> problems = new ArrayList<>();
    private final Set<String> goods = new HashSet<>();
    private final Set<String> produced = new HashSet<>();
    /** Who needs each good nobody may produce, first mention only: kept in order for a stable report. */
    private final Map<String, String> needed = new LinkedHashMap<>();

    private InstanceCheck() {}

    public static List<PlanningProblem> problems(PlanningInstance instance) {
        InstanceCheck check = new InstanceCheck();
        check.instance(instance);
        return List.copyOf(check.problems);
    }

    private void instance(PlanningInstance instance) {
        double tolerance = instance.tolerance();
        if (!(tolerance > 0 && tolerance < 1)) {
            problems.add(new ToleranceOutOfRange(tolerance));
        }
        if (instance.period().to().isBefore(instance.period().from())) {
            problems.add(new PeriodBackwards(instance.period().from().toString(), instance.period().to().toString()));
        }
        for (Good good : instance.goods()) {
            if (!Ids.valid(good.id())) {
                problems.add(new MalformedId("good", good.id()));
            } else if (!goods.add(good.id())) {
                problems.add(new DuplicateId("good", good.id()));
            }
        }
        Set<String> councils = new HashSet<>();
        for (WorkersCouncil council : instance.workers()) {
            if (!councils.add(council.id().value())) {
                problems.add(new DuplicateId("council", council.id().value()));
            }
            workers(council);
        }
        boolean anyRequest = false;
        for (ConsumersCouncil council : instance.consumers()) {
            if (!councils.add(council.id().value())) {
                problems.add(new DuplicateId("council", council.id().value()));
            }
            consumers(council);
            anyRequest |= !council.requests().isEmpty();
        }
        if (!anyRequest) {
            problems.add(new NothingToPlan());
        }
        needed.forEach((good, by) -> {
            if (!produced.contains(good)) {
                problems.add(new NobodyProduces(good, by));
            }
        });
    }

    private void workers(WorkersCouncil council) {
        String name = council.id().value();
        if (council.techniques().isEmpty()) {
            problems.add(new NoTechnique(name));
        }
        Set<String> ids = new HashSet<>();
        for (Technique technique : council.techniques()) {
            String where = "technique " + technique.id() + " of workers' council " + name;
            if (!Ids.valid(technique.id())) {
                problems.add(new MalformedId("technique", technique.id()));
            } else if (!ids.add(technique.id())) {
                problems.add(new DuplicateId("technique of workers' council " + name, technique.id()));
            }
            amount(where, "labour per unit of activity", technique.labour());
            amount(where, "capacity", technique.capacity());
            boolean producesSomething = false;
            for (Map.Entry<String, Double> output : technique.outputs().entrySet()) {
                String good = output.getKey();
                boolean fine = known(where, good) & amount(where, "output of '" + good + "'", output.getValue());
                double in = technique.inputs().getOrDefault(good, 0.0);
                if (fine && output.getValue() > (Double.isFinite(in) ? in : Double.POSITIVE_INFINITY)) {
                    producesSomething = true;
                    produced.add(good);
                }
            }
            for (Map.Entry<String, Double> input : technique.inputs().entrySet()) {
                if (known(where, input.getKey()) & amount(where, "input of '" + input.getKey() + "'", input.getValue()) && input.getValue() > 0) {
                    needed.putIfAbsent(input.getKey(), where);
                }
            }
            if (!producesSomething) {
                problems.add(new ProducesNothing(name, technique.id()));
            }
        }
    }

    private void consumers(ConsumersCouncil council) {
        String name = council.id().value();
        if (council.requests().isEmpty()) {
            problems.add(new NoRequest(name));
        }
        Set<String> requested = new HashSet<>();
        for (Request request : council.requests()) {
            String good = request.good();
            String where = "the request of consumers' council " + name + " for '" + good + "'";
            if (!known("Consumers' council " + name, good)) {
                continue;
            }
            if (!requested.add(good)) {
                problems.add(new DuplicateId("request of consumers' council " + name + " for a", good));
            }
            needed.putIfAbsent(good, "consumers' council " + name);
            boolean fine = amount(where, "minimum", request.minimum());
            if (request.steps().isEmpty()) {
                problems.add(new RequestWithoutPreference(name, good));
                continue;
            }
            double previous = Double.POSITIVE_INFINITY;
            for (int k = 0; k < request.steps().size(); k++) {
                Step step = request.steps().get(k);
                String at = "step " + (k + 1) + " of " + where;
                fine &= amount(at, "quantity", step.quantity()) & amount(at, "value", step.value());
                if (Double.isFinite(step.value()) && step.value() > previous) {
                    problems.add(new PreferenceNotDiminishing(name, good, k + 1));
                }
                previous = step.value();
            }
            if (fine && request.minimum() > request.maximum()) {
                problems.add(new MinimumAboveRequest(name, good, request.minimum(), request.maximum()));
            }
        }
    }

    private boolean known(String where, String good) {
        if (goods.contains(good)) {
            return true;
        }
        problems.add(new UnknownGood(Character.toUpperCase(where.charAt(0)) + where.substring(1), good));
        return false;
    }

    /** A stated amount is finite and not negative; says which rule it breaks otherwise. */
    private boolean amount(String where, String field, double value) {
        if (!Double.isFinite(value)) {
            problems.add(new NotFinite(where, field));
            return false;
        }
        if (value < 0) {
            problems.add(new NegativeCoefficient(where, field, value));
            return false;
        }
        return true;
    }
}
