package org.mandate.core;

import java.time.Instant;
import java.util.Objects;

/**
 * Who asks, and when. Supplied by the shell with every command: the core never reads a clock, so the
 * same commands with the same contexts always give the same events.
 */
public record Context(MemberId actor, Instant now) {
    public Context {
        Objects.requireNonNull(now, "now");
    }

    /**
     * For commands no member issues: the shell's clock tick, and the clearings the server applies when
     * they fall due. The record shows such events with no member as their author.
     */
    public static Context system(Instant now) {
        return new Context(null, now);
    }

    /** Why this context cannot issue a member's command in {@code state}: no member acts, or one not registered; null when it can. */
    public org.mandate.core.rule.Rejection notAMemberActing(Federation state) {
        return actor == null ? new org.mandate.core.rule.Rejection.NoActingMember()
                : state.member(actor) == null ? new org.mandate.core.rule.Rejection.NotRegistered(actor) : null;
    }
}
