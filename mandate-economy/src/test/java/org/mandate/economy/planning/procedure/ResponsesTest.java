package org.mandate.economy.planning.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;
import org.mandate.economy.planning.Instances;
import org.mandate.economy.planning.model.ConsumersCouncil;
import org.mandate.economy.planning.model.PlanningInstance;
import org.mandate.economy.planning.model.Request;
import org.mandate.economy.planning.model.Technique;
import org.mandate.economy.planning.model.WorkersCouncil;

/**
 * Each council's response is the exact minimiser of its own problem: checked on seeded random
 * councils against the optimality conditions (workers) and against a dense search (consumers). A
 * failure names its seed; rerun one with {@code -Dplanning.seed=N}.
 */
class ResponsesTest {
    private static final long FIRST_SEED = Long.getLong("planning.seed", 20261125L);
    private static final int SEEDS = Integer.getInteger("planning.seeds", 300);

    @Test
    void a_workers_councils_response_meets_the_optimality_conditions_of_its_box_constrained_problem() {
        for (long seed = FIRST_SEED; seed < FIRST_SEED + SEEDS; seed++) {
            RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
            int goods = 1 + random.nextInt(4);
            List<Technique> techniques = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            for (int t = 0; t < count; t++) {
                Map<String, Double> outputs = new HashMap<>();
                Map<String, Double> inputs = new HashMap<>();
                outputs.put("g0", 0.5 + random.nextDouble());
                for (int g = 1; g < goods; g++) {
                    if (random.nextBoolean()) {
                        (random.nextBoolean() ? outputs : inputs).put("g" + g, random.nextDouble() * 2);
                    }
                }
                techniques.add(Instances.technique("t" + t, outputs, inputs, random.nextDouble() * 3, 1 + random.nextDouble() * 20));
            }
            Economy e = economy(List.of(Instances.workers("w", techniques.toArray(Technique[]::new))), goods);
            double[] v = new double[e.slots()];
            double[] rho = new double[e.goods()];
            for (int s = 0; s < v.length; s++) {
                v[s] = (random.nextDouble() - 0.5) * 40;
            }
            for (int g = 0; g < rho.length; g++) {
                rho[g] = 0.05 + random.nextDouble() * 3;
            }
            double[] activity = new double[e.capacity.length];
            for (int t = 0; t < activity.length; t++) {
                activity[t] = random.nextDouble() * e.capacity[t];
            }
            double[] x = new double[e.slots()];
            Responses.workers(e, 0, v, rho, activity, x, new double[e.slots()]);
            long s = seed;
            for (int t = 0; t < activity.length; t++) {
                double gradient = e.labour[t];
                for (int k = e.coefStart[t]; k < e.coefStart[t + 1]; k++) {
                    int slot = e.coefSlot[k];
                    gradient += rho[e.slotGood[slot]] * (e.coefIn[k] - e.coefOut[k]) * (x[slot] - v[slot]);
                }
                String where = "seed " + s + ", technique " + t + ", activity " + activity[t] + ", gradient " + gradient;
                assertThat(activity[t]).as(where).isBetween(0.0, e.capacity[t]);
                double slack = 1e-6 * (1 + Math.abs(e.labour[t]));
                if (activity[t] > 1e-9 * e.capacity[t] && activity[t] < e.capacity[t] * (1 - 1e-9)) {
                    assertThat(Math.abs(gradient)).as(where).isLessThan(slack);
                } else if (activity[t] <= 1e-9 * e.capacity[t]) {
                    assertThat(gradient).as(where).isGreaterThan(-slack);
                } else {
                    assertThat(gradient).as(where).isLessThan(slack);
                }
            }
        }
    }

    @Test
    void a_consumers_councils_response_is_no_worse_than_any_quantity_within_its_request() {
        for (long seed = FIRST_SEED; seed < FIRST_SEED + SEEDS; seed++) {
            RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
            int steps = 1 + random.nextInt(4);
            double[] list = new double[steps * 2];
            double value = 1 + random.nextDouble() * 9;
            for (int k = 0; k < steps; k++) {
                list[2 * k] = random.nextDouble() * 10;
                list[2 * k + 1] = value;
                value *= random.nextDouble();
            }
            Request request = Instances.request("g0", 0, list);
            double minimum = random.nextBoolean() ? random.nextDouble() * request.maximum() : 0;
            request = new Request("g0", minimum, request.steps());
            Economy e = economy(List.of(Instances.workers("w", Instances.technique("t", Map.of("g0", 1.0), Map.of(), 1, 1))),
                    List.of(Instances.consumers("c", request)), 1);
            int slot = e.firstConsumerSlot();
            double[] v = new double[e.slots()];
            double[] rho = {0.05 + random.nextDouble() * 3};
            v[slot] = (random.nextDouble() - 0.3) * 20;
            double[] x = new double[e.slots()];
            Responses.consumers(e, 1, v, rho, x);
            double ours = objective(e, slot, x[slot], v[slot], rho[0]);
            assertThat(x[slot]).as("seed " + seed).isBetween(e.low[slot], e.high[slot]);
            for (int i = 0; i <= 2000; i++) {
                double q = e.low[slot] + (e.high[slot] - e.low[slot]) * i / 2000;
                assertThat(ours).as("seed " + seed + ": x = " + x[slot] + " against " + q).isLessThanOrEqualTo(objective(e, slot, q, v[slot], rho[0]) + 1e-9);
            }
        }
    }

    private static double objective(Economy e, int slot, double q, double v, double rho) {
        return -Valuation.utility(e, slot, q) + rho / 2 * (q - v) * (q - v);
    }

    private static Economy economy(List<WorkersCouncil> workers, int goods) {
        return economy(workers, List.of(Instances.consumers("c", Instances.request("g0", 0, 1, 1))), goods);
    }

    private static Economy economy(List<WorkersCouncil> workers, List<ConsumersCouncil> consumers, int goods) {
        String[] ids = new String[goods];
        for (int g = 0; g < goods; g++) {
            ids[g] = "g" + g;
        }
        PlanningInstance instance = Instances.of(workers, consumers, ids);
        return new Economy(instance);
    }
}
