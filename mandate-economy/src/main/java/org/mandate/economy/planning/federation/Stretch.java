package org.mandate.economy.planning.federation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.mandate.core.plan.Plan;
import org.mandate.core.plan.PlanCommand.RecordPlanRounds;
import org.mandate.core.plan.PlanTerms;
import org.mandate.core.plan.PlanTerms.Ending;
import org.mandate.core.plan.PlanTerms.RoundFigures;
import org.mandate.economy.planning.check.PlanningProblem;
import org.mandate.economy.planning.procedure.PlanningOutcome;
import org.mandate.economy.planning.procedure.Procedure;
import org.mandate.economy.planning.procedure.Proposal;
import org.mandate.economy.planning.procedure.Round;
import org.mandate.economy.planning.procedure.Settings;

/**
 * The next stretch of a plan's rounds. The procedure is deterministic, so the run starts again from
 * round one on the record's statements, with each human round's proposals where they were decided:
 * the rounds already recorded come out exactly as recorded, and only the new ones are sent. A run
 * does not stop before the last human round called (open, or past: a plan balanced before a human
 * round must still reach it when rerun), and goes at most {@link #ROUNDS} rounds beyond the record.
 */
public final class Stretch {
    /** Automated rounds in one stretch: far beyond the 40–100 a federation's plan takes (docs/benchmarks.md, "Planning"). */
    public static final int ROUNDS = 300;

    private Stretch() {}

    /** The procedure's run up to the end of the next stretch, for the report as well as for the record. */
    public static PlanningOutcome run(Plan plan) {
        int human = plan.humanRounds().isEmpty() ? 0 : plan.humanRounds().get(plan.humanRounds().size() - 1);
        Settings settings = Settings.defaults().withMaxRounds(plan.lastRound() + ROUNDS).withMinRounds(human);
        return Procedure.run(RecordedPlan.instance(plan), settings, RecordedPlan.humanRounds(plan));
    }

    /** The command that records the next stretch of {@code plan}. */
    public static RecordPlanRounds next(Plan plan) {
        return command(plan, run(plan));
    }

    /** The command recording what {@code outcome}, a run of {@code plan}, adds to its record: also how a rerun is held against the record's ending. */
    public static RecordPlanRounds command(Plan plan, PlanningOutcome outcome) {
        List<Round> all = outcome.rounds();
        List<RoundFigures> rounds = new ArrayList<>();
        for (Round r : all.subList(Math.min(plan.lastRound(), all.size()), all.size())) {
            rounds.add(figures(r));
        }
        return switch (outcome) {
            case PlanningOutcome.Balanced b -> new RecordPlanRounds(plan.id(), rounds, Ending.BALANCED, List.of(), null, proposals(b.plan().proposals()));
            case PlanningOutcome.Unsettled u -> new RecordPlanRounds(plan.id(), rounds, Ending.UNSETTLED, List.of(), null,
                    proposals(u.lastProposals().proposals()));
            case PlanningOutcome.Blocked b -> new RecordPlanRounds(plan.id(), rounds, Ending.BLOCKED, b.problem().goods(), b.problem().why(), List.of());
            case PlanningOutcome.Refused r -> refused(plan, rounds, r.problems());
        };
    }

    /**
     * The statements passed the core's rules one by one; what only the whole can show (a good someone
     * needs or uses that nobody produces, nothing stated at all) blocks the plan, naming its goods.
     */
    private static RecordPlanRounds refused(Plan plan, List<RoundFigures> rounds, List<PlanningProblem> problems) {
        List<String> goods = new ArrayList<>();
        for (PlanningProblem p : problems) {
            if (p instanceof PlanningProblem.NobodyProduces n && !goods.contains(n.good())) {
                goods.add(n.good());
            }
        }
        if (goods.isEmpty()) {
            plan.goods().forEach(g -> goods.add(g.id()));
        }
        String why = problems.stream().map(PlanningProblem::message).collect(Collectors.joining(" "));
        return new RecordPlanRounds(plan.id(), rounds, Ending.BLOCKED, goods, why, List.of());
    }

    private static List<PlanTerms.Quantities> proposals(List<Proposal> proposals) {
        return proposals.stream().map(RecordedPlan::quantities).toList();
    }

    /** A round of the procedure in the record's integers: what {@code plan --data} holds a rerun's rounds against. */
    public static RoundFigures figures(Round r) {
        return new RoundFigures(r.number(), r.ownProposals(), ppm(r.largestImbalance()), r.worstGood(), RecordedPlan.thousandths(r.welfare()),
                RecordedPlan.thousandths(r.regret()), RecordedPlan.thousandths(r.welfareBound()),
                r.prices().stream().map(p -> Math.round(p * 1_000_000)).toList(), r.imbalances().stream().map(Stretch::ppm).toList());
    }

    /** Parts per million, at most {@link RoundFigures#MAX_IMBALANCE} either way (a good nobody supplies is "at least" that). */
    static long ppm(double relative) {
        if (Double.isNaN(relative)) {
            return 0;
        }
        double scaled = relative * 1_000_000;
        return Math.max(-RoundFigures.MAX_IMBALANCE, Math.min(RoundFigures.MAX_IMBALANCE, Math.round(scaled)));
    }
}
