package org.mandate.core.count;

/** How a yes/no kind of decision ended. */
public enum Verdict {
    ADOPTED,
    REJECTED,
    /** Too few took part; the proposal was neither adopted nor rejected. */
    QUORUM_NOT_MET
}
