package org.mandate.cli.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandate.core.BodyId;
import org.mandate.core.Federation;
import org.mandate.core.Mandate;
import org.mandate.core.MemberId;
import org.mandate.core.ProposalId;
import org.mandate.core.plan.Plan;
import org.mandate.core.plan.PlanCommand.RecordPlanRounds;
import org.mandate.core.plan.PlanEvent;
import org.mandate.core.plan.PlanTerms.*;
import org.mandate.economy.planning.federation.Stretch;
import org.mandate.economy.planning.procedure.PlanningOutcome;

/**
 * A rerun held against a record: the record the server would write matches; a record that differs in a
 * round's figure, in its number of rounds, in its ending or in a body's proposal is named for what
 * differs. The record is folded from plan events directly: the governance around them is not this check's.
 */
class RecordCheckTest {
    private static final Instant AT = Instant.parse("2026-10-01T09:00:00Z");
    private static final String PLAN = "p1";
    private static final BodyId MILL = new BodyId("mill");
    private static final BodyId BAKERY = new BodyId("bakery");
    private static final BodyId STREET = new BodyId("street");

    /** The mill makes flour (10 hours a tonne), the bakery bread from half a tonne of flour (20 hours), the street asks for bread. */
    private static Federation stated() {
        return stated(0);
    }

    /** As above, the street needing at least {@code need} thousandths of a tonne of bread. */
    private static Federation stated(long need) {
        Federation state = new Federation();
        MemberId planner = new MemberId("ana");
        Mandate.evolve(state, new PlanEvent.PlanPeriodOpened(AT, new BodyId("food"), PLAN, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
                List.of(new PlanGood("flour", "t", "Flour"), new PlanGood("bread", "t", "Bread")), 10, 2, AT.plusSeconds(60), new ProposalId("food.plan")));
        Mandate.evolve(state, new PlanEvent.TechniquesStated(AT, PLAN, MILL, List.of(new Technique("milling", List.of(new Amount("flour", 1000)),
                List.of(), 10_000, 200_000)), planner, "planner"));
        Mandate.evolve(state, new PlanEvent.TechniquesStated(AT, PLAN, BAKERY, List.of(new Technique("baking", List.of(new Amount("bread", 1000)),
                List.of(new Amount("flour", 500)), 20_000, 150_000)), planner, "planner"));
        Mandate.evolve(state, new PlanEvent.RequestsStated(AT, PLAN, STREET, List.of(new Request("bread", need, List.of(new Step(Math.max(need, 100_000), 100_000)))),
                planner, "planner"));
        return state;
    }

    /** Folds the stretch as the core would record it. */
    private static Plan record(Federation state, RecordPlanRounds c) {
        Instant at = AT.plusSeconds(60);
        c.rounds().forEach(r -> Mandate.evolve(state, new PlanEvent.PlanRoundPublished(at, PLAN, r)));
        int last = state.plans().of(PLAN).lastRound();
        c.proposals().forEach(q -> Mandate.evolve(state, new PlanEvent.PlanProposalComputed(at, PLAN, last, q)));
        Mandate.evolve(state, new PlanEvent.PlanStretchEnded(at, PLAN, last, c.ending(), c.blocking(), c.why()));
        return state.plans().of(PLAN);
    }

    private static RecordPlanRounds stretch(Federation state) {
        return Stretch.next(state.plans().of(PLAN));
    }

    private static RecordCheck check(Plan plan) {
        PlanningOutcome rerun = Stretch.run(plan);
        return RecordCheck.of(plan, rerun);
    }

    @Test
    void the_record_the_server_would_write_matches_its_rerun() {
        Federation state = stated();
        RecordPlanRounds c = stretch(state);
        assertThat(c.ending()).isEqualTo(Ending.BALANCED);

        RecordCheck check = check(record(state, c));

        assertThat(check.matches()).isTrue();
        assertThat(check.recorded()).isEqualTo(c.rounds().size()).isEqualTo(check.rerun());
        assertThat(check.sentence()).isEqualTo("rounds 1–" + c.rounds().size() + " match the record");
    }

