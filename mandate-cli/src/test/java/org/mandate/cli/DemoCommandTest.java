package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mandate demo} writes a history that verifies and replays, and names the demo members. */
class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void the_demo_federation_is_recorded_as_a_history_that_verifies() {
        ReplayCommandTest.Run demo = ReplayCommandTest.run("demo", "--data", dir.toString(), "--no-serve");
        assertThat(demo.exit()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("2000 members").contains("1 command refused on purpose").contains("recalled");
        Path history = dir.resolve("demo-history.mlog");
        assertThat(Files.exists(dir.resolve("demo.jsonl"))).isTrue();

        ReplayCommandTest.Run verify = ReplayCommandTest.run("verify", history.toString(), "--memory", dir.resolve("mem").toString(), "--replay");
        assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out()).contains("replayed").contains("2000 members");
    }
}
