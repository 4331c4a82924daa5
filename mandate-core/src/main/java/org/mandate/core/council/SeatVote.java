package org.mandate.core.council;

import org.mandate.core.BodyId;
import org.mandate.core.MemberId;
import org.mandate.core.vote.Ballot;

/**
 * A delegate's vote in one seat. {@code ballot} is null when the delegate cast the body's split
 * instruction; {@code breach} is set when the vote contradicted the mandate and the body's charter
 * records such votes instead of refusing them.
 */
public record SeatVote(BodyId body, int seat, MemberId delegate, Ballot ballot, Instruction breach) {
    public String key() {
        return body.value() + "#" + seat;
    }
}
