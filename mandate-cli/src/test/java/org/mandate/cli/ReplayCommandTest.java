package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** What a run printed and returned. */
    record Run(int exit, String out, String err) {
        List<JsonNode> lines() throws IOException {
            List<JsonNode> nodes = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isBlank()) {
                    nodes.add(JSON.readTree(line));
                }
            }
            return nodes;
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    static Path example() {
        Path p = Path.of("../docs/examples/first-steps.jsonl");
        return Files.exists(p) ? p : Path.of("docs/examples/first-steps.jsonl");
    }

    private Path script(String... lines) throws IOException {
        Path file = dir.resolve("script.jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> types(JsonNode line) {
        List<String> types = new ArrayList<>();
        line.get("events").forEach(e -> types.add(e.get("type").asText()));
        return types;
    }

    @Test
    void theExampleScriptGivesTheExpectedOutcomes() throws IOException {
        Run run = run("replay", example().toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        List<JsonNode> lines = run.lines();
        assertThat(lines).hasSize(20);
        assertThat(lines).extracting(l -> l.get("line").asInt()).containsExactly(
                2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21);

        assertThat(types(lines.get(0))).containsExactly("member-registered");
        assertThat(lines.get(0).at("/events/0/member").asText()).isEqualTo("ana");
        assertThat(types(lines.get(4))).containsExactly("assembly-founded");
        assertThat(lines.get(4).at("/events/0/cofounders").toString()).isEqualTo("[\"ben\",\"chi\"]");
        assertThat(lines.get(4).at("/events/0/charter/rules/election/method").asText()).isEqualTo("stv");
        assertThat(types(lines.get(5))).containsExactly("founder-joined");
        assertThat(types(lines.get(7))).containsExactly("admission-applied", "proposal-submitted", "proposal-published");
        assertThat(lines.get(7).at("/events/1/motion/type").asText()).isEqualTo("admit-member");
        assertThat(lines.get(7).at("/events/2/votingOpensAt").asText()).isEqualTo("2026-03-04T11:00:00Z");
        assertThat(types(lines.get(8))).containsExactly("proposal-submitted");
        assertThat(types(lines.get(9))).containsExactly("proposal-published");

        JsonNode comment = lines.get(10);
        assertThat(comment.get("line").asInt()).isEqualTo(12);
        assertThat(comment.get("accepted").asBoolean()).isFalse();
        assertThat(comment.at("/refused/rule").asText()).isEqualTo("NotAMember");
        assertThat(comment.at("/refused/message").asText()).isEqualTo("Member dee is not a member of bakery.");

        assertThat(types(lines.get(11))).containsExactly("voting-opened");
        assertThat(lines.get(11).at("/events/0/proposal").asText()).isEqualTo("bakery-admit-dee");
        assertThat(types(lines.get(12))).containsExactly("vote-cast");
        assertThat(lines.get(14).at("/refused/rule").asText()).isEqualTo("AlreadyVoted");
        assertThat(lines.get(18).at("/refused/rule").asText()).isEqualTo("NotOnRoll");
        assertThat(lines.get(18).at("/refused/member").asText()).isEqualTo("dee");

        JsonNode close = lines.get(19);
        assertThat(types(close)).containsExactly("proposal-closed", "member-admitted", "proposal-closed");
        assertThat(close.at("/events/0/result/verdict").asText()).isEqualTo("adopted");
        assertThat(close.at("/events/0/result/tally/yes").asInt()).isEqualTo(2);
        assertThat(close.at("/events/1/member").asText()).isEqualTo("dee");
        assertThat(close.at("/events/2/proposal").asText()).isEqualTo("night-shift");
        assertThat(close.at("/events/2/result/tally/abstain").asInt()).isEqualTo(1);

        long refused = lines.stream().filter(l -> !l.get("accepted").asBoolean()).count();
        assertThat(refused).isEqualTo(3);
    }

    @Test
    void aRefusedCommandPrintsItsRuleAndSentenceAndTheRunGoesOn() throws IOException {
        Path file = script(
                "{\"at\":\"2026-03-01T09:00:00Z\",\"by\":\"ana\",\"command\":{\"type\":\"register-member\",\"member\":\"ben\"}}",
                "{\"at\":\"2026-03-01T09:01:00Z\",\"by\":\"ana\",\"command\":{\"type\":\"register-member\",\"member\":\"ana\"}}",
                "{\"at\":\"2026-03-01T09:00:30Z\",\"by\":\"ben\",\"command\":{\"type\":\"register-member\",\"member\":\"ben\"}}");
        Run run = run("replay", file.toString());
        assertThat(run.exit()).isZero();
        List<JsonNode> lines = run.lines();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).toString()).isEqualTo("{\"line\":1,\"accepted\":false,\"refused\":{\"rule\":\"ActingForAnother\","
                + "\"message\":\"Member ana cannot act on behalf of member ben; each member acts only for themselves.\","
                + "\"actor\":\"ana\",\"member\":\"ben\"}}");
        assertThat(types(lines.get(1))).containsExactly("member-registered");
        assertThat(lines.get(2).at("/refused/rule").asText()).isEqualTo("ClockWentBackwards");
        assertThat(lines.get(2).at("/refused/message").asText()).contains("time only moves forward");
    }

    @Test
    void blankLinesAndCommentsAreSkippedButCounted() throws IOException {
        Path file = script("# a comment", "", "{\"at\":\"2026-03-01T09:00:00Z\",\"by\":\"ana\",\"command\":{\"type\":\"register-member\",\"member\":\"ana\"}}");
        Run run = run("replay", file.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.lines()).singleElement().satisfies(l -> assertThat(l.get("line").asInt()).isEqualTo(3));
    }

    @Test
    void aLineOfInvalidJsonStopsTheRunWithExitTwoNamingTheLine() throws IOException {
        Path file = script(
                "{\"at\":\"2026-03-01T09:00:00Z\",\"by\":\"ana\",\"command\":{\"type\":\"register-member\",\"member\":\"ana\"}}",
                "{\"at\":\"2026-03-01T09:01:00Z\",\"by\":\"ben\",\"command\":{\"type\":\"register-member\"",
                "{\"at\":\"2026-03-01T09:02:00Z\",\"by\":\"chi\",\"command\":{\"type\":\"register-member\",\"member\":\"chi\"}}");
        Run run = run("replay", file.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith(file + ":2: ").contains("not valid JSON");
        assertThat(run.lines()).singleElement().satisfies(l -> assertThat(l.get("line").asInt()).isEqualTo(1));
        assertThat(run.out()).doesNotContain("chi");
    }

    @Test
    void anUnknownCommandTypeStopsTheRunWithExitTwo() throws IOException {
        Path file = script("{\"at\":\"2026-03-01T09:00:00Z\",\"by\":\"ana\",\"command\":{\"type\":\"dissolve-body\",\"body\":\"bakery\"}}");
        Run run = run("replay", file.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(":1: ").contains("unknown command type 'dissolve-body'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aBadLineShapeStopsTheRunWithExitTwo() throws IOException {
        for (String bad : List.of(
                "{\"by\":\"ana\",\"command\":{\"type\":\"tick\"}}",
                "{\"at\":\"yesterday\",\"command\":{\"type\":\"tick\"}}",
                "{\"at\":\"2026-03-01T09:00:00Z\",\"by\":\"-ana\",\"command\":{\"type\":\"tick\"}}",
                "{\"at\":\"2026-03-01T09:00:00Z\",\"who\":\"ana\",\"command\":{\"type\":\"tick\"}}",
                "{\"at\":\"2026-03-01T09:00:00Z\",\"by\":\"ana\"}",
                "{\"at\":\"2026-03-01T09:00:00Z\",\"by\":\"ana\",\"command\":{\"type\":\"register-member\",\"member\":42}}",
                "[1,2]")) {
            Run run = run("replay", script(bad).toString());
            assertThat(run.exit()).as(bad).isEqualTo(2);
            assertThat(run.err()).as(bad).contains(":1: ").doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void aMissingFileIsExitTwoWithAClearMessage() {
        Path missing = dir.resolve("nowhere.jsonl");
        Run run = run("replay", missing.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("no such script: " + missing);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aDirectoryIsNotAScript() {
        Run run = run("replay", dir.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(dir.toString()).doesNotContain("\tat ");
    }

    @Test
    void helpWorksForTheToolAndForReplay() {
        Run top = run("--help");
        assertThat(top.exit()).isZero();
        assertThat(top.out()).contains("Usage: mandate").contains("replay");
        Run replay = run("replay", "--help");
        assertThat(replay.exit()).isZero();
        assertThat(replay.out()).contains("Usage: mandate replay").contains("SCRIPT");
        Run bare = run();
        assertThat(bare.exit()).isZero();
        assertThat(bare.out()).contains("Usage: mandate");
    }

    @Test
    void aMissingArgumentIsAUsageError() {
        Run run = run("replay");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required parameter");
    }
}
