package org.mandate.core.charter;

/** The kinds of decision a charter sets a rule for. Each motion belongs to exactly one kind. */
public enum DecisionKind {
    /** A resolution: adopt or reject a text. */
    ORDINARY,
    /** A choice between several options. */
    CHOICE,
    /** Electing people to one or more seats. */
    ELECTION,
    /** Admitting a member (to an assembly) or a member body (to a council). */
    ADMISSION,
    /** Expelling a member from an assembly. */
    EXPULSION,
    /** Changing the body's own charter. */
    CHARTER_AMENDMENT,
    /** Founding or joining a council. */
    AFFILIATION,
    /** Leaving a council. */
    SECESSION,
    /** A council ending a member body's affiliation: decided by the other member bodies alone. */
    END_AFFILIATION,
    /** Granting or revoking a council's competence: ratified by the member bodies. */
    COMPETENCE,
    /** Member bodies annulling a council decision (federal veto from below). */
    ANNULMENT,
    /** Recalling a delegate or an office-holder, once a petition reached the charter's threshold. */
    RECALL,
    /** A question put to every member of every assembly beneath a council, each voting once. */
    REFERENDUM
}
