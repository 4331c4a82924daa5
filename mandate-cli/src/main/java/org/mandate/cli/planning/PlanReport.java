package org.mandate.cli.planning;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mandate.economy.planning.model.Good;
import org.mandate.economy.planning.model.PlanningInstance;
import org.mandate.economy.planning.procedure.GoodBalance;
import org.mandate.economy.planning.procedure.Plan;
import org.mandate.economy.planning.procedure.PlanningOutcome;
import org.mandate.economy.planning.procedure.Proposal;
import org.mandate.economy.planning.procedure.Round;
import org.mandate.planning.lp.LpReference;

/**
 * The plan as members read it: how the rounds went, how close every good came to balance, what the
 * plan is worth against the central optimum, the goods with their prices, and each council's own
 * proposal. Quantities keep six significant figures, hours two decimals.
 */
public final class PlanReport {
    /** Up to this many rounds are listed one by one; beyond, the first and last ten and every tenth between. */
    private static final int ALL_ROUNDS = 40;

    private PlanReport() {}

    public static void text(PlanningInstance instance, PlanningOutcome outcome, Plan plan, Optional<LpReference> lp, PrintWriter out) {
        List<Round> rounds = outcome.rounds();
        long human = rounds.stream().filter(Round::human).count();
        out.printf("Plan for %s to %s: %d goods, %d workers' councils, %d consumers' councils; tolerance %s%n", instance.period().from(),
                instance.period().to(), instance.goods().size(), instance.workers().size(), instance.consumers().size(), percent(instance.tolerance()));
        if (outcome instanceof PlanningOutcome.Balanced) {
            out.printf("Balanced in %d rounds (%d with councils' own proposals).%n", rounds.size(), human);
        } else {
            out.printf("NOT balanced: the round limit came after %d rounds; below are the councils' last proposals, not a plan to adopt.%n",
                    rounds.size());
        }
        GoodBalance worst = plan.goods().stream().max((a, b) -> Double.compare(a.imbalance(), b.imbalance())).orElse(null);
        out.printf("Largest remaining imbalance: %s%s%n", percent(plan.largestImbalance()),
                worst == null || worst.imbalance() == 0 ? "" : " (" + worst.good() + ")");
        out.printf(Locale.ROOT, "Welfare: %.2f hours (value of what is consumed %.2f, less labour %.2f)%n", plan.welfare(), plan.utility(), plan.labour());
        out.printf(Locale.ROOT, "  the final prices prove that no exactly balanced plan is worth more than %.2f hours%n", plan.welfareBound());
        lp.ifPresentOrElse(r -> out.printf(Locale.ROOT, "Central optimum (OR-Tools %s, %s, %.2f s): welfare %.2f hours; participatory / central = %.4f%n",
                r.solver(), r.status(), r.seconds(), r.welfare(), plan.welfare() / r.welfare()),
                () -> out.println("Central optimum: not computed (--reference none)"));
        out.println();
        out.println("Rounds: largest relative imbalance (good), welfare and regret in hours; * marks a round with councils' own proposals");
        for (int k = 0; k < rounds.size(); k++) {
            if (rounds.size() <= ALL_ROUNDS || k < 10 || k >= rounds.size() - 10 || (k + 1) % 10 == 0 || rounds.get(k).human()) {
                Round r = rounds.get(k);
                out.printf(Locale.ROOT, "  %s%4d  %10s (%s)  welfare %.2f  regret %.2f%n", r.human() ? "*" : " ", r.number(), percent(r.largestImbalance()),
                        r.worstGood(), r.welfare(), r.regret());
            }
        }
        out.println();
        out.println("Goods: supply, demand, imbalance, price in hours per unit");
        for (int g = 0; g < plan.goods().size(); g++) {
            GoodBalance b = plan.goods().get(g);
            Good good = instance.goods().get(g);
            out.printf(Locale.ROOT, "  %s (%s): supply %s, demand %s, imbalance %s, price %.4f%n", b.good(), good.unit(), quantity(b.supply()),
                    quantity(b.demand()), percent(b.imbalance()), b.price());
        }
        out.println();
        out.println("Proposals, each the council's own: activity per technique, quantity per good");
        for (Proposal p : plan.proposals()) {
            StringBuilder line = new StringBuilder();
            var values = p instanceof Proposal.Production w ? w.activities() : ((Proposal.Consumption) p).quantities();
            values.forEach((name, value) -> line.append(line.isEmpty() ? "" : ", ").append(name).append(' ').append(quantity(value)));
            out.printf("  %s (%s): %s%n", p.council(), p instanceof Proposal.Production ? "workers" : "consumers", line);
        }
    }

    static String percent(double share) {
        return Double.isInfinite(share) ? "no supply" : String.format(Locale.ROOT, "%.2f %%", 100 * share);
    }

    static String quantity(double x) {
        return String.format(Locale.ROOT, "%.6g", x).replaceFirst("\\.?0+(e|$)", "$1");
    }
}
