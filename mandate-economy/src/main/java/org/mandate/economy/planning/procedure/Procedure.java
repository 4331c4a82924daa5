package org.mandate.economy.planning.procedure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mandate.core.BodyId;
import org.mandate.economy.planning.check.InstanceCheck;
import org.mandate.economy.planning.check.PlanningProblem;
import org.mandate.economy.planning.model.PlanningInstance;

/**
 * Participatory planning on a standalone instance: rounds of prices and excess demand until every
 * good is within the federation's tolerance and the councils have settled, or a proof that the
 * instance cannot be balanced, or the round limit. Why this procedure converges, and what it was
 * measured against, is in {@code docs/decisions/2026-11-25-planning-procedure.md}.
 *
 * <p>A run stops balanced at the end of a round whose proposals have every good's |supply − demand| /
 * supply within the tolerance, whose computed proposals' total regret at the round's prices is within
 * the tolerance of the plan's welfare (or of its labour, when welfare is about nothing), and whose
 * welfare is within the same tolerance of the bound the prices prove: balance alone is not enough,
 * since proposals can add up and still be far from what the councils would choose at the prices, and
 * the bound makes "within one per cent of the best balanced plan" a proof rather than a hope. A
 * council that proposed for itself in the round is taken at its word. The plan is then the councils'
 * own last proposals, unchanged.
 */
public final class Procedure {
    /** Blocking is looked for from this round on, every few rounds: before it prices are still finding their level. */
    private static final int FIRST_PROOF_ROUND = 20;
    private static final int PROOF_EVERY = 10;

    private Procedure() {}

    public static PlanningOutcome run(PlanningInstance instance) {
        return run(instance, Settings.defaults(), HumanRounds.none());
    }

    public static PlanningOutcome run(PlanningInstance instance, Settings settings, HumanRounds humans) {
        List<PlanningProblem> problems = InstanceCheck.problems(instance);
        if (!problems.isEmpty()) {
            return new PlanningOutcome.Refused(problems, List.of());
        }
        Economy economy = new Economy(instance);
        Optional<PlanningProblem.CannotBeBalanced> blocked = Feasibility.goodByGood(economy);
        if (blocked.isPresent()) {
            return new PlanningOutcome.Blocked(blocked.get(), List.of());
        }
        Balancing balancing = new Balancing(economy, settings.parallel());
        Proposals proposals = new Proposals(economy);
        List<Round> rounds = new ArrayList<>();
        Figures figures = null;
        for (int k = 1; k <= settings.maxRounds(); k++) {
            Map<BodyId, Proposal> own = humans.ownProposals(k, rounds.isEmpty() ? null : rounds.get(rounds.size() - 1));
            List<PlanningProblem> refused = new ArrayList<>();
            Map<Integer, double[]> checked = proposals.check(own, refused);
            if (!refused.isEmpty()) {
                return new PlanningOutcome.Refused(refused, rounds);
            }
            balancing.next(checked);
            figures = Figures.of(balancing, checked.keySet(), settings.parallel());
            rounds.add(round(balancing, figures, own, settings.keepPrices()));
            if (k >= settings.minRounds() && settled(figures, instance.tolerance())) {
                return new PlanningOutcome.Balanced(plan(balancing, proposals, figures), rounds);
            }
            if (k >= FIRST_PROOF_ROUND && k % PROOF_EVERY == 0) {
                Optional<PlanningProblem.CannotBeBalanced> proof = proof(balancing, instance.tolerance());
                if (proof.isPresent()) {
                    return new PlanningOutcome.Blocked(proof.get(), rounds);
                }
            }
        }
        return new PlanningOutcome.Unsettled(plan(balancing, proposals, figures), rounds);
    }

    static boolean settled(Figures f, double tolerance) {
        double scale = Math.max(Math.abs(f.welfare()), tolerance * f.labour());
        // The bound less the regret of councils that proposed for themselves: those are taken at their word.
        double gap = f.welfareBound() - f.regretOfOwn() - f.welfare();
        return f.largestImbalance() <= tolerance && f.regret() <= tolerance * scale && gap <= tolerance * scale;
    }

    /** The price moves of the last round, first on the goods out of balance alone, then on every good. */
    private static Optional<PlanningProblem.CannotBeBalanced> proof(Balancing b, double tolerance) {
        Economy e = b.e;
        double[] all = new double[e.goods()];
        double[] unbalanced = new double[e.goods()];
        for (int g = 0; g < e.goods(); g++) {
            int n = b.size(g);
            all[g] = n == 0 ? 0 : b.rho[g] * b.excess[g] / n;
            if (GoodBalance.relative(b.supply[g], b.demand[g]) > tolerance) {
                unbalanced[g] = all[g];
            }
        }
        Optional<PlanningProblem.CannotBeBalanced> narrow = Feasibility.weighting(e, unbalanced);
        return narrow.isPresent() ? narrow : Feasibility.weighting(e, all);
    }

    private static Round round(Balancing b, Figures f, Map<BodyId, Proposal> own, boolean keep) {
        List<Double> prices = new ArrayList<>();
        List<Double> imbalances = new ArrayList<>();
        if (keep) {
            for (int g = 0; g < b.e.goods(); g++) {
                prices.add(b.price(g));
                imbalances.add(b.supply[g] > 0 ? (b.demand[g] - b.supply[g]) / b.supply[g]
                        : b.demand[g] > 0 ? Double.POSITIVE_INFINITY : 0.0);
            }
        }
        List<BodyId> named = own.keySet().stream().sorted().toList();
        String worst = f.worstGood() < 0 ? "" : b.e.goodIds[f.worstGood()];
        return new Round(b.round, named, f.largestImbalance(), worst, f.welfare(), f.regret(), f.welfareBound(), prices, imbalances);
    }

    private static Plan plan(Balancing b, Proposals proposals, Figures f) {
        return new Plan(proposals.current(b), Figures.goods(b), f.utility(), f.labour(), f.welfare(), f.regret(), f.welfareBound());
    }
}
