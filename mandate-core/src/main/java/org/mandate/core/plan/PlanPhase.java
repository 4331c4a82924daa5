package org.mandate.core.plan;

/** Where a plan period stands. */
public enum PlanPhase {
    /** Bodies state their techniques and requests until the first balancing falls due. */
    GATHERING,
    /** A human round is open: bodies decide their own proposals at the last round's prices. */
    HUMAN_ROUND,
    /** The last stretch of rounds ran out before the plan settled: the council may call a human round. */
    UNSETTLED,
    /** Balanced within the tolerance: each body ratifies its proposal, then the council adopts the plan. */
    BALANCED,
    /** The statements cannot be balanced; the blocking goods are named. A new period must be opened. */
    BLOCKED,
    /** The council adopted the plan: the bodies' ratified proposals are the plan. */
    ADOPTED,
    /** The decision that opened the period was annulled by the member bodies. */
    ANNULLED
}
