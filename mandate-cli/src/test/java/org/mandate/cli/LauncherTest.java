package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the CLI as its own process, as {@code ./mandate} does, to test the real exit code. The jar is not
 * packaged yet when tests run, so the child process gets this test's class path instead of the launcher's.
 */
class LauncherTest {

    record Process(int exit, List<String> out, String err) {}

    static Process java(Path workdir, String... args) throws IOException, InterruptedException {
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(javaBin.toString(), "-cp", System.getProperty("java.class.path"),
                "org.mandate.cli.Main"));
        command.addAll(List.of(args));
        Path outFile = Files.createTempFile("mandate-out", ".txt");
        Path errFile = Files.createTempFile("mandate-err", ".txt");
        try {
            java.lang.Process p = new ProcessBuilder(command).directory(workdir.toFile())
                    .redirectOutput(outFile.toFile()).redirectError(errFile.toFile()).start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the CLI finished within a minute").isTrue();
            return new Process(p.exitValue(), Files.readAllLines(outFile, StandardCharsets.UTF_8),
                    Files.readString(errFile, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(outFile);
            Files.deleteIfExists(errFile);
        }
    }

    static Path root() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("docs/examples/first-steps.jsonl")) ? here : here.getParent();
    }

    @Test
    void theExampleRunsInItsOwnProcessAndExitsZero() throws Exception {
        Process run = java(root(), "replay", "docs/examples/first-steps.jsonl");
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).hasSize(20);
        assertThat(run.out().get(0)).isEqualTo(
                "{\"line\":2,\"accepted\":true,\"events\":[{\"type\":\"member-registered\",\"at\":\"2026-03-01T09:00:00Z\",\"member\":\"ana\"}]}");
        assertThat(run.out().get(10)).startsWith("{\"line\":12,\"accepted\":false,\"refused\":{\"rule\":\"NotAMember\"");
        assertThat(run.out().get(19)).startsWith("{\"line\":21,\"accepted\":true,\"events\":[{\"type\":\"proposal-closed\"")
                .contains("\"type\":\"member-admitted\"");
    }

    @Test
    void aBadLineExitsTwoInItsOwnProcess(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.jsonl"), "{\"at\":\"2026-03-01T09:00:00Z\",\"command\":{\"type\":\"tick\"}}\nnot json\n");
        Process run = java(dir, "replay", "bad.jsonl");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).containsExactly("{\"line\":1,\"accepted\":true,\"events\":[]}");
        assertThat(run.err()).startsWith("bad.jsonl:2: not valid JSON");
    }

    @Test
    void aMissingScriptExitsTwoInItsOwnProcess(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Process run = java(dir, "replay", "missing.jsonl");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).isEqualTo("no such script: missing.jsonl");
    }
}
