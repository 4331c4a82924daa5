package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/examples/credit.jsonl runs as it says: every command is accepted, the market adopts mutual credit,
 * the bakery disputes one invoice, and the clearing line the server would send sets off the cycle and
 * settles part of the rest through the accounts, whose balances sum to zero.
 */
class CreditExampleTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<JsonNode> lines = new ArrayList<>();
    private static int exit;

    @BeforeAll
    static void replay() throws Exception {
        StringWriter out = new StringWriter();
        exit = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "replay", RecordFixtures.creditExample().toString());
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
    }

    private static List<JsonNode> events(String type) {
        List<JsonNode> found = new ArrayList<>();
        lines.forEach(l -> l.path("events").forEach(e -> {
            if (e.get("type").asText().equals(type)) {
                found.add(e);
            }
        }));
        return found;
    }

    @Test
    void every_command_of_the_example_is_accepted() throws Exception {
        long commands = Files.readAllLines(RecordFixtures.creditExample()).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).count();

        assertThat(exit).isZero();
        assertThat(lines).hasSize((int) commands).allMatch(l -> l.get("accepted").asBoolean());
    }

    @Test
    void the_clearing_sets_off_the_cycle_and_settles_part_of_the_rest() {
        JsonNode applied = events("clearing-applied").get(0);

        assertThat(events("mutual-credit-adopted").get(0).get("unit").asText()).isEqualTo("hours");
        assertThat(events("invoice-disputed")).hasSize(1);
        assertThat(applied.get("invoices").asInt()).isEqualTo(3);
        assertThat(applied.get("setOff").asLong()).isEqualTo(210);
        assertThat(applied.get("settled").asLong()).isEqualTo(30);
        assertThat(events("invoice-cleared")).extracting(e -> e.get("invoice").asText()).containsExactly("bakery-001", "dairy-001", "mill-001");
        assertThat(applied.has("by")).as("no member applies a clearing").isFalse();
    }
}
