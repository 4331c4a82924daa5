package org.mandate.core.plan;

import java.util.List;
import org.mandate.core.BodyId;

/**
 * The values plans are stated in. Quantities are whole thousandths of a good's unit (1500 is 1.5 t),
 * labour and values whole thousandths of an hour, prices whole millionths of an hour per unit and
 * imbalances whole millionths (parts per million): the record holds no fractions.
 */
public interface PlanTerms {

    /** A good of the period's catalogue, counted in {@code unit} for the whole period. */
    record PlanGood(String id, String unit, String name) {}

    /** So many thousandths of a unit of a good. */
    record Amount(String good, long thousandths) {}

    /**
     * One way a workers' council can produce, per unit of activity: what it turns out, what it uses up,
     * the thousandths of an hour of labour it takes, and the most units of activity (in thousandths) it can run.
     */
    record Technique(String id, List<Amount> outputs, List<Amount> inputs, long labour, long capacity) {
        public Technique {
            outputs = outputs == null ? List.of() : List.copyOf(outputs);
            inputs = inputs == null ? List.of() : List.copyOf(inputs);
        }
    }

    /** The next {@code quantity} thousandths of a unit are each worth {@code value} thousandths of an hour. */
    record Step(long quantity, long value) {}

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
