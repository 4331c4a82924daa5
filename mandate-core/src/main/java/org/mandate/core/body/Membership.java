package org.mandate.core.body;

import java.time.Instant;

/**
 * One stretch of membership: from the event that admitted the member to the event that ended it
 * ({@code until} is {@link Long#MAX_VALUE} while it lasts). Events are numbered in the order the
 * record keeps them, so "a member at the freeze" has one exact answer even when several events share
 * a timestamp.
 */
public record Membership(Instant since, long from, long until) {
    public static final long CURRENT = Long.MAX_VALUE;

    /** Whether this stretch covers the moment just before event {@code seq}. */
    public boolean covers(long seq) {
        return from < seq && seq <= until;
    }
}
