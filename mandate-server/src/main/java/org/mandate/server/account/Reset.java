package org.mandate.server.account;

import java.time.Instant;
import org.mandate.core.MemberId;

/**
 * The outcome of redeeming a reset code. On success the caller records the reset as an event in the
 * record (who issued the code, when), which the member is shown at their next login.
 */
public sealed interface Reset {

    record Done(MemberId member, MemberId issuedBy, Instant issuedAt, Instant redeemedAt) implements Reset {
    }

    record Refused(Refusal why) implements Reset {
    }
}
