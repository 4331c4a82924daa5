package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.cli.demo.DemoFederation;
import org.mandate.codec.Codec;
import org.mandate.core.Event;
import org.mandate.core.Federation;
import org.mandate.core.Mandate;
import org.mandate.core.Outcome;
import org.mandate.core.plan.Plan;
import org.mandate.core.plan.PlanEvent.PlanRoundPublished;
import org.mandate.core.plan.PlanTerms.RoundFigures;
import org.mandate.store.Store;

/**
 * {@code plan --data DIR}: the demo federation's plan periods (one adopted; one balanced after a
 * stretch, then a human round in which one assembly proposed for itself, a second stretch, most bodies
 * ratified), stored as the server stores them, rerun from their record; and the same record with one
 * price of one round of the open period altered.
 */
class PlanDataTest {
    static final String PLAN = "riverlands-2027";
    /** The round whose flour price the altered record changes, by one millionth of an hour. */
    static final int ALTERED = 10;

    @TempDir
    static Path dir;
    static Path data;
    static Path altered;
    static Plan plan;

    @BeforeAll
    static void storeTheDemoTwiceOnceAltered() {
        Federation state = new Federation();
        List<Event> events = new ArrayList<>();
        for (DemoFederation.Step step : DemoFederation.generate(DemoFederation.DEFAULT_SEED)) {
            if (Mandate.execute(state, step.command(), step.context()) instanceof Outcome.Accepted a) {
                events.addAll(a.events());
            }
        }
        plan = state.plans().of(PLAN);
        data = store("data", events);
        altered = store("altered", events.stream().map(PlanDataTest::alter).toList());
    }

    private static Event alter(Event e) {
        if (e instanceof PlanRoundPublished p && p.plan().equals(PLAN) && p.round().number() == ALTERED) {
            RoundFigures r = p.round();
            List<Long> prices = new ArrayList<>(r.prices());
            prices.set(1, prices.get(1) + 1);
            return new PlanRoundPublished(p.at(), p.plan(), new RoundFigures(r.number(), r.own(), r.largestImbalance(), r.worstGood(), r.welfare(),
                    r.regret(), r.bound(), prices, r.imbalances()));
        }
        return e;
    }

    private static Path store(String name, List<Event> events) {
        Path where = dir.resolve(name);
        try (Store store = Store.sqlite(where)) {
            DemoData.append(store, new Codec(), events);
        }
        return where;
    }

