package org.mandate.core.charter;

/** How a decision is taken. Each method takes one shape of ballot (see {@code org.mandate.core.vote}). */
public enum Method {
    /** Yes / no / abstain against a threshold, with a quorum. */
    MAJORITY,
    /** Adopted unless a reasoned objection stands at the close. */
    CONSENT,
    /** Agree, stand aside or block; adopted while blocks stay under the charter's block threshold. */
    CONSENSUS,
    /** Each voter approves any set of options. */
    APPROVAL,
    /** Each voter scores every option from 0 to the charter's maximum. */
    SCORE,
    /** Ranked ballots counted by the Schulze method. */
    SCHULZE,
    /** Ranked ballots for several seats, counted by single transferable vote, Meek's method. */
    STV;

    /** Whether the method chooses between listed options rather than adopting or rejecting one text. */
    public boolean choosesOptions() {
        return this == APPROVAL || this == SCORE || this == SCHULZE || this == STV;
    }
}
