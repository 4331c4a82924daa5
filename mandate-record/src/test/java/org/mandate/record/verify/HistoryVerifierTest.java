package org.mandate.record.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.record.checkpoint.Checkpoint;
import org.mandate.record.checkpoint.NoteSigner;
import org.mandate.record.checkpoint.SignedCheckpoint;
import org.mandate.record.testing.HistoryBytes;
import org.mandate.record.testing.TestLog;

/** Tamper tests on stored exported histories: each change is caught and named. */
class HistoryVerifierTest {

    @TempDir
    Path dir;

    private final NoteSigner key = TestLog.newKey();

    private Path memory() {
        return dir.resolve("memory");
    }

    private Path store(byte[] history) throws IOException {
        Path file = Files.createTempFile(dir, "history", ".mandate");
        Files.write(file, history);
        return file;
    }

    private VerificationReport verify(byte[] history) throws IOException {
        return new HistoryVerifier(memory()).verify(store(history));
    }

    private HistoryBytes exported(int n) {
        return HistoryBytes.parse(new TestLog(key).appendNumbered(0, n).history());
    }

    @Test
    void accepts_an_untouched_history_and_remembers_its_checkpoint() throws IOException {
        TestLog log = new TestLog(key).appendNumbered(0, 1000);
        VerificationReport report = verify(log.history());
        assertThat(report.findings()).isEmpty();
        assertThat(report.ok()).isTrue();
        assertThat(report.events()).isEqualTo(1000);
        assertThat(report.memoryUpdated()).isTrue();
        assertThat(new CheckpointMemory(memory()).read("fed.example/record").orElseThrow().checkpoint().size()).isEqualTo(1000);

        log.appendNumbered(1000, 1500);
        VerificationReport later = verify(log.history());
        assertThat(later.findings()).isEmpty();
        assertThat(later.remembered().orElseThrow().size()).isEqualTo(1000);
    }

    @Test
    void accepts_an_empty_history() throws IOException {
        assertThat(verify(new TestLog(key).history()).findings()).isEmpty();
    }

    @Test
    void names_the_event_whose_byte_was_changed() throws IOException {
        HistoryBytes h = exported(50);
        h.records.get(17)[36 + 5] ^= 0x01;
        VerificationReport report = verify(h.toBytes());
        assertThat(report.ok()).isFalse();
        assertThat(report.findings()).extracting(Finding::kind).containsExactly(FindingKind.LeafMismatch);
        assertThat(report.first(FindingKind.LeafMismatch).orElseThrow().index()).isEqualTo(17);
        assertThat(report.memoryUpdated()).isFalse();
        assertThat(new CheckpointMemory(memory()).read("fed.example/record")).isEmpty();
    }

    @Test
    void catches_a_deleted_event_whether_or_not_the_count_was_fixed() throws IOException {
        HistoryBytes h = exported(50);
        h.records.remove(20);
        VerificationReport unfixed = verify(h.toBytes());
        assertThat(unfixed.findings()).extracting(Finding::kind).contains(FindingKind.Truncated);

        h.declared = 49;
        VerificationReport fixed = verify(h.toBytes());
        assertThat(fixed.findings()).extracting(Finding::kind).contains(FindingKind.Truncated);
        assertThat(fixed.first(FindingKind.Truncated).orElseThrow().sentence()).contains("holds 49 events but its checkpoint covers 50");
    }

    @Test
    void catches_two_swapped_events() throws IOException {
        HistoryBytes h = exported(50);
        Collections.swap(h.records, 3, 30);
        assertThat(verify(h.toBytes()).findings()).extracting(Finding::kind).containsExactly(FindingKind.RootMismatch);
    }

    @Test
    void names_the_first_of_two_swapped_event_bodies_when_the_leaf_hashes_stayed() throws IOException {
        TestLog log = new TestLog(key).append("{\"a\":1}", "{\"a\":2}", "{\"a\":3}", "{\"a\":4}");
        HistoryBytes h = HistoryBytes.parse(log.history());
        byte[] one = h.records.get(1);
        byte[] three = h.records.get(3);
        byte[] body = Arrays.copyOfRange(one, 36, one.length);
        System.arraycopy(three, 36, one, 36, body.length);
        System.arraycopy(body, 0, three, 36, body.length);
        VerificationReport report = verify(h.toBytes());
        assertThat(report.first(FindingKind.LeafMismatch).orElseThrow().index()).isEqualTo(1);
        assertThat(report.first(FindingKind.LeafMismatch).orElseThrow().sentence()).contains("1 later events differ too");
    }

    @Test
    void catches_a_truncated_file() throws IOException {
        byte[] file = new TestLog(key).appendNumbered(0, 50).history();
        VerificationReport report = verify(Arrays.copyOf(file, file.length / 2));
        assertThat(report.findings()).extracting(Finding::kind).containsExactly(FindingKind.Truncated);
        assertThat(report.findings().get(0).index()).isBetween(10L, 40L);
    }

    @Test
    void catches_a_log_cut_back_and_re_signed_as_older_than_remembered() throws IOException {
        TestLog log = new TestLog(key).appendNumbered(0, 40);
        assertThat(verify(log.history()).ok()).isTrue();
        TestLog shorter = new TestLog(key).appendNumbered(0, 30);
        assertThat(verify(shorter.history()).findings()).extracting(Finding::kind).containsExactly(FindingKind.OlderThanRemembered);
    }

