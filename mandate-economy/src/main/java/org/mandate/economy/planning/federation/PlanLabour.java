package org.mandate.economy.planning.federation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mandate.core.plan.Plan;
import org.mandate.core.plan.PlanTerms;
import org.mandate.economy.planning.labour.CheckedTable;
import org.mandate.economy.planning.labour.InputTable;
import org.mandate.economy.planning.labour.InputTableBuilder;
import org.mandate.economy.planning.labour.LabourOutcome;
import org.mandate.economy.planning.labour.LabourValues;
import org.mandate.economy.planning.labour.Precision;

/**
 * The labour content of each good of a plan period: the hours a unit takes directly plus the hours
 * embodied in what it uses up, through every stage, by the techniques the plan runs. Where several
 * techniques make a good, each counts by the output it gives in the bodies' current proposals (by its
 * capacity before any round); a good the plan does not make has none. A technique that makes several
 * goods shares its labour and inputs between them by their worth at the last round's prices (by their
 * quantities before any round, or when every one of them is priced at nought): joint products have no
 * labour content of their own, and the plan's own valuation is the least arbitrary way to divide it.
 */
public final class PlanLabour {
    /** The relative residual the values are computed to: far below what any reader compares. */
    static final double RESIDUAL = 1e-10;

    private PlanLabour() {}

    /** Hours per unit by good in catalogue order, NaN for a good the plan does not make; or why there are none. */
    public sealed interface Outcome {
        record Values(double[] hours) implements Outcome {}

        record None(String why) implements Outcome {}
    }

    public static Outcome of(Plan plan) {
        int goods = plan.goods().size();
        double[] made = new double[goods];
        double[] labour = new double[goods];
        double[][] used = new double[goods][];
        List<Run> runs = runs(plan);
        double[] prices = prices(plan);
        for (Run run : runs) {
            double[] by = worth(plan, run.technique(), prices) > 0 ? prices : null;
            double worth = worth(plan, run.technique(), by);
            for (PlanTerms.PerUnit out : run.technique().outputs()) {
                int g = plan.goodIndex(out.good());
                double share = weight(by, g) * out.millionths() / worth;
                made[g] += run.level() * out.millionths() / 1e6;
                labour[g] += run.level() * share * run.technique().labourPerUnit() / 1e6;
                for (PlanTerms.PerUnit in : run.technique().inputs()) {
                    if (used[g] == null) {
                        used[g] = new double[goods];
                    }
                    used[g][plan.goodIndex(in.good())] += run.level() * share * in.millionths() / 1e6;
                }
            }
        }
        InputTableBuilder table = InputTable.builder(goods);
        for (int g = 0; g < goods; g++) {
            if (made[g] > 0) {
                table.labour(g, labour[g] / made[g]);
                for (int i = 0; used[g] != null && i < goods; i++) {
                    if (used[g][i] > 0) {
                        table.input(g, i, used[g][i] / made[g]);
                    }
                }
            }
        }
        return switch (table.build()) {
            case CheckedTable.Refused r -> new Outcome.None(r.problems().stream().map(Object::toString).collect(Collectors.joining("; ")));
            case CheckedTable.Valid v -> switch (LabourValues.compute(v.table(), Precision.of(RESIDUAL))) {
                case LabourOutcome.Solved s -> {
                    double[] hours = s.values().clone();
                    for (int g = 0; g < goods; g++) {
                        if (made[g] == 0) {
                            hours[g] = Double.NaN;
                        }
                    }
                    yield new Outcome.Values(hours);
                }
                case LabourOutcome.NotProductive n -> new Outcome.None(named(plan, n.sentence()));
                case LabourOutcome.SweepLimit l -> new Outcome.None(l.sentence());
            };
        };
    }

    private record Run(PlanTerms.Technique technique, double level) {}

    /** Each stated technique with the activity the plan gives it, or its capacity when the plan runs none of a good's techniques yet. */
    private static List<Run> runs(Plan plan) {
        List<Run> runs = new ArrayList<>();
        boolean proposed = !plan.proposals().isEmpty()
                && plan.proposals().values().stream().anyMatch(q -> q.activities().stream().anyMatch(a -> a.level() > 0));
        for (Plan.Statement s : plan.statements().values()) {
            if (!s.workers()) {
                continue;
            }
            Map<String, Long> levels = plan.proposals().containsKey(s.body())
                    ? plan.proposals().get(s.body()).activities().stream().collect(Collectors.toMap(PlanTerms.Activity::technique,
                            PlanTerms.Activity::level, (a, b) -> b))
                    : Map.of();
            for (PlanTerms.Technique t : s.techniques()) {
                long level = proposed ? levels.getOrDefault(t.id(), 0L) : t.capacity();
                if (level > 0) {
                    runs.add(new Run(t, level / 1000.0));
                }
            }
        }
        return runs;
    }

    /** The last round's prices in hours per unit, or null before any round. */
    private static double[] prices(Plan plan) {
        if (plan.rounds().isEmpty()) {
            return null;
        }
        List<Long> micro = plan.rounds().get(plan.rounds().size() - 1).prices();
        double[] prices = new double[micro.size()];
        for (int g = 0; g < prices.length; g++) {
            prices[g] = Math.max(0, micro.get(g)) / 1e6;
        }
        return prices;
    }

    private static double worth(Plan plan, PlanTerms.Technique technique, double[] prices) {
        double worth = 0;
        for (PlanTerms.PerUnit out : technique.outputs()) {
            worth += weight(prices, plan.goodIndex(out.good())) * out.millionths();
        }
        return worth;
    }

    /** A joint output's weight: its price, or one unit for one unit before any round (or when every price is nought). */
    private static double weight(double[] prices, int good) {
        return prices == null ? 1 : prices[good];
    }

    /** The economy's sentence names goods by their numbers; members know them by id. */
    private static String named(Plan plan, String sentence) {
        return sentence + " (goods are numbered in the catalogue's order from 0: "
                + plan.goods().stream().map(PlanTerms.PlanGood::id).collect(Collectors.joining(", ")) + ")";
    }
}
