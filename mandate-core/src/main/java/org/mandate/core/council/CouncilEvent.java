package org.mandate.core.council;

import java.time.Instant;
import java.util.List;
import org.mandate.core.BodyId;
import org.mandate.core.Event;
import org.mandate.core.MemberId;
import org.mandate.core.ProposalId;
import org.mandate.core.vote.Ballot;

/** Events of council sessions. {@code council} is always the council concerned. */
public sealed interface CouncilEvent extends Event {

    BodyId council();

    /** A body's election filled its seats and named its alternates, in order, for a term. */
    /** {@code seats} is the body's apportioned seats at the close; seats beyond the delegates elected stay vacant. */
    record DelegatesElected(Instant at, BodyId council, BodyId body, int seats, List<MemberId> delegates, List<MemberId> alternates,
            Instant termEnds, ProposalId decision) implements CouncilEvent {
        public DelegatesElected {
            delegates = List.copyOf(delegates);
            alternates = List.copyOf(alternates);
        }
    }

    /** The term ran out: every seat of this delegation is vacant, whether or not a successor was elected. */
    record DelegationEnded(Instant at, BodyId council, BodyId body) implements CouncilEvent {}

    record SeatPassedToAlternate(Instant at, BodyId council, BodyId body, int seat, MemberId from, MemberId to) implements CouncilEvent {}

    /** A by-election filled a vacant seat for the rest of the term. */
    record SeatFilled(Instant at, BodyId council, BodyId body, int seat, MemberId member, ProposalId decision) implements CouncilEvent {}

    record SeatVacated(Instant at, BodyId council, BodyId body, int seat, MemberId from) implements CouncilEvent {}

    /** An alternate recalled from the list before stepping in. */
    record AlternateRemoved(Instant at, BodyId council, BodyId body, MemberId alternate) implements CouncilEvent {}

    /** A body's mandate to its delegates on {@code item}; with no item, a standing free hand. */
    record MandateGiven(Instant at, BodyId council, ProposalId item, BodyId body, Instruction instruction,
            boolean survivesAmendment, ProposalId decision) implements CouncilEvent {}

    /** The item's text changed: mandates given on the earlier text are void and the item goes back to these bodies. */
    record MandatesVoided(Instant at, BodyId council, ProposalId item, List<BodyId> bodies) implements CouncilEvent {
        public MandatesVoided {
            bodies = List.copyOf(bodies);
        }
    }

    /** The item is referred back to these bodies: they gave no mandate and no free hand covers it. */
    record ItemReferred(Instant at, BodyId council, ProposalId item, List<BodyId> bodies) implements CouncilEvent {
        public ItemReferred {
            bodies = List.copyOf(bodies);
        }
    }

    /** A delegate's vote in a seat. {@code ballot} is absent for a split instruction. */
    record SeatVoteCast(Instant at, BodyId council, ProposalId item, BodyId body, int seat, MemberId delegate, Ballot ballot)
            implements CouncilEvent {}

    /** The vote just cast contradicts the body's mandate; the body's charter records it rather than refusing it. */
    record MandateBreached(Instant at, BodyId council, ProposalId item, BodyId body, MemberId delegate, Instruction instruction,
            Ballot ballot) implements CouncilEvent {}

    /** A recalled delegate's votes on items still open no longer count. */
    record SeatVotesWithdrawn(Instant at, BodyId council, BodyId body, MemberId delegate, List<ProposalId> items)
            implements CouncilEvent {
        public SeatVotesWithdrawn {
            items = List.copyOf(items);
        }
    }

    record CongressConvened(Instant at, BodyId council, String congress, Instant until) implements CouncilEvent {}

    record CongressClosed(Instant at, BodyId council, String congress) implements CouncilEvent {}
}
