package org.mandate.server.read;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.mandate.core.Event;
import org.mandate.core.Federation;
import org.mandate.core.MemberId;
import org.mandate.core.body.BodyEvent;
import org.mandate.core.council.CouncilEvent;
import org.mandate.core.member.MemberEvent;
import org.mandate.core.office.OfficeEvent;
import org.mandate.core.petition.PetitionEvent;
import org.mandate.core.proposal.Proposal;
import org.mandate.core.proposal.ProposalEvent;

/**
 * Everything the record says a member did: for each member, the numbers of the events that name them as
 * the one acting, in record order. The log keeps no actor beside an event, so the act is read from the
 * event itself: the field the core fills with the acting member ({@link #actor}). A member reads this
 * list to notice anything done in their name that they did not do.
 */
final class Acts {
    private final Map<MemberId, long[]> numbers = new HashMap<>();
    private final Map<MemberId, Integer> sizes = new HashMap<>();

    /**
     * The member an event names as the one who acted, or null when no member acted (the clock, or a body's
     * decision taking effect). These are exactly the fields the core fills with the command's actor, plus
     * three events only a proposal's proposer can cause (publishing, accepting an amendment, withdrawing),
     * which are theirs by the proposal's own record. A proposal the federation opens by itself in a
     * member's name (an admission vote, a referendum, a recall vote, a by-election) stands in that name,
     * so its submission and publication are listed as that member's.
     */
    static MemberId actor(Federation state, Event event) {
        return switch (event) {
            case MemberEvent.MemberRegistered e -> e.member();
            case BodyEvent.AssemblyFounded e -> e.founder();
            case BodyEvent.FounderJoined e -> e.member();
            case BodyEvent.AdmissionApplied e -> e.applicant();
            case BodyEvent.ApplicantSponsored e -> e.sponsor();
            case BodyEvent.ApplicantObjected e -> e.objector();
            case BodyEvent.MemberLeft e -> e.member();
            case ProposalEvent.ProposalSubmitted e -> e.proposer();
            case ProposalEvent.ProposalPublished e -> proposer(state, e);
            case ProposalEvent.AmendmentAccepted e -> proposer(state, e);
            case ProposalEvent.ProposalWithdrawn e -> proposer(state, e);
            case ProposalEvent.AmendmentProposed e -> e.author();
            case ProposalEvent.AmendmentSupported e -> e.member();
            case ProposalEvent.CommentPosted e -> e.author();
            case ProposalEvent.ExpulsionReplied e -> e.member();
            case ProposalEvent.CandidateStood e -> e.member();
            case ProposalEvent.VoteCast e -> e.voter();
            case ProposalEvent.SealedVoteCast e -> e.voter();
            case ProposalEvent.ObjectionWithdrawn e -> e.member();
            case CouncilEvent.SeatVoteCast e -> e.delegate();
            case CouncilEvent.MandateBreached e -> e.delegate();
            case OfficeEvent.AnnouncementPublished e -> e.by();
            case OfficeEvent.MeetingScheduled e -> e.by();
            case OfficeEvent.ResetCodeIssued e -> e.by();
            case PetitionEvent.PetitionOpened e -> e.openedBy();
            case PetitionEvent.PetitionSigned e -> e.member();
            case org.mandate.core.credit.CreditEvent.PaymentMade e -> e.by();
            case org.mandate.core.credit.CreditEvent.InvoiceRecorded e -> e.by();
            case org.mandate.core.credit.CreditEvent.InvoiceAccepted e -> e.by();
            case org.mandate.core.credit.CreditEvent.InvoiceDisputed e -> e.by();
            default -> null;
        };
    }

    private static MemberId proposer(Federation state, ProposalEvent e) {
        Proposal p = state.proposal(e.proposal());
        return p == null ? null : p.proposer();
    }

    /** Folds the event numbered {@code number}, which the state has just folded. */
    void fold(Federation state, Event event, long number) {
        MemberId m = actor(state, event);
        if (m == null) {
            return;
        }
        int size = sizes.getOrDefault(m, 0);
        long[] list = numbers.get(m);
        if (list == null || list.length == size) {
            // a plain growing array: a member's acts cost eight bytes each, not a boxed Long
            list = list == null ? new long[4] : Arrays.copyOf(list, size * 2);
            numbers.put(m, list);
        }
        list[size] = number;
        sizes.put(m, size + 1);
    }

    int count(MemberId member) {
        return sizes.getOrDefault(member, 0);
    }

    /** Up to {@code limit} of the member's event numbers below {@code before}, newest first; {@code before} < 0 starts at the newest. */
    long[] newest(MemberId member, long before, int limit) {
        int size = count(member);
        long[] list = numbers.get(member);
        if (size == 0 || limit <= 0) {
            return new long[0];
        }
        // the numbers only grow, so how many lie below 'before' is where a binary search puts it
        int found = before < 0 ? size : Arrays.binarySearch(list, 0, size, before);
        int end = found >= 0 ? found : -found - 1;
        int start = Math.max(0, end - limit);
        long[] out = new long[end - start];
        for (int i = 0; i < out.length; i++) {
            out[i] = list[end - 1 - i];
        }
        return out;
    }
}
