package org.mandate.core.proposal;

import java.time.Duration;
import java.util.List;
import org.mandate.core.BodyId;
import org.mandate.core.Command;
import org.mandate.core.ProposalId;
import org.mandate.core.vote.Ballot;

/** Commands about proposals, deliberation and votes. The acting member comes from the context. */
public sealed interface ProposalCommand extends Command {

    ProposalId proposal();

    /**
     * Put a draft motion to a body. {@code options} are the choices for methods that choose (the
     * candidates' member ids for an election); {@code competence} is required for a council's
     * ordinary business and names the granted competence it relies on.
     */
    record SubmitProposal(ProposalId proposal, BodyId body, String title, String text, Motion motion,
            List<String> options, String competence) implements ProposalCommand {
        public SubmitProposal {
            options = options == null ? List.of() : List.copyOf(options);
        }
    }

    /**
     * Publish a draft: deliberation starts and the voter roll is frozen now. The windows default to the
     * charter's; a proposer may lengthen them but never shorten them.
     */
    record PublishProposal(ProposalId proposal, Duration deliberation, Duration voting) implements ProposalCommand {}

    record ProposeAmendment(ProposalId proposal, String amendment, String text) implements ProposalCommand {}

    record AcceptAmendment(ProposalId proposal, String amendment) implements ProposalCommand {}

    /** Support (true) or oppose (false) an amendment the proposer has not accepted. */
    record SupportAmendment(ProposalId proposal, String amendment, boolean support) implements ProposalCommand {}

    record PostComment(ProposalId proposal, String comment, String text, String replyTo) implements ProposalCommand {}

    /** The member whose expulsion is proposed puts their reply on the record before the vote. */
    record ReplyToExpulsion(ProposalId proposal, String text) implements ProposalCommand {}

    record WithdrawProposal(ProposalId proposal) implements ProposalCommand {}

    record CastVote(ProposalId proposal, Ballot ballot) implements ProposalCommand {}

    /** A member stands as a candidate in an election, during its deliberation. */
    record StandForElection(ProposalId proposal) implements ProposalCommand {}

    /** Under consent, an objector whose objection was answered withdraws it. */
    record WithdrawObjection(ProposalId proposal) implements ProposalCommand {}
}
