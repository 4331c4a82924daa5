package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --body}: one body's events, each with its proof, that {@code verify} checks offline line by line. */
class BodyExportTest {
    @TempDir
    Path dir;

    private Path exported(Path data, String body) {
        Path file = dir.resolve(body + ".excerpt");
        ReplayCommandTest.Run run = ReplayCommandTest.run("export", "--data", data.toString(), "--body", body, "--out", file.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("events of " + body + " among");
        return file;
    }

    @Test
    void a_bodys_excerpt_verifies_offline_with_the_logs_key_and_holds_its_events_only() throws IOException {
        Path data = RecordFixtures.imported(dir);
        Path excerpt = exported(data, "mill");

        ReplayCommandTest.Run run = ReplayCommandTest.run("verify", excerpt.toString(), "--key", RecordFixtures.vkey(data),
                "--memory", dir.resolve("mem").toString());

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("(body mill)").contains("key given by you").contains("OK: all ");
        List<String> lines = Files.readAllLines(excerpt, StandardCharsets.UTF_8);
        assertThat(lines.get(1)).isEqualTo("about body mill");
        String events = String.join("\n", lines.subList(lines.indexOf(lines.stream().filter(l -> l.startsWith("events ")).findFirst().orElseThrow()) + 1,
                lines.size() - 1));
        assertThat(events).contains("\"type\":\"assembly-founded\"", "\"body\":\"mill\"", "\"proposal\":\"mill-joins-fed\"",
                "\"member\":\"dee\"", "\"member\":\"gus\"", "\"council\":\"fed\"");
        assertThat(events).doesNotContain("\"proposal\":\"bakery-founds-fed\"", "\"member\":\"ana\"}");
    }

    @Test
    void one_changed_byte_makes_verify_name_the_file_and_line_and_exit_two() throws Exception {
        Path data = RecordFixtures.imported(dir);
        Path excerpt = exported(data, "mill");
        List<String> lines = Files.readAllLines(excerpt, StandardCharsets.UTF_8);
        int line = 0;
        while (!lines.get(line).contains("\"proposal\":\"mill-joins-fed\"")) {
            line++;
        }
        lines.set(line, lines.get(line).replace("\"proposal\":\"mill-joins-fed\"", "\"proposal\":\"mill-joins-fee\""));
        Files.write(excerpt, lines, StandardCharsets.UTF_8);
        String key = RecordFixtures.vkey(data);

        ReplayCommandTest.Run run = ReplayCommandTest.run("verify", excerpt.toString(), "--key", key, "--memory", dir.resolve("mem").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains(excerpt + ":" + (line + 1) + ": event ").contains("is not proven in the signed tree").contains("FAILED: 1 problem");

        LauncherTest.Process own = LauncherTest.java(dir, "verify", excerpt.toString(), "--key", key, "--memory", dir.resolve("mem").toString());
        assertThat(own.exit()).isEqualTo(2);
        String named = excerpt + ":" + (line + 1) + ": event ";
        assertThat(own.out()).anyMatch(l -> l.startsWith(named));
    }

    @Test
    void a_body_the_record_never_mentions_is_refused_and_no_file_is_left() {
        Path data = RecordFixtures.imported(dir);
        Path file = dir.resolve("nobody.excerpt");

        ReplayCommandTest.Run run = ReplayCommandTest.run("export", "--data", data.toString(), "--body", "nobody", "--out", file.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("never mentions a body nobody");
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void an_excerpt_cannot_be_replayed_as_if_it_were_the_whole_record() throws IOException {
        Path data = RecordFixtures.imported(dir);
        Path excerpt = exported(data, "bakery");

        ReplayCommandTest.Run run = ReplayCommandTest.run("verify", excerpt.toString(), "--replay", "--memory", dir.resolve("mem").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("cannot be replayed");
    }
}
