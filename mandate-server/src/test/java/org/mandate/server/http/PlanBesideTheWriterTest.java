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
import org.mandate.core.clock.Tick;
import org.mandate.core.plan.PlanEvent;

/**
 * The writer does not wait for the planning procedure: the tick that finds a plan due is recorded
 * without its stretch, which is computed beside the writer and recorded by the core's check in a later
 * batch, once.
 */
class PlanBesideTheWriterTest extends ServerFixture {

    @Test
    void the_tick_that_finds_a_plan_due_goes_on_and_the_stretch_is_recorded_after_it_once() {
        Map<String, String> tokens = new LinkedHashMap<>();
        PlanFederation.MEMBERS.forEach(m -> tokens.put(m, account(m)));
        PlanFederation fed = new PlanFederation(scenario, api, tokens);
        Instant balanceAt = fed.open(Duration.ofDays(30));
        fed.state();
        scenario.at(balanceAt);
        long before = engine.size();

        List<Event> tick = scenario.given(null, new Tick());
        List<Event> stretch = engine.writer().plans().settle(Duration.ofSeconds(60));

        assertThat(tick).as("the tick's own events").noneMatch(e -> e instanceof PlanEvent);
        assertThat(stretch).anyMatch(e -> e instanceof PlanEvent.PlanRoundPublished).last().isInstanceOf(PlanEvent.PlanStretchEnded.class);
        assertThat(engine.size()).isEqualTo(before + tick.size() + stretch.size());
        assertThat(scenario.tick()).as("recorded once").noneMatch(e -> e instanceof PlanEvent);
    }
}
