package org.mandate.planning.lp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mandate.core.BodyId;
import org.mandate.economy.planning.model.ConsumersCouncil;
import org.mandate.economy.planning.model.Good;
import org.mandate.economy.planning.model.PlanPeriod;
import org.mandate.economy.planning.model.PlanningInstance;
import org.mandate.economy.planning.model.Request;
import org.mandate.economy.planning.model.Step;
import org.mandate.economy.planning.model.Technique;
import org.mandate.economy.planning.model.WorkersCouncil;
import org.mandate.economy.planning.procedure.HumanRounds;
import org.mandate.economy.planning.procedure.Plan;
import org.mandate.economy.planning.procedure.PlanningOutcome;
import org.mandate.economy.planning.procedure.Procedure;
import org.mandate.economy.planning.procedure.Settings;
import org.mandate.economy.synthetic.PlanningEconomies;

/**
 * The participatory plan against the central optimum of the same welfare, solved independently by
 * OR-Tools' GLOP: on seeded random economies the plan's welfare is no further below the optimum than
 * the tolerance, the optimum never exceeds the bound the procedure's final prices prove (weak
 * duality), and the plan exceeds the optimum by no more than its own imbalances (within the
 * tolerance) are worth at the optimum's prices. A failure names its seed; rerun one with
 * {@code -Dplanning.seed=N}.
 */
class CentralOptimumTest {
    private static final long FIRST_SEED = Long.getLong("planning.seed", 20261125L);
    private static final int SEEDS = Integer.getInteger("planning.seeds", 60);

    /**
     * The farm and the village worked out by hand (grain and beans at their labour costs, 2 and 1; the
     * village takes 20 grain and 30 beans): welfare 120 hours, and the duals are those prices.
     */
    @Test
    void the_optimum_of_a_hand_solved_instance_is_the_one_worked_out_by_hand() {
        PlanningInstance farm = new PlanningInstance(new PlanPeriod(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)), 0.01,
                List.of(new Good("grain", "t", "grain"), new Good("beans", "t", "beans")),
                List.of(new WorkersCouncil(BodyId.of("farm"), List.of(new Technique("grain", Map.of("grain", 1.0), Map.of(), 2, 30),
                        new Technique("beans", Map.of("beans", 1.0), Map.of(), 1, 50)))),
                List.of(new ConsumersCouncil(BodyId.of("village"), List.of(new Request("grain", 0, List.of(new Step(20, 5), new Step(20, 1))),
                        new Request("beans", 0, List.of(new Step(30, 3), new Step(30, 0.5)))))));

        LpReference lp = CentralOptimum.solve(farm, CentralOptimum.Solver.GLOP, 1e-6, 1);

        assertThat(lp.optimal()).isTrue();
        assertThat(lp.welfare()).isCloseTo(120, withinPercentage(1e-6));
        assertThat(lp.activities()).containsExactly(20.0, 30.0);
        assertThat(lp.quantities()).containsExactly(20.0, 30.0);
        assertThat(lp.prices().get(0)).isCloseTo(2, withinPercentage(1e-6));
        assertThat(lp.prices().get(1)).isCloseTo(1, withinPercentage(1e-6));
    }

    @Test
    void the_participatory_plan_comes_within_the_tolerance_of_the_central_optimum_on_random_economies() {
        for (long seed = FIRST_SEED; seed < FIRST_SEED + SEEDS; seed++) {
            int goods = 2 + (int) (seed % 9) * 4;
            PlanningEconomies.Shape shape = new PlanningEconomies.Shape(goods, goods * (1 + (int) (seed % 3)), 5 + (int) (seed % 13) * 3,
                    1 + (int) (seed % 2), Math.min(goods - 1, 3), Math.min(goods, 4), 0.2);
            PlanningInstance instance = PlanningEconomies.generate(shape, seed);
            PlanningOutcome outcome = Procedure.run(instance, Settings.defaults().withKeepPrices(false), HumanRounds.none());
            if (!(outcome instanceof PlanningOutcome.Balanced balanced)) {
                fail("seed " + seed + " " + shape + ": " + outcome.getClass().getSimpleName());
                return;
            }
            Plan plan = balanced.plan();
            LpReference lp = CentralOptimum.solve(instance, CentralOptimum.Solver.GLOP, 1e-7, 1);
            String where = "seed " + seed + " " + shape + ": ours " + plan.welfare() + ", bound " + plan.welfareBound() + ", optimum " + lp.welfare();
            assertThat(lp.optimal()).as(where).isTrue();
            assertThat(lp.welfare() - plan.welfare()).as(where).isLessThanOrEqualTo(instance.tolerance() * Math.abs(lp.welfare()));
            assertThat(lp.welfare()).as(where).isLessThanOrEqualTo(plan.welfareBound() + 1e-6 * Math.abs(lp.welfare()));
            // A plan may beat the optimum only by what its own imbalances are worth at the optimum's prices
            // (the optimum's value moves by at most the dual times the change of each good's balance).
            double slack = 0;
            for (int g = 0; g < plan.goods().size(); g++) {
                var good = plan.goods().get(g);
                slack += Math.abs(lp.prices().get(g)) * Math.abs(good.supply() - good.demand());
            }
            assertThat(plan.welfare() - lp.welfare()).as(where + ", slack " + slack).isLessThanOrEqualTo(slack + 1e-6 * Math.abs(lp.welfare()));
        }
    }
}
