package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify --data}: a data directory's stored events against its own signed checkpoint, offline. */
class VerifyDataTest {
    @TempDir
    Path dir;

    private static ReplayCommandTest.Run verify(Path data, String... more) {
        String[] args = new String[3 + more.length];
        args[0] = "verify";
        args[1] = "--data";
        args[2] = data.toString();
        System.arraycopy(more, 0, args, 3, more.length);
        return ReplayCommandTest.run(args);
    }

    @Test
    void a_good_directory_verifies_and_replays() {
        Path data = RecordFixtures.imported(dir);

        ReplayCommandTest.Run run = verify(data, "--replay");

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("log " + RecordFixtures.ORIGIN).contains("replayed").contains("continues the log localhost/mandate")
                .contains("OK: the stored events lead to the signed root");
    }

    @Test
    void one_altered_stored_event_fails_with_exit_two() throws Exception {
        Path data = RecordFixtures.imported(dir);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("mandate.db").toAbsolutePath())) {
            byte[] record;
            try (PreparedStatement read = c.prepareStatement("SELECT record FROM events WHERE seq = 5"); ResultSet rs = read.executeQuery()) {
                rs.next();
                record = rs.getBytes(1);
            }
            record[record.length - 3] ^= 1;
            try (PreparedStatement write = c.prepareStatement("UPDATE events SET record = ? WHERE seq = 5")) {
                write.setBytes(1, record);
                assertThat(write.executeUpdate()).isEqualTo(1);
            }
        }

        ReplayCommandTest.Run run = verify(data);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("not to the signed root: events in the store were altered").contains("FAILED");
    }

    @Test
    void a_key_other_than_the_logs_fails() throws Exception {
        Path data = RecordFixtures.imported(dir);
        ReplayCommandTest.run("init", "--data", dir.resolve("other").toString());

        ReplayCommandTest.Run run = verify(data, "--key", RecordFixtures.vkey(dir.resolve("other")));

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("not the key you gave").contains("carries no signature by the key");
    }

    @Test
    void a_directory_without_a_federation_cannot_be_checked_and_is_not_created() {
        Path empty = dir.resolve("empty");

        ReplayCommandTest.Run run = verify(empty);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("holds no federation's database");
        assertThat(empty).doesNotExist();
    }

    @Test
    void verify_checks_one_thing_at_a_time() {
        ReplayCommandTest.Run run = ReplayCommandTest.run("verify", "some.mlog", "--data", dir.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("verify one thing");
    }
}
