package org.mandate.record.excerpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.record.RecordException;
import org.mandate.record.checkpoint.NoteSigner;
import org.mandate.record.checkpoint.SignedCheckpoint;
import org.mandate.record.testing.Seeded;
import org.mandate.record.testing.TestLog;

/** An excerpt verifies offline, and any change to an event line, the key or the checkpoint is caught at its line. */
class ExcerptTest {
    @TempDir
    Path memory;

    private final NoteSigner key = TestLog.newKey();

    private static byte[] excerpt(TestLog log, SignedCheckpoint cp, List<Long> indexes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcerptWriter w = new ExcerptWriter(out, log.signer.verifier(), cp, "body b3", indexes.size());
        for (long i : indexes) {
            w.write(i, log.events.get((int) i), log.tree.inclusionProof(i, cp.size()));
        }
        w.finish();
        return out.toByteArray();
    }

    private ExcerptReport verify(byte[] file, Optional<NoteSigner> trusted) throws IOException {
        return new ExcerptVerifier(memory, trusted.map(NoteSigner::verifier)).verify(new ByteArrayInputStream(file));
    }

    private static List<Long> everySeventh(long size) {
        List<Long> out = new ArrayList<>();
        for (long i = 3; i < size; i += 7) {
            out.add(i);
        }
        return out;
    }

    /** The line number of the first line containing {@code text}. */
    private static int lineOf(byte[] file, String text) {
        String[] lines = new String(file, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line holds " + text);
    }

    @Test
    void an_untouched_excerpt_verifies_with_the_logs_key() throws IOException {
        TestLog log = new TestLog(key).appendNumbered(0, 300);
        byte[] file = excerpt(log, log.checkpoint(), everySeventh(300));

        ExcerptReport report = verify(file, Optional.of(key));

        assertThat(report.problems()).isEmpty();
        assertThat(report.events()).isEqualTo(43);
        assertThat(report.about()).isEqualTo("body b3");
        assertThat(new String(file, StandardCharsets.UTF_8)).startsWith("mandate-excerpt v1\nabout body b3\nkey fed.example/record+")
                .endsWith("\nend\n").contains("\nevents 43\n3 ");
    }

    @Test
    void a_changed_byte_in_an_event_is_named_by_its_line() throws IOException {
        TestLog log = new TestLog(key).appendNumbered(0, 300);
        byte[] file = excerpt(log, log.checkpoint(), everySeventh(300));
        int at = new String(file, StandardCharsets.ISO_8859_1).indexOf("\"seq\":45,");
        file[at + 7] = (byte) '6';

        ExcerptReport report = verify(file, Optional.of(key));

        assertThat(report.ok()).isFalse();
        assertThat(report.problems()).hasSize(1);
        assertThat(report.problems().get(0).line()).isEqualTo(lineOf(file, "\"seq\":46,"));
        assertThat(report.problems().get(0).sentence()).startsWith("event 45 is not proven in the signed tree of 300 events");
    }

    @Test
    void another_logs_key_or_a_forged_signature_is_caught_at_the_key_and_checkpoint_lines() throws IOException {
        TestLog log = new TestLog(key).appendNumbered(0, 20);
        byte[] file = excerpt(log, log.checkpoint(), List.of(0L, 19L));

        ExcerptReport foreign = verify(file, Optional.of(TestLog.newKey()));
        assertThat(foreign.problems()).extracting(ExcerptReport.Problem::line).containsExactly(3L, 4L);

        String text = new String(file, StandardCharsets.UTF_8);
        String forged = text.replace("\n20\n", "\n21\n");
        ExcerptReport bad = verify(forged.getBytes(StandardCharsets.UTF_8), Optional.of(key));
        assertThat(bad.problems()).isNotEmpty();
        assertThat(bad.problems().get(0).sentence()).contains("signature").contains("does not verify");
    }

    @Test
    void a_tree_of_one_event_has_an_empty_proof() throws IOException {
        TestLog log = new TestLog(key).append("{\"only\":true}");
        byte[] file = excerpt(log, log.checkpoint(), List.of(0L));
        assertThat(new String(file, StandardCharsets.UTF_8)).contains("\n0 - {\"only\":true}\n");
        assertThat(verify(file, Optional.of(key)).ok()).isTrue();
    }

    @Test
    void a_cut_file_and_lines_after_the_end_are_refused() throws IOException {
        TestLog log = new TestLog(key).appendNumbered(0, 50);
        byte[] file = excerpt(log, log.checkpoint(), everySeventh(50));
        byte[] cut = java.util.Arrays.copyOf(file, file.length - 4);
        assertThat(verify(cut, Optional.of(key)).problems().get(0).sentence()).contains("ends after 7 of the 7 events");
        byte[] longer = (new String(file, StandardCharsets.UTF_8) + "3 - {}\n").getBytes(StandardCharsets.UTF_8);
        assertThat(verify(longer, Optional.of(key)).problems().get(0).sentence()).contains("after the end line");
    }

    @Test
    void the_writer_refuses_an_event_its_proof_does_not_place_in_the_signed_tree() {
        TestLog log = new TestLog(key).appendNumbered(0, 10);
        SignedCheckpoint cp = log.checkpoint();
        ExcerptWriter w = new ExcerptWriter(new ByteArrayOutputStream(), key.verifier(), cp, "body b3", 1);
        assertThatThrownBy(() -> w.write(4, log.events.get(5), log.tree.inclusionProof(4, cp.size())))
                .isInstanceOf(RecordException.class).hasMessageContaining("not proven");
    }

    @Test
    void every_single_byte_changed_in_the_event_lines_is_caught() {
        Seeded.check("byte flips in excerpt event lines", random -> {
            for (int round = 0; round < 30; round++) {
                int size = 1 + random.nextInt(600);
                TestLog log = new TestLog(key).appendNumbered(0, size);
                List<Long> chosen = new ArrayList<>();
                for (long i = 0; i < size; i++) {
                    if (random.nextInt(5) == 0) {
                        chosen.add(i);
                    }
                }
                byte[] file = excerpt(log, log.checkpoint(), chosen);
                String text = new String(file, StandardCharsets.ISO_8859_1);
                int first = text.indexOf("\nevents ") + 1;
                int at = first + random.nextInt(file.length - first);
                byte[] changed = file.clone();
                changed[at] = (byte) (changed[at] ^ (1 + random.nextInt(255)));
                try {
                    assertThat(verify(file, Optional.of(key)).ok()).isTrue();
                    assertThat(verify(changed, Optional.of(key)).ok()).as("byte " + at + " of " + file.length + " changed").isFalse();
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }
        });
    }
}
