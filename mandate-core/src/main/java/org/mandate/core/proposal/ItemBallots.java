package org.mandate.core.proposal;

import java.util.List;
import org.mandate.core.ProposalId;
import org.mandate.core.count.Verdict;
import org.mandate.core.vote.Ballot;
import org.mandate.core.vote.Result;

/**
 * The ballot a body's own vote on a council item becomes, as its mandate: yes or no for a majority,
 * consent or a reasoned objection, agreement or a block, the approved options, or the body's full
 * ranking.
 */
final class ItemBallots {
    private ItemBallots() {}

    static Ballot of(Proposal item, Result result, ProposalId decision) {
        boolean adopted = result.verdict() == Verdict.ADOPTED;
        String reason = "the body decided so in " + decision;
        return switch (item.rule().method()) {
            case MAJORITY -> new Ballot.YesNo(adopted ? Ballot.Choice.YES : Ballot.Choice.NO);
            case CONSENT -> new Ballot.Consent(!adopted, adopted ? null : reason);
            case CONSENSUS -> new Ballot.Consensus(adopted ? Ballot.Stance.AGREE : Ballot.Stance.BLOCK, adopted ? null : reason);
            case APPROVAL -> new Ballot.Approval(result.winners());
            case SCHULZE, STV -> new Ballot.Ranking(result.winners().stream().map(List::of).toList());
            case SCORE -> throw new IllegalStateException("a score vote is mandated by split, checked at submission");
        };
    }
}
