package org.mandate.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.cli.Main;

/** The demo written as a script replays with ./mandate replay: to its end, refused only where it means to be. */
class DemoScriptTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void the_written_script_replays_with_only_the_deliberate_refusals(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("demo.jsonl");
        DemoFederation.writeScript(script);
        List<DemoFederation.Step> steps = DemoFederation.generate(DemoFederation.DEFAULT_SEED);
        List<String> expected = steps.stream().filter(DemoFederation.Step::deliberatelyRefused).map(DemoFederation.Step::refusal).toList();

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), "replay", script.toString());

        assertThat(exit).isZero();
        assertThat(err.toString()).isEmpty();
        List<String> file = Files.readAllLines(script);
        List<String> refused = new ArrayList<>();
        int commands = 0;
        long events = 0;
        for (String line : out.toString().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            commands++;
            JsonNode result = JSON.readTree(line);
            if (result.get("accepted").asBoolean()) {
                events += result.get("events").size();
            } else {
                refused.add(result.get("refused").get("rule").asText());
                // the line before a deliberate refusal says so
                assertThat(file.get(result.get("line").asInt() - 2)).startsWith("# deliberately refused: " + result.get("refused").get("rule").asText());
            }
        }
        assertThat(commands).isEqualTo(steps.size());
        assertThat(refused).isEqualTo(expected).contains("ContradictsMandate");
        assertThat(events).isGreaterThanOrEqualTo(50_000);
    }
}
