package org.mandate.cli.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.cli.planning.PlanRecords.record;
import static org.mandate.cli.planning.PlanRecords.stated;
import static org.mandate.cli.planning.PlanRecords.stretch;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandate.core.BodyId;
import org.mandate.core.Federation;
import org.mandate.core.plan.Plan;
import org.mandate.core.plan.PlanCommand.RecordPlanRounds;
import org.mandate.core.plan.PlanTerms.*;
import org.mandate.economy.planning.federation.Stretch;
import org.mandate.economy.planning.procedure.PlanningOutcome;

/**
 * A rerun held against a record: the record the server would write matches; a record that differs in a
 * round's figure, in its number of rounds, in its ending or in a body's proposal is named for what
 * differs. The record is folded from plan events directly: the governance around them is not this check's.
 */
class RecordCheckTest {
    private static final String PLAN = PlanRecords.PLAN;
    private static final BodyId BAKERY = PlanRecords.BAKERY;

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
