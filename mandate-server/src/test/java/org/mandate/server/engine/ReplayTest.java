package org.mandate.server.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.codec.Codec;
import org.mandate.core.Event;
import org.mandate.core.MandateException;
import org.mandate.core.MemberId;
import org.mandate.core.member.MemberEvent.MemberRegistered;
import org.mandate.record.merkle.MerkleTree;
import org.mandate.store.Batch;
import org.mandate.store.Store;

/** Reading the log back decodes on every core but folds in log order, and a bad event stops the start with its own error. */
class ReplayTest {
    private static final int EVENTS = 10_007; // several decoding chunks and a short last one

    @TempDir
    Path dir;

    private final Codec codec = new Codec();

    @Test
    void events_decoded_in_parallel_are_folded_in_log_order_and_hashed_as_stored() {
        try (Store store = Store.sqlite(dir)) {
            List<byte[]> stored = fill(store, -1);
            MerkleTree tree = new MerkleTree();
            List<Event> folded = new ArrayList<>();
            Replay.run(store, tree, codec::readEvent, folded::add);

            assertThat(folded).hasSize(EVENTS);
            for (int i = 0; i < EVENTS; i++) {
                assertThat(((MemberRegistered) folded.get(i)).member()).isEqualTo(new MemberId("m" + i));
            }
            MerkleTree expected = new MerkleTree();
            expected.append(stored);
            assertThat(tree.size()).isEqualTo(EVENTS);
            assertThat(tree.root(EVENTS)).isEqualTo(expected.root(EVENTS));
        }
    }

    @Test
    void an_event_that_cannot_be_decoded_stops_the_replay_with_the_decoders_error() {
        try (Store store = Store.sqlite(dir)) {
            fill(store, 5_000);
            List<Event> folded = new ArrayList<>();
            assertThatThrownBy(() -> Replay.run(store, new MerkleTree(), codec::readEvent, folded::add))
                    .isInstanceOf(MandateException.class);
            assertThat(folded).hasSizeLessThanOrEqualTo(5_000);
        }
    }

    /** Stores {@value #EVENTS} registrations, the one at {@code broken} (if any) replaced by bytes that are not an event. */
    private List<byte[]> fill(Store store, int broken) {
        List<byte[]> all = new ArrayList<>();
        Instant at = Instant.parse("2026-01-05T09:00:00Z");
        for (int i = 0; i < EVENTS; i++) {
            all.add(i == broken
                    ? "{\"type\":\"no-such-event\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)
                    : codec.recordBytes(new MemberRegistered(at.plusSeconds(i), new MemberId("m" + i))));
        }
        for (int first = 0; first < EVENTS; first += 3_000) {
            store.append(new Batch(first, all.subList(first, Math.min(EVENTS, first + 3_000)), List.of(), List.of(), null));
        }
        return all;
    }
}
