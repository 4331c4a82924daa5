package org.mandate.planning.lp;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mandate.economy.planning.model.ConsumersCouncil;
import org.mandate.economy.planning.model.PlanningInstance;
import org.mandate.economy.planning.model.Request;
import org.mandate.economy.planning.model.Step;
import org.mandate.economy.planning.model.Technique;
import org.mandate.economy.planning.model.WorkersCouncil;

/**
 * The central optimum of an instance's welfare, the reference the participatory plan is held against:
 * the same welfare (value of what is consumed less labour, in hours) over the same choices, as one
 * linear program that a centre would solve. Variables: each technique's activity within its capacity,
 * and each step of each request within its quantity (a concave utility fills its steps in order by
 * itself, so no ordering constraint is needed); each request's total at least its minimum; per good,
 * what techniques turn out less what they take and what consumers take is exactly zero. Solved by
 * OR-Tools: GLOP (simplex, exact) for small instances, PDLP (first-order, to a relative tolerance) for
 * large ones. Formulated from the instance's records, not from the procedure's arrays, so that the
 * two are independent.
 */
public final class CentralOptimum {
    /** The solvers of OR-Tools this reference can use. */
    public enum Solver { GLOP, PDLP }

    private static volatile boolean loaded;

    private CentralOptimum() {}

    /** Loads OR-Tools' native library once per JVM. */
    public static void load() {
        if (!loaded) {
            synchronized (CentralOptimum.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }

    /** GLOP up to this many variables, PDLP beyond. */
    public static Solver solverFor(PlanningInstance instance) {
        long variables = 0;
        for (WorkersCouncil w : instance.workers()) {
            variables += w.techniques().size();
        }
        for (ConsumersCouncil c : instance.consumers()) {
            for (Request r : c.requests()) {
                variables += r.steps().size();
            }
        }
        return variables <= 200_000 ? Solver.GLOP : Solver.PDLP;
    }

    /**
     * Solves the instance (already checked: a bad one is a bug here) with the given solver; PDLP stops
     * at the given relative optimality tolerance and uses the given threads.
     */
    public static LpReference solve(PlanningInstance instance, Solver which, double pdlpTolerance, int threads) {
        load();
        MPSolver solver = MPSolver.createSolver(which.name());
        if (solver == null) {
            throw new IllegalStateException("OR-Tools has no " + which + " solver in this build");
        }
        try {
            if (which == Solver.PDLP) {
                solver.setSolverSpecificParametersAsString(String.format(java.util.Locale.ROOT,
                        "num_threads: %d termination_criteria { simple_optimality_criteria { eps_optimal_absolute: %g eps_optimal_relative: %g } }",
                        threads, pdlpTolerance, pdlpTolerance));
            }
            Map<String, MPConstraint> balance = new HashMap<>();
            for (var good : instance.goods()) {
                balance.put(good.id(), solver.makeConstraint(0, 0, ""));
            }
            MPObjective objective = solver.objective();
            objective.setMaximization();
            List<MPVariable> activities = new ArrayList<>();
            for (WorkersCouncil council : instance.workers()) {
                for (Technique t : council.techniques()) {
                    MPVariable a = solver.makeNumVar(0, t.capacity(), "");
                    objective.setCoefficient(a, -t.labour());
                    Map<String, Double> net = new HashMap<>();
                    t.outputs().forEach((g, q) -> net.merge(g, q, Double::sum));
                    t.inputs().forEach((g, q) -> net.merge(g, -q, Double::sum));
                    net.forEach((g, q) -> balance.get(g).setCoefficient(a, q));
                    activities.add(a);
                }
            }
            List<List<MPVariable>> steps = new ArrayList<>();
            for (ConsumersCouncil council : instance.consumers()) {
                for (Request r : council.requests()) {
                    List<MPVariable> mine = new ArrayList<>();
                    MPConstraint minimum = r.minimum() > 0 ? solver.makeConstraint(r.minimum(), Double.POSITIVE_INFINITY, "") : null;
                    for (Step step : r.steps()) {
                        MPVariable s = solver.makeNumVar(0, step.quantity(), "");
                        objective.setCoefficient(s, step.value());
                        balance.get(r.good()).setCoefficient(s, -1);
                        if (minimum != null) {
                            minimum.setCoefficient(s, 1);
                        }
                        mine.add(s);
                    }
                    steps.add(mine);
                }
            }
            long start = System.nanoTime();
            MPSolver.ResultStatus status = solver.solve();
            double seconds = (System.nanoTime() - start) / 1e9;
            return LpReference.read(instance, which, status.name(), seconds, activities, steps, balance);
        } finally {
            solver.delete();
        }
    }
}
