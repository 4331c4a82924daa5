package org.mandate.cli.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.cli.planning.PlanRecords.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mandate.core.Federation;
import org.mandate.core.Mandate;
import org.mandate.core.MemberId;
import org.mandate.core.plan.Plan;
import org.mandate.core.plan.PlanEvent;
import org.mandate.economy.planning.federation.RecordedPlan;
import org.mandate.economy.planning.federation.Stretch;
import org.mandate.economy.planning.procedure.PlanningOutcome;

/**
 * What {@code plan --data} says of a period where the rerun goes past the record (statements closed
 * and no rounds yet; a human round still open), and of a blocked one, in text and in JSON.
 */
class DataPlanReportTest {

    private static DataPlanReport.Period period(Federation state) {
        Plan plan = plan(state);
        PlanningOutcome rerun = Stretch.run(plan);
        return new DataPlanReport.Period(plan, plan.phase(state), plan.dueAt(state), RecordedPlan.instance(plan), rerun, RecordCheck.of(plan, rerun),
                Optional.empty());
    }

    private static String text(Federation state) {
        StringWriter out = new StringWriter();
        DataPlanReport.text(period(state), new PrintWriter(out));
        return out.toString();
    }

    private static JsonNode json(Federation state) throws Exception {
        StringWriter out = new StringWriter();
        DataPlanReport.json(List.of(period(state)), new PrintWriter(out));
        return new ObjectMapper().readTree(out.toString()).at("/plans/0");
    }

    @Test
    void before_any_round_is_recorded_the_rerun_is_what_the_first_stretch_will_record() throws Exception {
        Federation state = stated();
        int rounds = stretch(state).rounds().size();

        assertThat(text(state)).contains("Plan period p1 of food, 2027-01-01 to 2027-12-31: gathering statements until 2026-10-01T09:01:00Z; "
                + "0 rounds recorded, 0 of 2 human rounds called; 0 of 0 bodies ratified")
                .contains("Rerun from the record: no rounds recorded yet. Rounds 1–" + rounds
                        + " below are not recorded: the stretch due at 2026-10-01T09:01:00Z will record them.")
                .contains("Balanced in " + rounds + " rounds (0 with councils' own proposals).");
        assertThat(json(state).at("/due").asText()).isEqualTo("2026-10-01T09:01:00Z");
    }

    @Test
    void in_an_open_human_round_the_rounds_after_the_record_are_the_next_stretchs() throws Exception {
        Federation state = stated();
        record(state, stretch(state));
        int recorded = plan(state).lastRound();
        Instant until = AT.plusSeconds(7 * 86_400);
        Mandate.evolve(state, new PlanEvent.HumanRoundCalled(AT.plusSeconds(120), PLAN, recorded + 1, until, new MemberId("ben"), "facilitator"));

        String text = text(state);

        assertThat(text).contains("in human round " + (recorded + 1) + " until " + until)
                .contains("Rerun from the record: rounds 1–" + recorded + " match the record. Rounds " + (recorded + 1) + "–")
                .contains("the stretch due at " + until + " will record them.");
        JsonNode period = json(state);
        assertThat(period.at("/phase").asText()).isEqualTo("human_round");
        assertThat(period.at("/check/matches").asBoolean()).isTrue();
        assertThat(period.at("/check/rerunRounds").asInt()).isGreaterThan(recorded);
    }

    @Test
    void a_blocked_period_names_the_goods_that_block_it() throws Exception {
        Federation state = stated(200_000);
        record(state, stretch(state));

        assertThat(text(state)).contains(": blocked by bread;").contains("Rerun from the record: no rounds recorded yet.")
                .contains("Blocked after 0 rounds by bread: ");
        JsonNode period = json(state);
        assertThat(period.at("/phase").asText()).isEqualTo("blocked");
        assertThat(period.at("/rerun/outcome").asText()).isEqualTo("blocked");
        assertThat(period.at("/rerun/blocking/0").asText()).isEqualTo("bread");
        assertThat(period.at("/rerun/why").asText()).isNotBlank();
    }
}
