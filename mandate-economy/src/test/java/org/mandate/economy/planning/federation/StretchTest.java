package org.mandate.economy.planning.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandate.core.BodyId;
import org.mandate.core.Context;
import org.mandate.core.Federation;
import org.mandate.core.Mandate;
import org.mandate.core.MemberId;
import org.mandate.core.Outcome;
import org.mandate.core.ProposalId;
import org.mandate.core.plan.Plan;
import org.mandate.core.plan.PlanCommand.RecordPlanRounds;
import org.mandate.core.plan.PlanEvent.*;
import org.mandate.core.plan.PlanPhase;
import org.mandate.core.plan.PlanTerms;
import org.mandate.core.plan.PlanTerms.Ending;
import org.mandate.economy.planning.Instances;
import org.mandate.economy.planning.model.PlanningInstance;
import org.mandate.economy.synthetic.PlanningEconomies;

/**
 * The procedure on a recorded plan period: what it computes is what the core accepts (every proposal
 * within its body's statement, a balanced plan balanced by the core's own sums), and a rerun from the
 * record, human rounds included, gives back exactly the rounds recorded. Seeded economies; a failure
 * names its seed.
 */
class StretchTest {
    private static final Instant OPENED = Instant.parse("2026-12-01T09:00:00Z");
    private static final Instant BALANCE = OPENED.plus(Duration.ofDays(30));
    private static final long FIRST_SEED = Long.getLong("planning.seed", 20261126L);

    /** A federation whose record holds the period and the instance's councils' statements, in the record's whole numbers. */
    static Federation recorded(PlanningInstance instance, int humanRounds) {
        return InstanceStatements.recorded(instance, "p", humanRounds, OPENED, BALANCE);
    }

    static List<org.mandate.core.Event> record(Federation state, Instant now) {
        Plan plan = state.plans().of("p");
        RecordPlanRounds stretch = Stretch.next(plan);
        Outcome o = Mandate.execute(state, stretch, Context.system(now));
        if (o instanceof Outcome.Refused r) {
            fail("the core refused the computed stretch: " + r.rejection().message());
        }
        return ((Outcome.Accepted) o).events();
    }

    @Test
    void the_core_accepts_every_stretch_the_procedure_computes_on_seeded_economies() {
        for (long seed = FIRST_SEED; seed < FIRST_SEED + 12; seed++) {
            int goods = 2 + (int) (seed % 5) * 2;
            PlanningInstance instance = PlanningEconomies.generate(new PlanningEconomies.Shape(goods, goods * 2, 3 + (int) (seed % 5), 1,
                    Math.min(goods - 1, 2), Math.min(goods, 3), 0.3), seed);
            Federation state = recorded(instance, 0);
            Plan plan = state.plans().of("p");
            Outcome o = Mandate.execute(state, Stretch.next(plan), Context.system(BALANCE));
            assertThat(o).as("seed " + seed).isInstanceOf(Outcome.Accepted.class);
            assertThat(plan.phase(state)).as("seed " + seed + " after " + plan.lastRound() + " rounds").isEqualTo(PlanPhase.BALANCED);
            assertThat(plan.proposals()).as("seed " + seed).hasSize(instance.workers().size() + instance.consumers().size());
        }
    }

    @Test
    void a_rerun_from_the_record_reproduces_every_recorded_round_through_a_human_round() {
        Federation state = recorded(Instances.millBakeryStreet(20, 100), 2);
        Plan plan = state.plans().of("p");
        record(state, BALANCE);
        int first = plan.lastRound();
        assertThat(plan.phase(state)).isEqualTo(PlanPhase.BALANCED);

        Instant until = BALANCE.plus(Duration.ofDays(7));
        Mandate.evolve(state, new HumanRoundCalled(BALANCE, "p", first + 1, until, new MemberId("facilitator"), "facilitator"));
        PlanTerms.Quantities own = new PlanTerms.Quantities(new BodyId("street"), List.of(), List.of(new PlanTerms.Amount("bread", 35_000)));
        Mandate.evolve(state, new QuantitiesProposed(BALANCE, "p", first + 1, own, new ProposalId("street-own")));
        List<org.mandate.core.Event> second = record(state, until);

        PlanRoundPublished human = (PlanRoundPublished) second.get(0);
        assertThat(human.round().number()).isEqualTo(first + 1);
        assertThat(human.round().own()).containsExactly(new BodyId("street"));
        assertThat(plan.lastRound()).isGreaterThan(first);
        assertThat(plan.rounds().get(plan.lastRound() - 1).own()).as("the decision stands").containsExactly(new BodyId("street"));
        assertThat(plan.proposals().get(new BodyId("street"))).as("as decided, not recomputed").isEqualTo(own);
        List<PlanTerms.RoundFigures> rerun = new ArrayList<>();
        Stretch.run(plan).rounds().forEach(r -> rerun.add(Stretch.figures(r)));
        assertThat(rerun.subList(0, plan.lastRound())).isEqualTo(plan.rounds());
    }

    @Test
    void a_good_someone_needs_and_nobody_produces_blocks_the_plan_and_is_named() {
        PlanningInstance instance = Instances.millBakeryStreet(20, 100);
        PlanningInstance noMill = new PlanningInstance(instance.period(), instance.tolerance(), instance.goods(), instance.workers().subList(1, 2),
                instance.consumers());
        Federation state = recorded(noMill, 0);

        record(state, BALANCE);

        Plan plan = state.plans().of("p");
        assertThat(plan.phase(state)).isEqualTo(PlanPhase.BLOCKED);
        assertThat(plan.blocking()).containsExactly("flour");
        assertThat(plan.why()).contains("flour");
    }

    @Test
    void an_unmeetable_need_blocks_the_plan_naming_the_goods_rather_than_looping() {
        Federation state = recorded(Instances.millBakeryStreet(60, 100), 0);

        record(state, BALANCE);

        Plan plan = state.plans().of("p");
        assertThat(plan.ending()).isEqualTo(Ending.BLOCKED);
        assertThat(plan.blocking()).contains("bread");
    }
}