    @Test
    void detects_a_fork_two_checkpoints_of_the_same_size_with_different_roots() throws IOException {
        assertThat(verify(new TestLog(key).appendNumbered(0, 20).history()).ok()).isTrue();
        TestLog other = new TestLog(key).appendNumbered(0, 19).append("{\"seq\":19,\"type\":\"Forged\"}");
        VerificationReport report = verify(other.history());
        assertThat(report.findings()).extracting(Finding::kind).containsExactly(FindingKind.ForkDetected);
        assertThat(report.findings().get(0).sentence()).contains("two different trees of size 20");
        assertThat(new CheckpointMemory(memory()).read("fed.example/record").orElseThrow().checkpoint().size()).isEqualTo(20);
    }

    @Test
    void calls_a_same_size_history_under_a_foreign_signature_a_forgery_not_a_fork() throws IOException {
        assertThat(verify(new TestLog(key).appendNumbered(0, 20).history()).ok()).isTrue();
        TestLog other = new TestLog(key).appendNumbered(0, 19).append("{\"forged\":true}");
        SignedCheckpoint foreign = SignedCheckpoint.sign(new Checkpoint("fed.example/record", 20, other.tree.root()), TestLog.newKey());
        assertThat(verify(other.history(Optional.of(foreign))).findings()).extracting(Finding::kind)
                .containsExactly(FindingKind.UnknownKey);
    }

    @Test
    void detects_a_longer_history_that_rewrote_remembered_events() throws IOException {
        assertThat(verify(new TestLog(key).appendNumbered(0, 20).history()).ok()).isTrue();
        TestLog rewritten = new TestLog(key).appendNumbered(0, 5).append("{\"rewritten\":true}").appendNumbered(6, 30);
        assertThat(verify(rewritten.history()).findings()).extracting(Finding::kind)
                .containsExactly(FindingKind.InconsistentWithRemembered);
    }

    @Test
    void refuses_a_history_signed_with_a_foreign_key() throws IOException {
        assertThat(verify(new TestLog(key).appendNumbered(0, 10).history()).ok()).isTrue();
        NoteSigner foreign = TestLog.newKey();
        byte[] forged = new TestLog(foreign).appendNumbered(0, 9).append("{\"forged\":true}").appendNumbered(10, 12).history();
        VerificationReport remembered = verify(forged);
        assertThat(remembered.findings()).extracting(Finding::kind).contains(FindingKind.UnknownKey);

        VerificationReport trusted = new HistoryVerifier(dir.resolve("fresh"), Optional.of(key.verifier()), ProgressListener.NONE)
                .verify(store(forged));
        assertThat(trusted.findings()).extracting(Finding::kind).contains(FindingKind.UnknownKey);
        assertThat(trusted.first(FindingKind.UnknownKey).orElseThrow().sentence()).contains("you trust");
    }

    @Test
    void refuses_a_foreign_signature_under_the_log_s_own_key_line() throws IOException {
        TestLog log = new TestLog(key).appendNumbered(0, 10);
        NoteSigner foreign = TestLog.newKey();
        SignedCheckpoint foreignSigned = SignedCheckpoint.sign(new Checkpoint("fed.example/record", 10, log.tree.root()), foreign);
        VerificationReport report = verify(log.history(Optional.of(foreignSigned)));
        assertThat(report.findings()).extracting(Finding::kind).containsExactly(FindingKind.UnknownKey);
        assertThat(report.findings().get(0).sentence()).contains("no signature by the key");
    }

    @Test
    void names_a_signature_that_does_not_verify() throws IOException {
        HistoryBytes h = exported(10);
        int sig = h.note.indexOf("\u2014 ");
        int at = h.note.indexOf(' ', sig + 2) + 10;
        char c = h.note.charAt(at);
        h.note = h.note.substring(0, at) + (c == 'A' ? 'B' : 'A') + h.note.substring(at + 1);
        assertThat(verify(h.toBytes()).findings()).extracting(Finding::kind).containsExactly(FindingKind.BadSignature);
    }

    @Test
    void reports_progress_on_long_runs() throws IOException {
        List<long[]> calls = new ArrayList<>();
        byte[] file = new TestLog(key).appendNumbered(0, 140_000).history();
        VerificationReport report = new HistoryVerifier(memory(), Optional.empty(), (done, total) -> calls.add(new long[] {done, total}))
                .verify(store(file));
        assertThat(report.ok()).isTrue();
        assertThat(calls).extracting(c -> c[0]).containsExactly(65_536L, 131_072L, 140_000L);
        assertThat(calls).allSatisfy(c -> assertThat(c[1]).isEqualTo(140_000L));
    }

    @Test
    void run_prints_a_report_and_returns_zero_only_when_everything_holds() throws IOException {
        Path good = store(new TestLog(key).appendNumbered(0, 5).history());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int ok = HistoryVerifier.run(good, memory(), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(ok).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("OK: all 5 events").contains("remembered in");

        HistoryBytes h = exported(5);
        h.records.get(2)[40] ^= 1;
        out.reset();
        int bad = HistoryVerifier.run(store(h.toBytes()), memory(), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(bad).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("FAILED: 1 finding").contains("LeafMismatch at event 2");

        int missing = HistoryVerifier.run(dir.resolve("nope"), memory(), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(missing).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Unreadable");
    }

    @Test
    void memory_file_names_keep_origins_apart() {
        assertThat(CheckpointMemory.fileName("fed.example/record")).isEqualTo("fed.example_2frecord");
        assertThat(CheckpointMemory.fileName("a_b")).isNotEqualTo(CheckpointMemory.fileName("a/b"));
    }
}
