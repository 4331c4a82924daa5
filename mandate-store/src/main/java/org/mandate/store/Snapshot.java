package org.mandate.store;

import java.util.Objects;

/**
 * A saved state, so a restart need not replay the whole log. The store does not trust it: the server
 * checks {@code rootHash} against the record's Merkle root at {@code seq} before using {@code data}, and
 * replays from the start when they differ.
 *
 * @param seq      the number of events the state reflects (events 0 .. seq-1 applied)
 * @param rootHash the record's root hash over those events
 * @param data     the state's bytes, opaque to the store; must hold no sealed ballot (they live beside the log)
 */
public record Snapshot(long seq, byte[] rootHash, byte[] data) {
    public Snapshot {
        if (seq < 0) {
            throw new IllegalArgumentException("seq must not be negative: " + seq);
        }
        Objects.requireNonNull(rootHash, "rootHash");
        Objects.requireNonNull(data, "data");
    }
}
