package org.mandate.record.checkpoint;

/** How a signed note stands with one key. */
public enum SignatureStatus {
    /** A signature by the key is present and verifies. */
    VALID,
    /** A signature claims to be by the key and does not verify: the note is forged or damaged. */
    INVALID,
    /** No signature names the key: the note was signed by someone else, or not at all. */
    ABSENT
}
