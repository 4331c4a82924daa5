package org.mandate.bench.planning;

import java.time.Instant;
import java.util.Locale;
import org.mandate.bench.measure.Measures;
import org.mandate.core.Context;
import org.mandate.core.Federation;
import org.mandate.core.Mandate;
import org.mandate.core.Outcome;
import org.mandate.core.plan.Plan;
import org.mandate.core.plan.PlanCommand.RecordPlanRounds;
import org.mandate.economy.planning.federation.InstanceStatements;
import org.mandate.economy.planning.federation.RecordedPlan;
import org.mandate.economy.planning.federation.Stretch;
import org.mandate.economy.planning.model.PlanningInstance;
import org.mandate.economy.planning.procedure.Procedure;
import org.mandate.economy.synthetic.PlanningEconomies;

/**
 * How long the server's writer pauses when a plan period falls due, against the procedure alone on the
 * same instance in the same run: the stretch is the procedure plus reading the statements from the
 * federation's state, writing the rounds and proposals in the record's whole numbers and the core's
 * check of them (decided, not folded, so every run meets the same state). Alternated run by run, so
 * the machine's load falls on both alike; medians, and their ratio.
 *
 * <p>Arguments: {@code case runs seed}, with the cases of {@link PlanningVersusOrTools} ({@code a} or {@code b}).
 */
public final class StretchOnTheWriter {
    private StretchOnTheWriter() {}

    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "a";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261125L;
        PlanningEconomies.Shape shape = PlanningVersusOrTools.shape(which);
        Instant opened = Instant.parse("2026-12-01T09:00:00Z");
        Instant due = opened.plusSeconds(30 * 86_400);
        Federation state = InstanceStatements.recorded(PlanningEconomies.generate(shape, seed), "p", 0, opened, due);
        Plan plan = state.plans().of("p");
        PlanningInstance recorded = RecordedPlan.instance(plan);
        System.out.printf(Locale.ROOT, "case %s %s seed %d, %d runs; load %s%n", which, shape, seed, runs, Measures.load());
        double[] alone = new double[runs];
        double[] stretch = new double[runs];
        double[] check = new double[runs];
        for (int k = -1; k < runs; k++) {
            long t0 = System.nanoTime();
            int rounds = Procedure.run(recorded).rounds().size();
            long t1 = System.nanoTime();
            RecordPlanRounds command = Stretch.next(plan);
            long computed = System.nanoTime();
            Outcome outcome = Mandate.decide(state, command, Context.system(due));
            long t2 = System.nanoTime();
            if (!(outcome instanceof Outcome.Accepted accepted)) {
                throw new IllegalStateException("the core refused the stretch: " + outcome);
            }
            if (k >= 0) {
                alone[k] = (t1 - t0) / 1e9;
                stretch[k] = (t2 - t1) / 1e9;
                check[k] = (t2 - computed) / 1e9;
            }
            System.out.printf(Locale.ROOT, "%s procedure %.3f s (%d rounds), stretch %.3f s of which the core's check %.3f s (%d rounds, %d events, %s); load %s%n",
                    k < 0 ? "warm-up" : "run " + (k + 1), (t1 - t0) / 1e9, rounds, (t2 - t1) / 1e9, (t2 - computed) / 1e9, command.rounds().size(),
                    accepted.events().size(), command.ending(), Measures.load());
        }
        double a = Measures.median(alone);
        double s = Measures.median(stretch);
        System.out.printf(Locale.ROOT, "median: procedure alone %.3f s, stretch on the writer %.3f s, ratio %.2f; the core's check %.3f s; load %s%n",
                a, s, s / a, Measures.median(check), Measures.load());
    }
}
