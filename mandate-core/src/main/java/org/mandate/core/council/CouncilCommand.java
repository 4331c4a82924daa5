package org.mandate.core.council;

import org.mandate.core.BodyId;
import org.mandate.core.Command;
import org.mandate.core.ProposalId;
import org.mandate.core.vote.Ballot;

/** Commands delegates issue in council sessions. */
public sealed interface CouncilCommand extends Command {

    /**
     * A delegate votes on an item in a seat of {@code body}. Leave the ballot out to cast the body's
     * split instruction.
     */
    record CastSeatVote(ProposalId item, BodyId body, Ballot ballot) implements CouncilCommand {}
}
