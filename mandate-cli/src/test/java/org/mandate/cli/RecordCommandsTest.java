package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.codec.Codec;
import org.mandate.core.Event;
import org.mandate.core.Federation;
import org.mandate.core.Mandate;
import org.mandate.record.history.HistoryReader;
import org.mandate.record.merkle.MerkleTree;

/** {@code replay --export} and {@code verify}: a run's record can be checked offline and rebuilds the same federation. */
class RecordCommandsTest {
    @TempDir
    Path dir;

    private Path exported() {
        Path file = dir.resolve("history.mlog");
        ReplayCommandTest.Run run = ReplayCommandTest.run("replay", ReplayCommandTest.example().toString(), "--export", file.toString(),
                "--data", dir.resolve("data").toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("exported 21 events");
        return file;
    }

    @Test
    void an_exported_history_verifies_and_replays() {
        Path file = exported();
        ReplayCommandTest.Run run = ReplayCommandTest.run("verify", file.toString(), "--memory", dir.resolve("mem").toString(), "--replay");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("OK: all 21 events").contains("replayed 21 events: 4 members, 1 bodies, 2 proposals");
    }

    @Test
    void one_changed_byte_in_an_event_is_caught_and_its_index_named() throws IOException {
        Path file = exported();
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("\"member\":\"chi\"");
        assertThat(at).isPositive();
        bytes[at + 11] = 'x';
        Files.write(file, bytes);

        ReplayCommandTest.Run run = ReplayCommandTest.run("verify", file.toString(), "--memory", dir.resolve("mem").toString());

        assertThat(run.exit()).as("2: it does not verify").isEqualTo(2);
        assertThat(run.out() + run.err()).contains("LeafMismatch").contains("event 2");
    }

    @Test
    void the_key_given_by_the_member_must_sign_the_checkpoint() throws IOException {
        Path file = exported();
        Path other = dir.resolve("other");
        ReplayCommandTest.run("replay", ReplayCommandTest.example().toString(), "--export", dir.resolve("x.mlog").toString(), "--data", other.toString());
        String foreign = Files.readString(other.resolve("log-key.vkey")).trim();

        ReplayCommandTest.Run run = ReplayCommandTest.run("verify", file.toString(), "--memory", dir.resolve("mem").toString(), "--key", foreign);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out() + run.err()).contains("UnknownKey");
    }

    /** Replaying the record's stored bytes rebuilds the live state, and re-encoding them gives the same bytes, so the same root. */
    @Test
    void replay_from_the_record_rebuilds_the_same_state_and_the_same_root() throws IOException {
        Path file = exported();
        Codec codec = new Codec();
        Federation live = new Federation();
        for (String line : Files.readAllLines(ReplayCommandTest.example())) {
            if (!line.isBlank() && !line.startsWith("#")) {
                ScriptLine parsed = ScriptLine.parse(codec, line);
                Mandate.execute(live, parsed.command(), parsed.context());
            }
        }

        List<byte[]> stored = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        try (HistoryReader reader = new HistoryReader(Files.newInputStream(file))) {
            while (reader.next()) {
                byte[] b = java.util.Arrays.copyOfRange(reader.buffer(), reader.eventOffset(), reader.eventOffset() + reader.length());
                stored.add(b);
                events.add(codec.readEvent(b));
            }
        }
        Federation rebuilt = Mandate.replay(events);

        assertThat(RecordFixtures.summary(rebuilt)).isEqualTo(RecordFixtures.summary(live));
        MerkleTree fromStored = new MerkleTree();
        fromStored.append(stored);
        MerkleTree reencoded = new MerkleTree();
        reencoded.append(events.stream().map(codec::recordBytes).toList());
        assertThat(reencoded.root()).isEqualTo(fromStored.root());
        assertThat(fromStored.size()).isEqualTo(21);
    }

    @Test
    void an_empty_script_exports_an_empty_history_that_verifies() throws IOException {
        Path script = dir.resolve("empty.jsonl");
        Files.writeString(script, "# nothing\n");
        Path file = dir.resolve("e.mlog");
        ReplayCommandTest.Run run = ReplayCommandTest.run("replay", script.toString(), "--export", file.toString(),
                "--data", dir.resolve("data").toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("exported 0 events");

        ReplayCommandTest.Run verified = ReplayCommandTest.run("verify", file.toString(), "--memory", dir.resolve("mem").toString());
        assertThat(verified.exit()).as(verified.out() + verified.err()).isZero();
    }
}
