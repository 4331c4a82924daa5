package org.mandate.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.server.http.PlanFederation.PLAN;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mandate.core.Event;
import org.mandate.core.plan.PlanEvent;

/**
 * A restart folds the plan's rounds from the record and runs none of them again: the plan reads the
 * same before and after, nothing is due, and the first tick after the restart records nothing for it.
 */
class PlanRestartTest extends ServerFixture {
    private final Map<String, String> tokens = new LinkedHashMap<>();

    private String plan() {
        engine.reads().await(engine.size(), Duration.ofSeconds(10));
        return api.get("/api/v1/plans/" + PLAN, ApiClient.bearer(tokens.get("fay"))).body();
    }

    @Test
    void after_a_restart_the_plan_is_the_same_and_no_round_is_computed_again() {
        PlanFederation.MEMBERS.forEach(m -> tokens.put(m, account(m)));
        PlanFederation fed = new PlanFederation(scenario, api, tokens);
        Instant balanceAt = fed.open(Duration.ofDays(30));
        fed.state();
        scenario.at(balanceAt);
        List<Event> stretch = scenario.tick();
        assertThat(stretch).anyMatch(e -> e instanceof PlanEvent.PlanStretchEnded);
        String before = plan();
        long size = store.size();

        restart();

        assertThat(store.size()).isEqualTo(size);
        assertThat(plan()).as("the plan as the queries read it, position included").isEqualTo(before);
        List<org.mandate.core.plan.Plan> due = scenario.read(f -> f.plans().due(f, clock.instant()));
        assertThat(due).as("nothing due").isEmpty();
        scenario.after(Duration.ofMinutes(1));
        assertThat(scenario.tick()).as("no stretch recorded again").noneMatch(e -> e instanceof PlanEvent);
        int rounds = scenario.read(f -> f.plans().of(PLAN).lastRound());
        assertThat(rounds).isEqualTo(PlanOverHttpTest.rounds(stretch).size());
    }

    @Test
    void a_plan_that_fell_due_before_a_restart_is_recorded_once_by_the_first_tick_after_it() {
        PlanFederation.MEMBERS.forEach(m -> tokens.put(m, account(m)));
        PlanFederation fed = new PlanFederation(scenario, api, tokens);
        Instant balanceAt = fed.open(Duration.ofDays(30));
        fed.state();
        scenario.at(balanceAt);

        restart();
        List<Event> first = scenario.tick();
        List<Event> second = scenario.tick();

        assertThat(first).filteredOn(e -> e instanceof PlanEvent.PlanStretchEnded).hasSize(1);
        assertThat(second).noneMatch(e -> e instanceof PlanEvent);
    }
}
