package org.mandate.cli.planning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mandate.core.BodyId;
import org.mandate.core.plan.Plan;
import org.mandate.core.plan.PlanCommand.RecordPlanRounds;
import org.mandate.core.plan.PlanTerms.Ending;
import org.mandate.core.plan.PlanTerms.Quantities;
import org.mandate.core.plan.PlanTerms.RoundFigures;
import org.mandate.economy.planning.federation.Stretch;
import org.mandate.economy.planning.procedure.PlanningOutcome;
import org.mandate.economy.planning.procedure.Round;

/**
 * A rerun of a plan period held against its record: each recorded round must come out of the rerun
 * as the same integers the server recorded ({@link Stretch#figures}), and when the rerun ends where
 * the record does, with the same ending and the same proposals. The procedure is deterministic, so
 * any difference means the record is not what the published procedure computes from its statements.
 *
 * @param recorded   rounds in the record
 * @param rerun      rounds the rerun ran (more than recorded when the next stretch is previewed)
 * @param differing  the first round that differs, 0 when it is not a round, or -1 when all matches
 * @param difference what differs, in a sentence; empty when all matches
 */
public record RecordCheck(int recorded, int rerun, int differing, String difference) {
    private static final int MATCHES = -1;

    public boolean matches() {
        return differing == MATCHES;
    }

    public static RecordCheck of(Plan plan, PlanningOutcome outcome) {
        List<RoundFigures> record = plan.rounds();
        List<Round> run = outcome.rounds();
        for (int k = 0; k < record.size(); k++) {
            if (k >= run.size()) {
                return new RecordCheck(record.size(), run.size(), k + 1, "round " + (k + 1) + " is recorded, but the rerun "
                        + (run.isEmpty() ? "ran no round" : "ended after round " + run.size()) + " (" + how(outcome) + ")");
            }
            String field = firstDifference(plan, record.get(k), Stretch.figures(run.get(k)));
            if (field != null) {
                return new RecordCheck(record.size(), run.size(), k + 1, "round " + (k + 1) + " differs from the record: " + field);
            }
        }
        if (run.size() == record.size() && plan.ending() != null) {
            RecordPlanRounds last = Stretch.command(plan, outcome);
            if (last.ending() != plan.ending()) {
                return new RecordCheck(record.size(), run.size(), 0, "the record ends " + plan.ending().name().toLowerCase()
                        + " after round " + record.size() + ", the rerun " + last.ending().name().toLowerCase());
            }
            // a blocked stretch records the goods that block it and no proposals: those on record are an earlier stretch's
            String proposal = last.ending() != Ending.BLOCKED ? firstDifferentProposal(plan.proposals(), last.proposals())
                    : last.blocking().equals(plan.blocking()) ? null
                    : "the record names " + plan.blocking() + " as blocking the plan, the rerun " + last.blocking();
            if (proposal != null) {
                return new RecordCheck(record.size(), run.size(), 0, proposal);
            }
        }
        return new RecordCheck(record.size(), run.size(), MATCHES, "");
    }

    /** The sentence a member reads: which rounds match, or the first that differs. */
    public String sentence() {
        if (matches()) {
            return recorded == 0 ? "no rounds recorded yet" : matching(recorded) + " the record";
        }
        int before = differing == 0 ? recorded : differing - 1;
        return "DIFFERS: " + difference + (before > 0 ? "; " + matching(before) : "");
    }

    private static String matching(int rounds) {
        return rounds == 1 ? "round 1 matches" : "rounds 1–" + rounds + " match";
    }

    static String how(PlanningOutcome outcome) {
        return switch (outcome) {
            case PlanningOutcome.Balanced b -> "balanced";
            case PlanningOutcome.Unsettled u -> "unsettled";
            case PlanningOutcome.Blocked b -> "blocked";
            case PlanningOutcome.Refused r -> "refused";
        };
    }

    private static String firstDifference(Plan plan, RoundFigures recorded, RoundFigures rerun) {
        if (!recorded.own().equals(rerun.own())) {
            return "proposing for themselves, recorded " + recorded.own() + ", rerun " + rerun.own();
        }
        String scalar = first(new String[] {"largest imbalance (ppm)", "welfare (thousandths of an hour)", "regret (thousandths of an hour)",
                "welfare bound (thousandths of an hour)"}, new long[] {recorded.largestImbalance(), recorded.welfare(), recorded.regret(),
                recorded.bound()}, new long[] {rerun.largestImbalance(), rerun.welfare(), rerun.regret(), rerun.bound()});
        if (scalar != null) {
            return scalar;
        }
        if (!recorded.worstGood().equals(rerun.worstGood())) {
            return "the good furthest from balance, recorded '" + recorded.worstGood() + "', rerun '" + rerun.worstGood() + "'";
        }
        String prices = perGood(plan, "price (millionths of an hour per unit)", recorded.prices(), rerun.prices());
        return prices != null ? prices : perGood(plan, "imbalance (ppm)", recorded.imbalances(), rerun.imbalances());
    }

    private static String first(String[] names, long[] recorded, long[] rerun) {
        for (int i = 0; i < names.length; i++) {
            if (recorded[i] != rerun[i]) {
                return names[i] + ", recorded " + recorded[i] + ", rerun " + rerun[i];
            }
        }
        return null;
    }

    private static String perGood(Plan plan, String what, List<Long> recorded, List<Long> rerun) {
        for (int g = 0; g < Math.max(recorded.size(), rerun.size()); g++) {
            Long a = g < recorded.size() ? recorded.get(g) : null;
            Long b = g < rerun.size() ? rerun.get(g) : null;
            if (a == null || !a.equals(b)) {
                String good = g < plan.goods().size() ? plan.goods().get(g).id() : "#" + (g + 1);
                return what + " of " + good + ", recorded " + a + ", rerun " + b;
            }
        }
        return null;
    }

    private static String firstDifferentProposal(Map<BodyId, Quantities> recorded, List<Quantities> rerun) {
        Map<BodyId, Quantities> computed = new HashMap<>();
        rerun.forEach(q -> computed.put(q.body(), q));
        for (Quantities q : recorded.values()) {
            if (!q.equals(computed.get(q.body()))) {
                return "the proposal of " + q.body() + " after the last round differs from the rerun's";
            }
        }
        return computed.size() == recorded.size() ? null : "the rerun gives proposals to bodies the record does not: "
                + computed.keySet().stream().filter(b -> !recorded.containsKey(b)).sorted().toList();
    }
}
