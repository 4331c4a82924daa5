package org.mandate.record.merkle;

import org.mandate.record.RecordException;

/**
 * An event longer than the record can carry. Entry bundles prefix each entry with a big-endian
 * uint16 length, so 65,535 bytes is a hard ceiling of the format, not a tunable.
 */
public final class EntryTooLargeException extends RecordException {

    private final int batchPosition;
    private final int length;

    public EntryTooLargeException(int batchPosition, int length) {
        super("event " + batchPosition + " of the batch is " + length + " bytes; the record holds events of at most "
                + MerkleTree.MAX_ENTRY_BYTES + " bytes (the tiles format's uint16 entry length), so the batch was not appended");
        this.batchPosition = batchPosition;
        this.length = length;
    }

    /** Position of the offending event within the batch given to append, from 0. */
    public int batchPosition() {
        return batchPosition;
    }

    public int length() {
        return length;
    }
}
