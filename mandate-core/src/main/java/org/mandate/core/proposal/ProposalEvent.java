package org.mandate.core.proposal;

import java.time.Instant;
import java.util.List;
import org.mandate.core.BodyId;
import org.mandate.core.Event;
import org.mandate.core.MemberId;
import org.mandate.core.ProposalId;
import org.mandate.core.charter.DecisionRule;
import org.mandate.core.vote.Ballot;
import org.mandate.core.vote.Result;

/** Events about proposals, deliberation and votes. */
public sealed interface ProposalEvent extends Event {

    ProposalId proposal();

    record ProposalSubmitted(Instant at, ProposalId proposal, BodyId body, MemberId proposer, String title, String text,
            Motion motion, List<String> options, String competence) implements ProposalEvent {
        public ProposalSubmitted {
            options = List.copyOf(options);
        }
    }

    /**
     * Deliberation starts and the roll freezes at {@code at}. The rule is the charter's rule as of now;
     * the roll itself is rebuilt from the record's membership at this instant, so it is not repeated here.
     */
    record ProposalPublished(Instant at, ProposalId proposal, DecisionRule rule, Instant votingOpensAt, Instant closesAt)
            implements ProposalEvent {}

    record AmendmentProposed(Instant at, ProposalId proposal, String amendment, MemberId author, String text)
            implements ProposalEvent {}

    /** The proposer accepted an amendment: the text changes, and body votes given on the earlier text are void. */
    record AmendmentAccepted(Instant at, ProposalId proposal, String amendment, List<String> voidedBodyVotes)
            implements ProposalEvent {}

    record AmendmentSupported(Instant at, ProposalId proposal, String amendment, MemberId member, boolean support)
            implements ProposalEvent {}

    /** At the end of deliberation, an amendment put to the members was adopted or rejected. */
    record AmendmentSettled(Instant at, ProposalId proposal, String amendment, boolean adopted, long supporters,
            long opponents, List<String> voidedBodyVotes) implements ProposalEvent {}

    record CommentPosted(Instant at, ProposalId proposal, String comment, MemberId author, String text, String replyTo)
            implements ProposalEvent {}

    record ExpulsionReplied(Instant at, ProposalId proposal, MemberId member, String text) implements ProposalEvent {}

    record CandidateStood(Instant at, ProposalId proposal, MemberId member) implements ProposalEvent {}

    record ProposalWithdrawn(Instant at, ProposalId proposal) implements ProposalEvent {}

    record VotingOpened(Instant at, ProposalId proposal) implements ProposalEvent {}

    /** An open ballot, for everyone to see. */
    record VoteCast(Instant at, ProposalId proposal, MemberId voter, Ballot ballot) implements ProposalEvent {}

    /**
     * A secret ballot: the record shows that {@code voter} took part. The ballot itself travels sealed
     * beside the record and is never part of the public log; it is published, sorted, at the close.
     */
    record SealedVoteCast(Instant at, ProposalId proposal, MemberId voter, Sealed sealed) implements ProposalEvent {}

    /** A member body's vote on a council's question, as that body decided in {@code decision}. */
    record BodyVoteCast(Instant at, ProposalId proposal, BodyId body, Ballot ballot, ProposalId decision)
            implements ProposalEvent {}

    record ObjectionWithdrawn(Instant at, ProposalId proposal, MemberId member) implements ProposalEvent {}

    /** At the close of a secret ballot, every ballot published at once, sorted, linked to no one. */
    record BallotsUnsealed(Instant at, ProposalId proposal, List<Ballot> ballots) implements ProposalEvent {
        public BallotsUnsealed {
            ballots = List.copyOf(ballots);
        }
    }

    record ProposalClosed(Instant at, ProposalId proposal, Result result) implements ProposalEvent {}

    /** An adopted motion whose effect could no longer apply at the close (for example, the member already left). */
    record EffectLapsed(Instant at, ProposalId proposal, String reason) implements ProposalEvent {}

    /** Member bodies annulled a council decision: {@code proposal} is the annulled one. */
    record DecisionAnnulled(Instant at, ProposalId proposal, ProposalId annulment) implements ProposalEvent {}

    /** A sealed ballot: present while the vote is open, absent from the public record's bytes. */
    record Sealed(Ballot ballot) {}
}
