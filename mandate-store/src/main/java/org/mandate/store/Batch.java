package org.mandate.store;

import java.util.List;
import java.util.Objects;

/**
 * Everything one accepted group of commands changes in the store, written in one transaction (one fsync):
 * either all of it is durable or none of it is.
 *
 * @param firstSeq   the sequence number the first event gets; must equal the store's size, so a writer
 *                   that lost track of the log is refused instead of leaving a gap or overwriting
 * @param events     the events' canonical record bytes, stored exactly as given, at firstSeq, firstSeq+1, ...
 *                   (the arrays are not copied: the caller must not change them afterwards)
 * @param sealed     sealed ballots cast in this batch; a voter has at most one per proposal, a second is refused
 * @param unsealed   proposals whose vote closed in this batch: their sealed ballots are deleted (after the
 *                   ballots above are added, so a ballot cast and unsealed in the same batch is not kept)
 * @param checkpoint the latest signed checkpoint note, replacing the stored one; null keeps the stored one
 */
public record Batch(long firstSeq, List<byte[]> events, List<Sealed> sealed, List<String> unsealed, String checkpoint) {

    public Batch {
        if (firstSeq < 0) {
            throw new IllegalArgumentException("firstSeq must not be negative: " + firstSeq);
        }
        events = List.copyOf(Objects.requireNonNull(events, "events"));
        sealed = List.copyOf(Objects.requireNonNull(sealed, "sealed"));
        unsealed = List.copyOf(Objects.requireNonNull(unsealed, "unsealed"));
    }

    /** A batch of events alone: no ballots, no unsealing, checkpoint unchanged. */
    public static Batch of(long firstSeq, List<byte[]> events) {
        return new Batch(firstSeq, events, List.of(), List.of(), null);
    }

    /** The sequence number after this batch's last event: the store's size once it is appended. */
    public long nextSeq() {
        return firstSeq + events.size();
    }
}
