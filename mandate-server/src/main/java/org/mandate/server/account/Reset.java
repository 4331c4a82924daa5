package org.mandate.server.account;

import java.time.Instant;
import org.mandate.core.MemberId;

/**
 * The outcome of redeeming a reset code. The record already holds the code's issue ({@code reset-code-issued}:
 * who gave it, when), which the member is shown at their next login; the code itself is never recorded.
 */
public sealed interface Reset {

    record Done(MemberId member, MemberId issuedBy, Instant issuedAt, Instant redeemedAt) implements Reset {
    }

    record Refused(Refusal why) implements Reset {
    }
}
