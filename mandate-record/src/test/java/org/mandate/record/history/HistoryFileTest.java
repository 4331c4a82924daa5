package org.mandate.record.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.mandate.record.RecordException;
import org.mandate.record.merkle.Hashes;
import org.mandate.record.testing.TestLog;

class HistoryFileTest {

    @Test
    void reads_back_every_event_with_its_leaf_hash_and_the_checkpoint() throws IOException {
        TestLog log = new TestLog(TestLog.newKey()).appendNumbered(0, 300);
        byte[] file = log.history();
        String head = new String(file, 0, 200, StandardCharsets.UTF_8);
        assertThat(head).startsWith("mandate-history v1\nkey fed.example/record+");
        try (HistoryReader reader = new HistoryReader(new ByteArrayInputStream(file))) {
            assertThat(reader.vkey()).isEqualTo(log.signer.verifier().vkey());
            assertThat(reader.checkpointNote()).startsWith("fed.example/record\n300\n");
            assertThat(reader.declaredEvents()).isEqualTo(300);
            int n = 0;
            while (reader.next()) {
                byte[] event = reader.eventBytes();
                assertThat(event).isEqualTo(log.events.get(n));
                assertThat(reader.leafHash()).isEqualTo(Hashes.leafHash(event));
                assertThat(reader.index()).isEqualTo(n);
                n++;
            }
            assertThat(n).isEqualTo(300);
        }
    }

    @Test
    void names_the_event_at_which_a_cut_file_ends() throws IOException {
        byte[] file = new TestLog(TestLog.newKey()).appendNumbered(0, 10).history();
        byte[] cut = Arrays.copyOf(file, file.length - 60);
        try (HistoryReader reader = new HistoryReader(new ByteArrayInputStream(cut))) {
            assertThatThrownBy(() -> {
                while (reader.next()) {
                    // read to the cut
                }
            }).isInstanceOfSatisfying(HistoryFormatException.class, e -> {
                assertThat(e.truncated()).isTrue();
                assertThat(e.eventIndex()).isEqualTo(9);
            });
        }
    }

    @Test
    void refuses_a_file_that_is_not_a_history() {
        assertThatThrownBy(() -> new HistoryReader(new ByteArrayInputStream("hello\n".getBytes())))
                .isInstanceOf(HistoryFormatException.class).hasMessageContaining("not a Mandate history file");
    }

    @Test
    void the_writer_refuses_fewer_events_than_the_checkpoint_covers() {
        TestLog log = new TestLog(TestLog.newKey()).appendNumbered(0, 3);
        HistoryWriter writer = new HistoryWriter(new ByteArrayOutputStream(), log.signer.verifier(), log.checkpoint());
        writer.write(log.events.get(0));
        assertThatThrownBy(writer::finish).isInstanceOf(RecordException.class).hasMessageContaining("covers 3 events but 1");
    }

    @Test
    void the_writer_refuses_events_that_do_not_form_the_signed_tree() {
        TestLog log = new TestLog(TestLog.newKey()).appendNumbered(0, 3);
        HistoryWriter writer = new HistoryWriter(new ByteArrayOutputStream(), log.signer.verifier(), log.checkpoint());
        writer.write(log.events.get(0));
        writer.write(log.events.get(2));
        writer.write(log.events.get(1));
        assertThatThrownBy(writer::finish).isInstanceOf(RecordException.class).hasMessageContaining("would not verify");
    }
}
