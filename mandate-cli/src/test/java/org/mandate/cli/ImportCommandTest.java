package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.core.Federation;
import org.mandate.record.checkpoint.SignedCheckpoint;
import org.mandate.record.history.HistoryReader;
import org.mandate.server.Server;
import org.mandate.store.Store;

/** {@code mandate import}: a verified history into a new data directory that a server then serves as it was. */
class ImportCommandTest {
    @TempDir
    Path dir;

    private static SignedCheckpoint checkpointOf(Path history) throws IOException {
        try (HistoryReader reader = new HistoryReader(Files.newInputStream(history))) {
            return SignedCheckpoint.parse(reader.checkpointNote());
        }
    }

    private static List<String> listing(Path p) throws IOException {
        if (!Files.exists(p)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(p)) {
            return files.map(Path::toString).sorted().toList();
        }
    }

    private ReplayCommandTest.Run importInto(Path history, Path data, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("import", history.toString(), "--data", data.toString(),
                "--memory", dir.resolve("mem").toString()));
        args.addAll(List.of(more));
        return ReplayCommandTest.run(args.toArray(String[]::new));
    }

    @Test
    void an_imported_history_is_served_with_the_same_root_and_the_same_state() throws Exception {
        Path history = RecordFixtures.history(dir);
        Path data = dir.resolve("data");

        ReplayCommandTest.Run run = importInto(history, data, "--origin", RecordFixtures.ORIGIN);

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        SignedCheckpoint old = checkpointOf(history);
        Federation expected = ReplayFromRecord.rebuild(history);
        try (Server server = Server.start(Store.sqlite(data), data, Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC),
                "127.0.0.1", 0)) {
            assertThat(server.engine().size()).isEqualTo(old.size());
            assertThat(server.engine().root()).isEqualTo(old.checkpoint().root());
            server.engine().reads().await(old.size(), java.time.Duration.ofSeconds(30));
            assertThat(server.engine().reads().read(RecordFixtures::summary)).isEqualTo(RecordFixtures.summary(expected));
            SignedCheckpoint signed = server.engine().writer().checkpoint().orElseThrow();
            assertThat(signed.checkpoint().origin()).isEqualTo(RecordFixtures.ORIGIN);
            assertThat(signed.checkpoint().root()).isEqualTo(old.checkpoint().root());
        }
        assertThat(Files.readString(data.resolve(Predecessor.CHECKPOINT_FILE))).isEqualTo(old.note());
        assertThat(run.out()).contains("continues localhost/mandate");
    }

    @Test
    void with_the_logs_own_key_the_import_goes_on_signing_the_same_log() throws Exception {
        Path history = RecordFixtures.history(dir);
        Path data = dir.resolve("data");

        ReplayCommandTest.Run run = importInto(history, data, "--log-key", dir.resolve("exporter/log-key.private").toString());

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        try (Store store = Store.sqlite(data)) {
            assertThat(store.checkpoint()).contains(checkpointOf(history).note());
        }
        assertThat(RecordFixtures.vkey(data)).isEqualTo(RecordFixtures.vkey(dir.resolve("exporter")));
        assertThat(Files.getPosixFilePermissions(data.resolve("log-key.private")))
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ, java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        assertThat(Files.exists(data.resolve(Predecessor.CHECKPOINT_FILE))).isFalse();
    }

    @Test
    void a_tampered_history_is_refused_and_the_directory_is_left_as_it_was() throws IOException {
        Path history = RecordFixtures.history(dir);
        byte[] bytes = Files.readAllBytes(history);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("\"member\":\"ana\"");
        bytes[at + 10] = 'o';
        Files.write(history, bytes);
        Path data = dir.resolve("data");

        ReplayCommandTest.Run run = importInto(history, data, "--origin", RecordFixtures.ORIGIN);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("LeafMismatch");
        assertThat(run.err()).contains("does not verify; nothing was imported");
        assertThat(Files.exists(data)).isFalse();
    }

    @Test
    void a_directory_that_already_holds_a_federation_is_refused_and_left_as_it_was() throws IOException {
        Path history = RecordFixtures.history(dir);
        Path data = dir.resolve("data");
        assertThat(ReplayCommandTest.run("init", "--data", data.toString()).exit()).isZero();
        List<String> before = listing(data);
        String key = Files.readString(data.resolve("log-key.private"));

        ReplayCommandTest.Run run = importInto(history, data, "--origin", RecordFixtures.ORIGIN);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("already holds a federation");
        assertThat(listing(data)).isEqualTo(before);
        assertThat(Files.readString(data.resolve("log-key.private"))).isEqualTo(key);
    }

    @Test
    void a_new_key_under_the_histories_own_origin_is_refused() {
        Path history = RecordFixtures.history(dir);
        Path data = dir.resolve("data");

        ReplayCommandTest.Run run = importInto(history, data, "--origin", "localhost/mandate");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("a new key needs a new origin");
        assertThat(Files.exists(data)).isFalse();
    }

    @Test
    void a_history_signed_by_another_key_than_the_one_given_is_refused() throws IOException {
        Path history = RecordFixtures.history(dir);
        ReplayCommandTest.run("init", "--data", dir.resolve("other").toString());
        Path data = dir.resolve("data");

        ReplayCommandTest.Run run = importInto(history, data, "--origin", RecordFixtures.ORIGIN, "--key",
                RecordFixtures.vkey(dir.resolve("other")));

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("UnknownKey");
        assertThat(Files.exists(data)).isFalse();
    }

    @Test
    void a_history_with_a_secret_vote_still_open_is_refused_because_its_ballots_are_not_in_it() throws IOException {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(ReplayCommandTest.example()).subList(0, 8));
        lines.add("{\"at\":\"2026-03-02T09:00:00Z\",\"by\":\"ana\",\"command\":{\"type\":\"submit-proposal\",\"proposal\":\"elect-secretary\","
                + "\"body\":\"bakery\",\"title\":\"Elect a secretary\",\"motion\":{\"type\":\"election\",\"office\":\"secretary\",\"seats\":1},"
                + "\"options\":[\"ana\",\"ben\"]}}");
        lines.add("{\"at\":\"2026-03-02T09:01:00Z\",\"by\":\"ana\",\"command\":{\"type\":\"publish-proposal\",\"proposal\":\"elect-secretary\"}}");
        lines.add("{\"at\":\"2026-03-06T09:00:00Z\",\"command\":{\"type\":\"tick\"}}");
        lines.add("{\"at\":\"2026-03-06T09:05:00Z\",\"by\":\"chi\",\"command\":{\"type\":\"cast-vote\",\"proposal\":\"elect-secretary\","
                + "\"ballot\":{\"type\":\"ranking\",\"ranks\":[[\"ben\"],[\"ana\"]]}}}");
        Path script = dir.resolve("secret.jsonl");
        Files.write(script, lines);
        Path history = dir.resolve("secret.mlog");
        ReplayCommandTest.Run replay = ReplayCommandTest.run("replay", script.toString(), "--export", history.toString(), "--data",
                dir.resolve("exporter").toString());
        assertThat(replay.exit()).as(replay.out() + replay.err()).isZero();
        assertThat(replay.out()).contains("sealed-vote-cast");
        Path data = dir.resolve("data");

        ReplayCommandTest.Run run = importInto(history, data, "--origin", RecordFixtures.ORIGIN);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("secret votes still open (elect-secretary)").contains("Nothing was imported");
        assertThat(Files.exists(data)).isFalse();
    }
}
