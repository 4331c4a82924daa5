package org.mandate.core.petition;

import java.time.Instant;
import org.mandate.core.BodyId;
import org.mandate.core.Event;
import org.mandate.core.MemberId;
import org.mandate.core.ProposalId;

/** Events about petitions and recalls. */
public sealed interface PetitionEvent extends Event {

    /**
     * A petition opens. Its thresholds are fixed now, from the membership at this moment, as a vote's roll
     * is at publication: {@code membersNeeded} signatures of people, or {@code bodiesNeeded} of member
     * bodies (0 where that route does not apply).
     */
    record PetitionOpened(Instant at, String petition, PetitionKind kind, BodyId body, MemberId openedBy, String title, String text,
            MemberId target, BodyId council, String office, long membersNeeded, long bodiesNeeded) implements PetitionEvent {}

    record PetitionSigned(Instant at, String petition, MemberId member) implements PetitionEvent {}

    record BodySignedPetition(Instant at, String petition, BodyId body, ProposalId decision) implements PetitionEvent {}

    /** The threshold is reached: what the petition asked for follows in the next events. */
    record PetitionSucceeded(Instant at, String petition, long signatures, long needed) implements PetitionEvent {}

    /**
     * A delegate or office-holder recalled, with immediate effect: by the petition itself under instant
     * recall ({@code decision} absent), or by the recall vote {@code decision}.
     */
    record Recalled(Instant at, BodyId body, MemberId member, BodyId council, String office, String petition, ProposalId decision)
            implements PetitionEvent {}
}