    @Test
    void a_round_figure_that_differs_is_named_with_its_round_and_good() {
        Federation state = stated();
        RecordPlanRounds c = stretch(state);
        List<RoundFigures> rounds = new ArrayList<>(c.rounds());
        RoundFigures r = rounds.get(1);
        rounds.set(1, new RoundFigures(r.number(), r.own(), r.largestImbalance(), r.worstGood(), r.welfare(), r.regret(), r.bound(), r.prices(),
                List.of(r.imbalances().get(0), r.imbalances().get(1) + 1)));

        RecordCheck check = check(record(state, new RecordPlanRounds(PLAN, rounds, c.ending(), c.blocking(), c.why(), c.proposals())));

        assertThat(check.matches()).isFalse();
        assertThat(check.differing()).isEqualTo(2);
        assertThat(check.difference()).startsWith("round 2 differs from the record: imbalance (ppm) of bread, recorded ");
        assertThat(check.sentence()).startsWith("DIFFERS: round 2").endsWith("; round 1 matches");
    }

    @Test
    void a_round_the_rerun_never_reaches_is_named() {
        Federation state = stated();
        RecordPlanRounds c = stretch(state);
        List<RoundFigures> rounds = new ArrayList<>(c.rounds());
        RoundFigures last = rounds.get(rounds.size() - 1);
        rounds.add(new RoundFigures(last.number() + 1, List.of(), last.largestImbalance(), last.worstGood(), last.welfare(), last.regret(),
                last.bound(), last.prices(), last.imbalances()));

        RecordCheck check = check(record(state, new RecordPlanRounds(PLAN, rounds, c.ending(), c.blocking(), c.why(), c.proposals())));

        assertThat(check.differing()).isEqualTo(rounds.size());
        assertThat(check.difference()).isEqualTo("round " + rounds.size() + " is recorded, but the rerun ended after round " + c.rounds().size()
                + " (balanced)");
    }

    @Test
    void an_ending_or_a_proposal_other_than_the_reruns_is_named_though_every_round_matches() {
        Federation unsettled = stated();
        RecordPlanRounds c = stretch(unsettled);
        RecordCheck ending = check(record(unsettled, new RecordPlanRounds(PLAN, c.rounds(), Ending.UNSETTLED, List.of(), null, c.proposals())));

        Federation changed = stated();
        List<Quantities> proposals = new ArrayList<>(c.proposals());
        int bakery = proposals.indexOf(proposals.stream().filter(q -> q.body().equals(BAKERY)).findFirst().orElseThrow());
        Activity baking = proposals.get(bakery).activities().get(0);
        proposals.set(bakery, new Quantities(BAKERY, List.of(new Activity("baking", baking.level() - 1)), List.of()));
        RecordCheck proposal = check(record(changed, new RecordPlanRounds(PLAN, c.rounds(), c.ending(), List.of(), null, proposals)));

        assertThat(ending.matches()).isFalse();
        assertThat(ending.differing()).isZero();
        assertThat(ending.difference()).isEqualTo("the record ends unsettled after round " + c.rounds().size() + ", the rerun balanced");
        assertThat(ending.sentence()).endsWith("; rounds 1–" + c.rounds().size() + " match");
        assertThat(proposal.matches()).isFalse();
        assertThat(proposal.difference()).isEqualTo("the proposal of bakery after the last round differs from the rerun's");
    }

    @Test
    void a_blocked_plan_reruns_blocked_by_the_goods_the_record_names() {
        Federation state = stated(200_000);
        RecordPlanRounds c = stretch(state);
        assertThat(c.ending()).as("the street needs 200 t of bread; the bakery can bake 150").isEqualTo(Ending.BLOCKED);

        RecordCheck same = check(record(state, c));
        Federation other = stated(200_000);
        RecordCheck renamed = check(record(other, new RecordPlanRounds(PLAN, c.rounds(), Ending.BLOCKED, List.of("flour"), c.why(), List.of())));

        assertThat(same.matches()).as(same.difference()).isTrue();
        assertThat(renamed.matches()).isFalse();
        assertThat(renamed.difference()).isEqualTo("the record names [flour] as blocking the plan, the rerun " + c.blocking());
    }
}
