package org.mandate.economy.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.mandate.core.BodyId;
import org.mandate.economy.planning.model.ConsumersCouncil;
import org.mandate.economy.planning.model.Good;
import org.mandate.economy.planning.model.PlanPeriod;
import org.mandate.economy.planning.model.PlanningInstance;
import org.mandate.economy.planning.model.Request;
import org.mandate.economy.planning.model.Step;
import org.mandate.economy.planning.model.Technique;
import org.mandate.economy.planning.model.WorkersCouncil;

/**
 * Synthetic planning instances of a productive economy, for tests and benchmarks. Good g is counted in
 * a unit of its own (a typical council handles {@code 10^1..10^4} of it), so the procedure meets the
 * spread of units of a real catalogue. Workers' council w makes good {@code w mod goods}, by
 * {@code techniques} techniques of one unit of output each, from {@code inputs} other goods; the inputs
 * of one unit, measured in each good's typical quantity, add up to at most 0.6, so the input matrix is
 * productive (its spectral radius, unchanged by the choice of units, is below one) and the economy can
 * make a surplus. Labour is 0.5 to 2 hours per typical quantity. Consumers' councils request
 * {@code requests} goods each, in one to three steps of diminishing value starting at one to three
 * times the good's full labour cost (direct and embodied, from the average technique), so most goods
 * are worth making and capacities (about the consumers' total request, shared among the producers of
 * the good) bind on some. A share {@code needs} of the requests state a minimum of up to a fifth of
 * their first step. The same seed gives the same instance on every JDK.
 */
public final class PlanningEconomies {
    private PlanningEconomies() {}

    /** The shape of an instance. */
    public record Shape(int goods, int workers, int consumers, int techniques, int inputs, int requests, double needs) {
        public Shape {
            if (goods < 2 || workers < goods || consumers < 1 || techniques < 1 || inputs < 0 || inputs >= goods || requests < 1
                    || requests > goods || needs < 0 || needs > 1) {
                throw new IllegalArgumentException("not a shape of a planning instance: " + this);
            }
        }
    }

    public static PlanningInstance generate(Shape shape, long seed) {
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        int goods = shape.goods();
        double[] typical = new double[goods];
        double[] labour = new double[goods];
        List<Good> catalogue = new ArrayList<>();
        for (int g = 0; g < goods; g++) {
            typical[g] = Math.pow(10, 1 + 3 * random.nextDouble());
            labour[g] = (0.5 + 1.5 * random.nextDouble()) / typical[g];
            catalogue.add(new Good("g" + g, "u" + g, "good " + g));
        }
        // Each good's techniques, drawn first so that full costs (and so consumers' values) can follow from them.
        List<List<Technique>> byCouncil = new ArrayList<>();
        int[] producers = new int[goods];
        for (int w = 0; w < shape.workers(); w++) {
            int g = w % goods;
            producers[g]++;
            List<Technique> techniques = new ArrayList<>();
            for (int t = 0; t < shape.techniques(); t++) {
                techniques.add(technique(random, shape, g, t, typical, labour));
            }
            byCouncil.add(techniques);
        }
        double[] cost = fullCosts(byCouncil, shape, typical);
        double[] asked = new double[goods];
        List<ConsumersCouncil> consumers = new ArrayList<>();
        for (int c = 0; c < shape.consumers(); c++) {
            List<Request> requests = new ArrayList<>();
            for (int g : distinct(random, shape.requests(), goods)) {
                requests.add(request(random, shape, g, typical[g], cost[g]));
                asked[g] += requests.get(requests.size() - 1).maximum();
            }
            consumers.add(new ConsumersCouncil(BodyId.of("consumers-" + c), requests));
        }
        List<WorkersCouncil> workers = new ArrayList<>();
        for (int w = 0; w < shape.workers(); w++) {
            int g = w % goods;
            double share = Math.max(asked[g], typical[g]) / producers[g] / shape.techniques();
            List<Technique> sized = new ArrayList<>();
            for (Technique t : byCouncil.get(w)) {
                sized.add(new Technique(t.id(), t.outputs(), t.inputs(), t.labour(), share * (0.6 + 0.9 * random.nextDouble())));
            }
            workers.add(new WorkersCouncil(BodyId.of("workers-" + w), sized));
        }
        return new PlanningInstance(new PlanPeriod(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)), PlanningInstance.DEFAULT_TOLERANCE,
                catalogue, workers, consumers);
    }

    private static Technique technique(RandomGenerator random, Shape shape, int g, int number, double[] typical, double[] labour) {
        Map<String, Double> inputs = new HashMap<>();
        double budget = 0.6 * random.nextDouble();
        int others = shape.inputs();
        for (int input : distinct(random, others, typical.length - 1)) {
            int i = input >= g ? input + 1 : input;
            double share = budget / others * (0.5 + random.nextDouble());
            inputs.put("g" + i, Math.min(budget / others * 1.5, share) * typical[i] / typical[g]);
        }
        return new Technique("t" + number, Map.of("g" + g, 1.0), inputs, labour[g] * (0.7 + 0.6 * random.nextDouble()),
                0);
    }

    /** Full labour cost of a unit of each good by the average of its techniques, by fixed-point iteration (a productive economy converges). */
    private static double[] fullCosts(List<List<Technique>> byCouncil, Shape shape, double[] typical) {
        int goods = typical.length;
        List<int[]> inputGoods = new ArrayList<>();
        List<double[]> inputAmounts = new ArrayList<>();
        List<Integer> made = new ArrayList<>();
        List<Double> labour = new ArrayList<>();
        for (int w = 0; w < byCouncil.size(); w++) {
            for (Technique t : byCouncil.get(w)) {
                int[] in = new int[t.inputs().size()];
                double[] amount = new double[in.length];
                int k = 0;
                for (Map.Entry<String, Double> input : t.inputs().entrySet()) {
                    in[k] = Integer.parseInt(input.getKey().substring(1));
                    amount[k++] = input.getValue();
                }
                inputGoods.add(in);
                inputAmounts.add(amount);
                made.add(w % goods);
                labour.add(t.labour());
            }
        }
        double[] cost = new double[goods];
        for (int pass = 0; pass < 60; pass++) {
            double[] next = new double[goods];
            int[] count = new int[goods];
            for (int t = 0; t < made.size(); t++) {
                double c = labour.get(t);
                int[] in = inputGoods.get(t);
                double[] amount = inputAmounts.get(t);
                for (int k = 0; k < in.length; k++) {
                    c += amount[k] * cost[in[k]];
                }
                next[made.get(t)] += c;
                count[made.get(t)]++;
            }
            for (int g = 0; g < goods; g++) {
                cost[g] = next[g] / count[g];
            }
        }
        return cost;
    }

    private static Request request(RandomGenerator random, Shape shape, int g, double typical, double cost) {
        int steps = 1 + random.nextInt(3);
        List<Step> list = new ArrayList<>();
        double value = cost * (1 + 2 * random.nextDouble());
        for (int k = 0; k < steps; k++) {
            list.add(new Step(typical * (0.2 + 0.8 * random.nextDouble()), value));
            value *= 0.4 + 0.5 * random.nextDouble();
        }
        double minimum = random.nextDouble() < shape.needs() ? list.get(0).quantity() * 0.2 * random.nextDouble() : 0;
        return new Request("g" + g, minimum, list);
    }

    /** k distinct numbers below n, in the order drawn. */
    private static Set<Integer> distinct(RandomGenerator random, int k, int n) {
        Set<Integer> chosen = new LinkedHashSet<>();
        while (chosen.size() < k) {
            chosen.add(random.nextInt(n));
        }
        return chosen;
    }
}
