package org.mandate.record.verify;

/** What can be wrong with a history. Names are stable: scripts may match on them. */
public enum FindingKind {
    /** An event's bytes do not hash to the leaf hash the signed tree holds for its index. */
    LeafMismatch,
    /** The leaf hashes do not lead to the signed root: events were removed, inserted, reordered or replaced. */
    RootMismatch,
    /** Two validly signed checkpoints of the same size with different roots: the log showed two histories. */
    ForkDetected,
    /** The history does not extend the checkpoint this verifier remembered for the log. */
    InconsistentWithRemembered,
    /** The history is older than a checkpoint this verifier already saw, so it cannot show the later one stands. */
    OlderThanRemembered,
    /** A signature by the expected key is present and does not verify. */
    BadSignature,
    /** The checkpoint is not signed by the key the verifier expects (the trusted or the remembered one). */
    UnknownKey,
    /** The history holds fewer events than its checkpoint covers, or ends in the middle of one. */
    Truncated,
    /** The history holds more events than its checkpoint covers. */
    ExtraEvents,
    /** The file does not follow the history format. */
    Malformed,
    /** The file could not be read at all. */
    Unreadable
}