    @Test
    void reruns_the_open_plan_period_and_finds_every_recorded_round_as_recorded() {
        ReplayCommandTest.Run run = ReplayCommandTest.run("plan", "--data", data.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        int rounds = plan.lastRound();
        assertThat(run.out()).contains("Plan period " + PLAN + " of region, 2027-01-01 to 2027-12-31: balanced after round " + rounds)
                .contains("1 of 2 human rounds called")
                .contains("Rerun from the record: rounds 1–" + rounds + " match the record.")
                .contains("Balanced in " + rounds + " rounds (" + (rounds - plan.humanRounds().get(0) + 1) + " with councils' own proposals).")
                .contains("Central optimum (OR-Tools GLOP, OPTIMAL")
                .contains("canal-street (consumers): bread ")
                .containsPattern("Labour content under the recorded proposals, hours per unit \\(direct and embodied\\): grain \\d+\\.\\d{4}, ")
                .doesNotContain("riverlands-2026-q4");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void reruns_an_adopted_plan_period_when_it_is_named() {
        ReplayCommandTest.Run run = ReplayCommandTest.run("plan", "--data", data.toString(), "--plan", "riverlands-2026-q4", "--reference", "none");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Plan period riverlands-2026-q4 of region, 2026-10-01 to 2026-12-31: adopted after round ")
                .contains("0 of 2 human rounds called; 14 of 14 bodies ratified").containsPattern("rounds 1–\\d+ match the record\\.")
                .contains("Central optimum: not computed (--reference none)").doesNotContain("Plan period " + PLAN);
    }

    @Test
    void prints_json_with_the_check_and_the_rerun_for_each_period() throws Exception {
        ReplayCommandTest.Run run = ReplayCommandTest.run("plan", "--data", data.toString(), "--plan", PLAN, "--json", "--reference", "none");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.at("/plans").size()).isEqualTo(1);
        JsonNode period = report.at("/plans/0");
        assertThat(period.at("/plan").asText()).isEqualTo(PLAN);
        assertThat(period.at("/council").asText()).isEqualTo("region");
        assertThat(period.at("/phase").asText()).isEqualTo("balanced");
        assertThat(period.at("/due").isNull()).isTrue();
        assertThat(period.at("/recordedRounds").asInt()).isEqualTo(plan.lastRound());
        assertThat(period.at("/humanRounds/0").asInt()).isEqualTo(plan.humanRounds().get(0));
        assertThat(period.at("/ratified").size()).isEqualTo(plan.proposals().keySet().stream().filter(plan::ratifiedCurrent).count());
        assertThat(period.at("/check/matches").asBoolean()).isTrue();
        assertThat(period.at("/check/rerunRounds").asInt()).isEqualTo(plan.lastRound());
        assertThat(period.at("/check/firstDifferingRound").isNull()).isTrue();
        assertThat(period.at("/rerun/outcome").asText()).isEqualTo("balanced");
        assertThat(period.at("/rerun/rounds").size()).isEqualTo(plan.lastRound());
        assertThat(period.at("/rerun/rounds/" + (plan.humanRounds().get(0) - 1) + "/ownProposals/0").asText()).isEqualTo("canal-street");
        assertThat(period.at("/rerun/final/largestImbalance").asDouble()).isLessThanOrEqualTo(0.01);
        assertThat(period.at("/rerun/final/goods").size()).isEqualTo(plan.goods().size());
        assertThat(period.at("/rerun/reference").isMissingNode()).isTrue();
        double[] labour = ((org.mandate.economy.planning.federation.PlanLabour.Outcome.Values)
                org.mandate.economy.planning.federation.PlanLabour.of(plan)).hours();
        for (int g = 0; g < plan.goods().size(); g++) {
            assertThat(period.at("/labourHours/" + plan.goods().get(g).id()).asDouble()).as(plan.goods().get(g).id()).isEqualTo(labour[g]).isPositive();
        }
    }

    @Test
    void names_the_first_round_that_differs_from_an_altered_record_and_exits_non_zero() throws Exception {
        ReplayCommandTest.Run text = ReplayCommandTest.run("plan", "--data", altered.toString(), "--reference", "none");
        ReplayCommandTest.Run json = ReplayCommandTest.run("plan", "--data", altered.toString(), "--reference", "none", "--json");

        assertThat(text.exit()).isEqualTo(DataPlan.DIFFERS);
        assertThat(text.out()).contains("Rerun from the record: DIFFERS: round " + ALTERED + " differs from the record: "
                + "price (millionths of an hour per unit) of flour, recorded ").contains("; rounds 1–" + (ALTERED - 1) + " match.");
        assertThat(json.exit()).isEqualTo(DataPlan.DIFFERS);
        JsonNode check = new ObjectMapper().readTree(json.out()).at("/plans/0/check");
        assertThat(check.at("/matches").asBoolean()).isFalse();
        assertThat(check.at("/firstDifferingRound").asInt()).isEqualTo(ALTERED);
        assertThat(check.at("/difference").asText()).contains("flour");
    }

    @Test
    void says_what_is_wrong_when_there_is_no_such_plan_or_nothing_to_rerun() throws Exception {
        ReplayCommandTest.Run absent = ReplayCommandTest.run("plan", "--data", data.toString(), "--plan", "riverlands-2031");
        ReplayCommandTest.Run both = ReplayCommandTest.run("plan", "--data", data.toString(), "--instance", "plan.json");
        ReplayCommandTest.Run neither = ReplayCommandTest.run("plan", "--json");
        ReplayCommandTest.Run planAlone = ReplayCommandTest.run("plan", "--instance", "plan.json", "--plan", PLAN);
        ReplayCommandTest.Run empty = ReplayCommandTest.run("plan", "--data", dir.resolve("nothing").toString());
        ReplayCommandTest.Run none = ReplayCommandTest.run("plan", "--data", RecordFixtures.imported(dir.resolve("f"),
                RecordFixtures.federationExample()).toString());

        assertThat(absent.exit()).isEqualTo(1);
        assertThat(absent.err()).contains("no plan period 'riverlands-2031' in this federation; its plan periods: [riverlands-2026-q4, " + PLAN + "]");
        assertThat(absent.out()).isEmpty();
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("plan one thing: a standalone instance (--instance FILE.json) or a federation's");
        assertThat(neither.exit()).isEqualTo(2);
        assertThat(planAlone.exit()).isEqualTo(2);
        assertThat(planAlone.err()).contains("--plan names a plan period of a federation");
        assertThat(empty.exit()).isEqualTo(1);
        assertThat(empty.err()).contains("holds no federation's database");
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.err()).contains("no council in this federation has opened a plan period");
    }
}
