package org.mandate.store;

import java.util.Objects;

/**
 * A sealed ballot kept beside the public log until its proposal's vote closes. The log itself carries only
 * the record form of the {@code sealed-vote-cast} event (who took part, not how); this is the only place
 * where a voter is linked to a ballot, and the store deletes it in the batch that unseals the proposal.
 *
 * @param proposal   the proposal's id, as the core writes it
 * @param voter      the voter's id
 * @param ballotJson the ballot, opaque to the store
 */
public record Sealed(String proposal, String voter, String ballotJson) {
    public Sealed {
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(voter, "voter");
        Objects.requireNonNull(ballotJson, "ballotJson");
    }
}
