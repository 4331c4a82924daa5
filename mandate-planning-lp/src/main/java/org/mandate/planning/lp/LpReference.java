package org.mandate.planning.lp;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mandate.economy.planning.model.PlanningInstance;
import org.mandate.economy.planning.model.Request;
import org.mandate.economy.planning.model.Step;
import org.mandate.economy.planning.model.Technique;
import org.mandate.economy.planning.model.WorkersCouncil;
import org.mandate.economy.planning.model.ConsumersCouncil;

/**
 * The central optimum as solved: the solver and its status, the solve time in seconds (the model's
 * building excluded), and the solution in the instance's own order: an activity per technique
 * (workers' councils in order, their techniques in order), a quantity per request (consumers'
 * councils in order), the welfare, utility and labour they make, the largest relative imbalance of
 * any good in that solution (zero up to rounding for GLOP; PDLP's is within its tolerance), and a
 * price per good in catalogue order (the dual of its balance, in hours per unit).
 */
public record LpReference(CentralOptimum.Solver solver, String status, double seconds, double welfare, double utility, double labour,
        double largestImbalance, List<Double> activities, List<Double> quantities, List<Double> prices) {
    public LpReference {
        activities = List.copyOf(activities);
        quantities = List.copyOf(quantities);
        prices = List.copyOf(prices);
    }

    public boolean optimal() {
        return status.equals("OPTIMAL");
    }

    static LpReference read(PlanningInstance instance, CentralOptimum.Solver solver, String status, double seconds, List<MPVariable> activityVars,
            List<List<MPVariable>> stepVars, Map<String, MPConstraint> balance) {
        List<Double> activities = new ArrayList<>(activityVars.size());
        Map<String, double[]> flows = new java.util.HashMap<>();
        instance.goods().forEach(g -> flows.put(g.id(), new double[2]));
        double labour = 0;
        int k = 0;
        for (WorkersCouncil council : instance.workers()) {
            for (Technique t : council.techniques()) {
                double a = Math.max(0, Math.min(t.capacity(), activityVars.get(k++).solutionValue()));
                activities.add(a);
                labour += a * t.labour();
                t.outputs().forEach((g, q) -> flows.get(g)[0] += q * a);
                t.inputs().forEach((g, q) -> flows.get(g)[1] += q * a);
            }
        }
        List<Double> quantities = new ArrayList<>(stepVars.size());
        double utility = 0;
        int r = 0;
        for (ConsumersCouncil council : instance.consumers()) {
            for (Request request : council.requests()) {
                double total = 0;
                List<MPVariable> vars = stepVars.get(r++);
                for (int s = 0; s < vars.size(); s++) {
                    Step step = request.steps().get(s);
                    double q = Math.max(0, Math.min(step.quantity(), vars.get(s).solutionValue()));
                    total += q;
                    utility += q * step.value();
                }
                quantities.add(total);
                flows.get(request.good())[1] += total;
            }
        }
        double largest = 0;
        for (double[] flow : flows.values()) {
            double gap = Math.abs(flow[0] - flow[1]);
            if (gap > 1e-9 * Math.max(1, flow[0])) {
                largest = Math.max(largest, flow[0] > 0 ? gap / flow[0] : Double.POSITIVE_INFINITY);
            }
        }
        List<Double> prices = new ArrayList<>();
        instance.goods().forEach(g -> prices.add(-balance.get(g.id()).dualValue()));
        return new LpReference(solver, status, seconds, utility - labour, utility, labour, largest, activities, quantities, prices);
    }
}
