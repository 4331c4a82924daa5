package org.mandate.core.body;

import java.time.Instant;
import java.util.List;
import org.mandate.core.BodyId;
import org.mandate.core.Event;
import org.mandate.core.MemberId;
import org.mandate.core.ProposalId;
import org.mandate.core.charter.Charter;

/** Events about bodies, their membership and the federation graph. {@code decision} names the proposal that decided it. */
public sealed interface BodyEvent extends Event {

    BodyId body();

    record AssemblyFounded(Instant at, BodyId body, String name, Charter charter, MemberId founder, List<MemberId> cofounders)
            implements BodyEvent {
        public AssemblyFounded {
            cofounders = List.copyOf(cofounders);
        }
    }

    record FounderJoined(Instant at, BodyId body, MemberId member) implements BodyEvent {}

    record AdmissionApplied(Instant at, BodyId body, MemberId applicant) implements BodyEvent {}

    /** A sponsor backs the applicant; when the sponsors are complete, objections are open until {@code objectionsUntil}. */
    record ApplicantSponsored(Instant at, BodyId body, MemberId applicant, MemberId sponsor, Instant objectionsUntil)
            implements BodyEvent {}

    /** An objection sends the application to the vote {@code vote}. */
    record ApplicantObjected(Instant at, BodyId body, MemberId applicant, MemberId objector, String reason, ProposalId vote)
            implements BodyEvent {}

    record MemberAdmitted(Instant at, BodyId body, MemberId member, ProposalId decision) implements BodyEvent {}

    record ApplicationRefused(Instant at, BodyId body, MemberId applicant, ProposalId decision) implements BodyEvent {}

    record MemberLeft(Instant at, BodyId body, MemberId member) implements BodyEvent {}

    record MemberExpelled(Instant at, BodyId body, MemberId member, ProposalId decision) implements BodyEvent {}

    record CharterAmended(Instant at, BodyId body, Charter charter, ProposalId decision) implements BodyEvent {}

    /** {@code body} is the new council; {@code founder} the body whose decision founded it and is its first member. */
    record CouncilFounded(Instant at, BodyId body, String name, String axis, Charter charter, BodyId founder,
            List<BodyId> cofounders, ProposalId decision) implements BodyEvent {
        public CouncilFounded {
            cofounders = List.copyOf(cofounders);
        }
    }

    /** {@code body} is the council, {@code member} the body joining or leaving it. */
    record FounderBodyJoined(Instant at, BodyId body, BodyId member, ProposalId decision) implements BodyEvent {}

    record CouncilApplicationFiled(Instant at, BodyId body, BodyId applicant, ProposalId decision, ProposalId admissionVote)
            implements BodyEvent {}

    record BodyAdmitted(Instant at, BodyId body, BodyId member, ProposalId decision) implements BodyEvent {}

    record BodySeceded(Instant at, BodyId body, BodyId member, ProposalId decision) implements BodyEvent {}

    record AffiliationEnded(Instant at, BodyId body, BodyId member, ProposalId decision) implements BodyEvent {}

    record CompetenceGranted(Instant at, BodyId body, String competence, String description, ProposalId decision)
            implements BodyEvent {}

    record CompetenceRevoked(Instant at, BodyId body, String competence, ProposalId decision) implements BodyEvent {}
}
