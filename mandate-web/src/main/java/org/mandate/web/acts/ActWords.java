package org.mandate.web.acts;

import org.mandate.core.BodyId;
import org.mandate.core.Event;
import org.mandate.core.Federation;
import org.mandate.core.ProposalId;
import org.mandate.core.body.Body;
import org.mandate.core.body.BodyEvent;
import org.mandate.core.council.CouncilEvent;
import org.mandate.core.member.MemberEvent;
import org.mandate.core.office.OfficeEvent;
import org.mandate.core.petition.Petition;
import org.mandate.core.petition.PetitionEvent;
import org.mandate.core.proposal.Proposal;
import org.mandate.core.proposal.ProposalEvent;
import org.mandate.web.site.Ref;
import org.mandate.web.site.Text;
import org.mandate.web.site.Words;

/**
 * One of a member's acts in a sentence addressed to them, and a link to what it concerns. The events
 * are those the read side lists as the member's own (org.mandate.server.read.Acts); any other event
 * reads as itself, by its kind, so an act is never hidden for want of words.
 */
final class ActWords {
    private ActWords() {}

    /** What the act says, and where it leads (a proposal, a body or a petition; null for none). */
    record Said(String sentence, Ref about) {}

    static Said say(Federation state, Event event, Text t) {
        return switch (event) {
            case MemberEvent.MemberRegistered e -> new Said(t.plain("act.registered"), null);
            case BodyEvent.AssemblyFounded e -> body(state, t, "act.founded", e.body());
            case BodyEvent.FounderJoined e -> body(state, t, "act.founder-joined", e.body());
            case BodyEvent.AdmissionApplied e -> body(state, t, "act.applied", e.body());
            case BodyEvent.ApplicantSponsored e -> body(state, t, "act.sponsored", e.body(), e.applicant().value());
            case BodyEvent.ApplicantObjected e -> body(state, t, "act.objected", e.body(), e.applicant().value());
            case BodyEvent.MemberLeft e -> body(state, t, "act.left", e.body());
            case ProposalEvent.ProposalSubmitted e -> proposal(state, t, "act.submitted", e.proposal(), bodyName(state, e.body()));
            case ProposalEvent.ProposalPublished e -> proposal(state, t, "act.published", e.proposal());
            case ProposalEvent.AmendmentAccepted e -> proposal(state, t, "act.amendment-accepted", e.proposal(), e.amendment());
            case ProposalEvent.ProposalWithdrawn e -> proposal(state, t, "act.withdrawn", e.proposal());
            case ProposalEvent.AmendmentProposed e -> proposal(state, t, "act.amendment-proposed", e.proposal(), e.amendment());
            case ProposalEvent.AmendmentSupported e ->
                    proposal(state, t, e.support() ? "act.amendment-supported" : "act.amendment-opposed", e.proposal(), e.amendment());
            case ProposalEvent.CommentPosted e -> proposal(state, t, "act.commented", e.proposal());
            case ProposalEvent.ExpulsionReplied e -> proposal(state, t, "act.replied", e.proposal());
            case ProposalEvent.CandidateStood e -> proposal(state, t, "act.stood", e.proposal());
            case ProposalEvent.VoteCast e -> proposal(state, t, "act.voted", e.proposal(), e.ballot().words());
            case ProposalEvent.SealedVoteCast e -> proposal(state, t, "act.voted-secretly", e.proposal());
            case ProposalEvent.ObjectionWithdrawn e -> proposal(state, t, "act.objection-withdrawn", e.proposal());
            case CouncilEvent.SeatVoteCast e -> proposal(state, t, "act.seat-vote", e.item(), bodyName(state, e.body()),
                    e.ballot() == null ? t.plain("ballot.split") : e.ballot().words());
            case CouncilEvent.MandateBreached e -> proposal(state, t, "act.breach", e.item(), bodyName(state, e.body()), e.instruction().describe());
            case OfficeEvent.AnnouncementPublished e -> body(state, t, "act.announced", e.body(), e.office());
            case OfficeEvent.MeetingScheduled e -> body(state, t, "act.meeting", e.body(), e.office(), Words.when(e.when()));
            case OfficeEvent.ResetCodeIssued e -> body(state, t, "act.reset-code", e.body(), e.office(), e.member().value());
            case PetitionEvent.PetitionOpened e -> petition(state, t, "act.petition-opened", e.petition());
            case PetitionEvent.PetitionSigned e -> petition(state, t, "act.petition-signed", e.petition());
            default -> new Said(t.plain("act.other", event.getClass().getSimpleName()), null);
        };
    }

    /** A sentence about a body: its name is argument {0}, then {@code more}. */
    private static Said body(Federation state, Text t, String key, BodyId id, Object... more) {
        Body b = state.body(id);
        return new Said(t.plain(key, prepend(bodyName(state, id), more)), b == null ? null : Ref.body(b, ""));
    }

    /** A sentence about a proposal: its title is argument {0}, then {@code more}. */
    private static Said proposal(Federation state, Text t, String key, ProposalId id, Object... more) {
        Proposal p = state.proposal(id);
        String title = p == null ? id.value() : p.title();
        return new Said(t.plain(key, prepend(title, more)), p == null ? null : Ref.proposal(p, ""));
    }

    private static Said petition(Federation state, Text t, String key, String id) {
        Petition p = state.petitions().get(id);
        return new Said(t.plain(key, p == null ? id : p.title()), p == null ? null : new Ref("/petitions/" + id, p.title(), ""));
    }

    private static String bodyName(Federation state, BodyId id) {
        Body b = state.body(id);
        return b == null ? id.value() : b.name();
    }

    private static Object[] prepend(Object first, Object[] more) {
        Object[] all = new Object[more.length + 1];
        all[0] = first;
        System.arraycopy(more, 0, all, 1, more.length);
        return all;
    }
}
