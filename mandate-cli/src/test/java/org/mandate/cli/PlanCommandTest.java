package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mandate plan} on the example of docs/planning.md, whose plan is worked out by hand there:
 * bread is rationed at the school's value (3 hours a loaf; the street takes 30, the school 10), beans
 * cost the field's labour (1 hour a kilo; the greenhouse's 15 kilos at 0.6 are used first), flour the
 * mill's (0.5); welfare 260 − 89 = 171 hours.
 */
class PlanCommandTest {
    private static final Path EXAMPLE = Files.exists(Path.of("../docs/examples/plan-bakery.json")) ? Path.of("../docs/examples/plan-bakery.json")
            : Path.of("docs/examples/plan-bakery.json");

    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        Path file = dir.resolve("instance.json");
        Files.writeString(file, text);
        return file;
    }

    private String example() throws IOException {
        return Files.readString(EXAMPLE);
    }

    @Test
    void prints_the_rounds_the_balances_the_proposals_and_the_welfare_against_the_central_optimum() {
        ReplayCommandTest.Run run = ReplayCommandTest.run("plan", "--instance", EXAMPLE.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Plan for 2027-01-01 to 2027-03-31: 3 goods, 3 workers' councils, 2 consumers' councils; tolerance 1.00 %")
                .containsPattern("Balanced in \\d+ rounds \\(0 with councils' own proposals\\)")
                .contains("Welfare: 171.00 hours (value of what is consumed 260.00, less labour 89.00)")
                .contains("Central optimum (OR-Tools GLOP, OPTIMAL")
                .contains("welfare 171.00 hours; participatory / central = 1.0000")
                .contains("bread (loaf): supply 40, demand 40, imbalance 0.00 %, price 3.0000")
                .contains("farm (workers): field 30, greenhouse 15")
                .contains("school (consumers): bread 10, beans 25");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void prints_json_with_every_rounds_prices_and_imbalances_the_final_balances_and_the_reference() throws IOException {
        ReplayCommandTest.Run run = ReplayCommandTest.run("plan", "--instance", EXAMPLE.toString(), "--json");

        assertThat(run.exit()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.at("/outcome").asText()).isEqualTo("balanced");
        JsonNode rounds = report.at("/rounds");
        assertThat(rounds.size()).isGreaterThan(1);
        assertThat(rounds.get(0).at("/round").asInt()).isEqualTo(1);
        assertThat(rounds.get(0).at("/prices").size()).isEqualTo(3);
        assertThat(rounds.get(0).at("/imbalances/bread").isNull()).as("nothing made in round 1, yet bread is asked").isTrue();
        JsonNode last = rounds.get(rounds.size() - 1);
        assertThat(last.at("/prices/bread").asDouble()).isCloseTo(3, within(0.03));
        assertThat(report.at("/final/largestImbalance").asDouble()).isLessThanOrEqualTo(0.01);
        assertThat(report.at("/final/goods/2/good").asText()).isEqualTo("beans");
        assertThat(report.at("/final/goods/2/supply").asDouble()).isCloseTo(45, within(0.45));
        assertThat(report.at("/final/proposals/2/activities/greenhouse").asDouble()).isCloseTo(15, within(0.15));
        assertThat(report.at("/final/welfare").asDouble()).isCloseTo(171, within(1.71));
        assertThat(report.at("/reference/solver").asText()).isEqualTo("GLOP");
        assertThat(report.at("/reference/welfare").asDouble()).isCloseTo(171, within(1e-6));
        assertThat(report.at("/reference/participatoryOverCentral").asDouble()).isCloseTo(1, within(0.01));
    }

    @Test
    void refuses_a_bad_instance_naming_every_problem_and_plans_nothing() throws IOException {
        Path bad = file(example().replace("\"labour\": 0.5", "\"labour\": -0.5")
                .replace("{\"good\": \"bread\", \"steps\": [{\"quantity\": 15, \"value\": 3}]}", "{\"good\": \"bread\", \"steps\": []}")
                .replace("\"tolerance\": 0.01,", "\"tolerance\": 0.01, \"tolerence\": 0.02,"));

        ReplayCommandTest.Run run = ReplayCommandTest.run("plan", "--instance", bad.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(bad + ": UnknownField: The field 'tolerence' of instance is not part of the instance format")
                .contains("nothing was planned");
        Path shapeless = file(example().replace("\"labour\": 0.5", "\"labour\": -0.5")
                .replace("{\"good\": \"bread\", \"steps\": [{\"quantity\": 15, \"value\": 3}]}", "{\"good\": \"bread\", \"steps\": []}"));

        ReplayCommandTest.Run again = ReplayCommandTest.run("plan", "--instance", shapeless.toString());

        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.out()).isEmpty();
        assertThat(again.err()).contains("NegativeCoefficient: The labour per unit of activity of technique grind of workers' council mill is -0.5")
                .contains("RequestWithoutPreference: Consumers' council school requests 'bread' without saying what it is worth to it");
    }

    @Test
    void refuses_a_file_that_is_not_json_or_lacks_a_field() throws IOException {
        ReplayCommandTest.Run notJson = ReplayCommandTest.run("plan", "--instance", file("{\"period\": ").toString());
        assertThat(notJson.exit()).isEqualTo(2);
        assertThat(notJson.err()).contains("NotJson: The file is not JSON");

        ReplayCommandTest.Run missing = ReplayCommandTest.run("plan", "--instance", file("{\"goods\": []}").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("MissingField: The field 'period' is missing from instance; it must be given.")
                .contains("MissingField: The field 'workersCouncils' is missing from instance");
        ReplayCommandTest.Run typed = ReplayCommandTest.run("plan", "--instance", file(example().replace("\"capacity\": 40", "\"capacity\": \"forty\"")).toString());
        assertThat(typed.exit()).isEqualTo(2);
        assertThat(typed.err()).contains("WrongType: The field 'capacity' of technique #1 of workers' council #2 must be a number.");
    }

    @Test
    void names_the_goods_that_block_an_instance_that_cannot_be_balanced_and_plans_nothing() throws IOException {
        Path blocked = file(example().replace("\"minimum\": 10", "\"minimum\": 45"));

        ReplayCommandTest.Run run = ReplayCommandTest.run("plan", "--instance", blocked.toString(), "--json");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("CannotBeBalanced: The plan cannot be balanced on bread: consumers' councils need at least 45 of 'bread'")
                .contains("nothing was planned");
    }

    @Test
    void says_plainly_when_the_round_limit_comes_first() {
        ReplayCommandTest.Run run = ReplayCommandTest.run("plan", "--instance", EXAMPLE.toString(), "--max-rounds", "3", "--reference", "none");

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out()).contains("NOT balanced: the round limit came after 3 rounds").contains("Central optimum: not computed (--reference none)");
    }
}
