package org.mandate.core.plan;

import java.util.List;
import org.mandate.core.BodyId;

/**
 * The values plans are stated in, all whole numbers, since the record holds no fractions. Quantities
 * (capacities, activity levels, needs, requests, proposals) are thousandths of a unit (1500 is 1.5 t);
 * what is stated per unit (a technique's outputs, inputs and labour per unit of activity, a step's
 * value per unit) is in millionths, so that a cheap good counted in small units (a kWh at 0.0002 hours)
 * keeps its worth; prices are millionths of an hour per unit, imbalances parts per million.
 */
public interface PlanTerms {

    /** A good of the period's catalogue, counted in {@code unit} for the whole period. */
    record PlanGood(String id, String unit, String name) {}

    /** So many thousandths of a unit of a good. */
    record Amount(String good, long thousandths) {}

    /** So many millionths of a unit of a good for each unit of activity. */
    record PerUnit(String good, long millionths) {}

    /**
     * One way a workers' council can produce, per unit of activity: what it turns out and what it uses
     * up (millionths of a unit of each good), the labour it takes (millionths of an hour), and the most
     * units of activity it can run (thousandths).
     */
    record Technique(String id, List<PerUnit> outputs, List<PerUnit> inputs, long labourPerUnit, long capacity) {
        public Technique {
            outputs = outputs == null ? List.of() : List.copyOf(outputs);
            inputs = inputs == null ? List.of() : List.copyOf(inputs);
        }
    }

    /** The next {@code quantity} thousandths of a unit are each worth {@code valuePerUnit} millionths of an hour. */
    record Step(long quantity, long valuePerUnit) {}

    /** What a consumers' council asks of a good: at least {@code minimum} thousandths, up to the sum of its steps. */
    record Request(String good, long minimum, List<Step> steps) {
        public Request {
            steps = steps == null ? List.of() : List.copyOf(steps);
        }

        public long maximum() {
            long total = 0;
            for (Step s : steps) {
                total += s.quantity();
            }
            return total;
        }
    }

    /** So many thousandths of a unit of activity of one technique. */
    record Activity(String technique, long level) {}

    /** A body's proposal: activity levels (a workers' council) or quantities (a consumers' council). */
    record Quantities(BodyId body, List<Activity> activities, List<Amount> quantities) {
        public Quantities {
            activities = activities == null ? List.of() : List.copyOf(activities);
            quantities = quantities == null ? List.of() : List.copyOf(quantities);
        }
    }

    /**
     * What one round published: its number, the bodies that proposed for themselves in it, the largest
     * relative imbalance (ppm) and its good, the welfare of the round's proposals, the computed
     * proposals' total regret at its prices and the welfare bound they prove (thousandths of an hour),
     * then per good of the catalogue, in order, the price (millionths of an hour per unit) and the signed
     * imbalance (demand − supply) / supply in ppm, at most {@link #MAX_IMBALANCE} either way.
     */
    record RoundFigures(int number, List<BodyId> own, long largestImbalance, String worstGood, long welfare, long regret, long bound,
            List<Long> prices, List<Long> imbalances) {
        public static final long MAX_IMBALANCE = 1_000_000_000L;

        public RoundFigures {
            own = own == null ? List.of() : List.copyOf(own);
            prices = prices == null ? List.of() : List.copyOf(prices);
            imbalances = imbalances == null ? List.of() : List.copyOf(imbalances);
        }
    }

    /** How a stretch of automated rounds ended. */
    enum Ending {
        /** Every good within the tolerance and the councils settled: each body may ratify its proposal. */
        BALANCED,
        /** The stretch's rounds ran out first: a human round may follow. */
        UNSETTLED,
        /** The statements cannot be balanced: the goods that block it are named. */
        BLOCKED
    }
}
