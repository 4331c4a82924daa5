package org.mandate.economy.credit;

import java.util.Objects;
import org.mandate.core.BodyId;

/**
 * A body's mutual-credit account: its {@code balance} and the {@code limit} the council set, how far
 * below zero it may go. A balance already below the limit is a bug in the caller and throws
 * {@link IllegalArgumentException}, as does a negative limit.
 */
public record CreditLine(BodyId body, long balance, long limit) {
    public CreditLine {
        Objects.requireNonNull(body, "body");
        if (limit < 0) {
            throw new IllegalArgumentException("the credit limit of " + body + " is negative");
        }
        if (balance < -limit) {
            throw new IllegalArgumentException("the balance of " + body + " is already below its credit limit");
        }
    }

    /** How much the body can still pay: down to minus its limit. */
    public long headroom() {
        return balance + limit;
    }
}
