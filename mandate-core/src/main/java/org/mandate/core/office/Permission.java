package org.mandate.core.office;

/**
 * What an office may be permitted to do. The list is closed on purpose: nothing here changes a
 * decision, a membership or a charter, so no office can.
 */
public enum Permission {
    /** Schedule a meeting of the body. */
    SCHEDULE_MEETING,
    /** Publish an announcement in the body's name. */
    PUBLISH_ANNOUNCEMENT,
    /** Give a member of the body who lost their password a one-time reset code (used by the server). */
    ISSUE_RESET_CODE,
    /**
     * Make payments from the body's mutual-credit account, and accept or dispute invoices sent to the
     * body: accepting an invoice commits the body's money as surely as paying it.
     */
    MAKE_PAYMENT,
    /** Record an invoice in the body's name against another body, which then accepts or disputes it. */
    RECORD_INVOICE,
    /** State the body's techniques or requests for a plan period: a statement binds nothing until the body ratifies its proposal. */
    PROPOSE_PLAN,
    /** Call a human round of a plan period the council opened (within the number its decision allows). */
    FACILITATE_PLAN
}
