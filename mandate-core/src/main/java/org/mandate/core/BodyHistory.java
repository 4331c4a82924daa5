package org.mandate.core;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.mandate.core.body.BodyEvent;
import org.mandate.core.council.CouncilEvent;
import org.mandate.core.credit.CreditEvent;
import org.mandate.core.member.MemberEvent;
import org.mandate.core.office.OfficeEvent;
import org.mandate.core.petition.PetitionEvent;
import org.mandate.core.plan.PlanEvent;
import org.mandate.core.proposal.ProposalEvent;

/**
 * Which events of the record concern one body: what a body shows as its own history, or takes with
 * it when it secedes. Fed the record in order, it keeps the positions of the events that
 *
 * <ul>
 *   <li>are the body's own: every body event and office event of it, every session event of it as a
 *       council (seats, mandates, votes and congresses in it);</li>
 *   <li>name it as a party elsewhere: its payments, credit limit and invoices in a council's mutual
 *       credit (and each clearing's change to them); its statements, proposals and ratifications in a plan period; founding a council, applying to, joining, seceding from or being
 *       removed from one; its delegation, seats, alternates, mandates, seat votes and breaches in any
 *       council; an item referred back to it or its mandates voided; its vote on a council's question;
 *       its signature on a petition; a recall of its delegate or office-holder;</li>
 *   <li>belong to a proposal put to it (every event, from submission to annulment), or to a petition
 *       opened in it (a council sees the opening and the outcome of a petition to recall its delegate,
 *       not the signatures, which are the delegate's own body's affair);</li>
 *   <li>register a person who was at some time its member (founder, co-founder, joined or admitted), so
 *       that the body's events can be read without the rest of the record.</li>
 * </ul>
 *
 * A member's acts in other bodies and other bodies' proposals are not the body's, even when they
 * mention one of its members. The switches name every event, so a new kind of event does not compile
 * until it is placed here.
 */
public final class BodyHistory {
    private final BodyId body;
    private final Set<ProposalId> proposals = new HashSet<>();
    private final Set<String> petitions = new HashSet<>();
    private final Set<String> invoices = new HashSet<>();
    private final Set<String> plans = new HashSet<>();
    private final Set<MemberId> members = new HashSet<>();
    private final Map<MemberId, Long> registrations = new HashMap<>();
    private final TreeSet<Long> positions = new TreeSet<>();

    public BodyHistory(BodyId body) {
        this.body = body;
    }

    /** Reads event {@code position} of the record; events must come in record order. */
    public void read(long position, Event event) {
        switch (event) {
            case MemberEvent.MemberRegistered r -> registrations.put(r.member(), position);
            case BodyEvent.AssemblyFounded e when is(e.body()) -> {
                members.add(e.founder());
                members.addAll(e.cofounders());
            }
            case BodyEvent.FounderJoined e when is(e.body()) -> members.add(e.member());
            case BodyEvent.MemberAdmitted e when is(e.body()) -> members.add(e.member());
            case ProposalEvent.ProposalSubmitted e when is(e.body()) -> proposals.add(e.proposal());
            case PetitionEvent.PetitionOpened e when is(e.body()) -> petitions.add(e.petition());
            case CreditEvent.InvoiceRecorded e when is(e.creditor()) || is(e.debtor()) -> invoices.add(e.invoice());
            case PlanEvent.PlanPeriodOpened e when is(e.council()) -> plans.add(e.plan());
            default -> { }
        }
        if (concerns(event)) {
            positions.add(position);
        }
    }

    /** The positions, ascending, of the events read so far that concern the body. */
    public TreeSet<Long> positions() {
        TreeSet<Long> out = new TreeSet<>(positions);
        for (MemberId m : members) {
            Long registered = registrations.get(m);
            if (registered != null) {
                out.add(registered);
            }
        }
        return out;
    }

    /** Whether any event read so far concerns the body; false for a body the record never mentions. */
    public boolean known() {
        return !positions.isEmpty();
    }

    private boolean concerns(Event event) {
        return switch (event) {
            case MemberEvent e -> false;
            case BodyEvent e -> bodyEvent(e);
            case OfficeEvent e -> is(e.body());
            case CouncilEvent e -> is(e.council()) || councilEvent(e);
            case ProposalEvent e -> proposalEvent(e);
            case PetitionEvent e -> petitionEvent(e);
            case CreditEvent e -> is(e.council()) || creditEvent(e);
            case PlanEvent e -> plans.contains(e.plan()) || planEvent(e);
            default -> throw new MandateException("an event of an unknown family: " + event.getClass().getName());
        };
    }

    private boolean bodyEvent(BodyEvent event) {
        return switch (event) {
            case BodyEvent.AssemblyFounded e -> is(e.body());
            case BodyEvent.FounderJoined e -> is(e.body());
            case BodyEvent.MemberAdmitted e -> is(e.body());
            case BodyEvent.AdmissionApplied e -> is(e.body());
            case BodyEvent.ApplicantSponsored e -> is(e.body());
            case BodyEvent.ApplicantObjected e -> is(e.body());
            case BodyEvent.ApplicationRefused e -> is(e.body());
            case BodyEvent.MemberLeft e -> is(e.body());
            case BodyEvent.MemberExpelled e -> is(e.body());
            case BodyEvent.CharterAmended e -> is(e.body());
            case BodyEvent.CompetenceGranted e -> is(e.body());
            case BodyEvent.CompetenceRevoked e -> is(e.body());
            case BodyEvent.CouncilFounded e -> is(e.body()) || is(e.founder()) || e.cofounders().contains(body);
            case BodyEvent.FounderBodyJoined e -> is(e.body()) || is(e.member());
            case BodyEvent.CouncilApplicationFiled e -> is(e.body()) || is(e.applicant());
            case BodyEvent.BodyAdmitted e -> is(e.body()) || is(e.member());
            case BodyEvent.BodySeceded e -> is(e.body()) || is(e.member());
            case BodyEvent.AffiliationEnded e -> is(e.body()) || is(e.member());
        };
    }

    private boolean councilEvent(CouncilEvent event) {
        return switch (event) {
            case CouncilEvent.DelegatesElected e -> is(e.body());
            case CouncilEvent.DelegationEnded e -> is(e.body());
            case CouncilEvent.SeatPassedToAlternate e -> is(e.body());
            case CouncilEvent.SeatFilled e -> is(e.body());
            case CouncilEvent.SeatVacated e -> is(e.body());
            case CouncilEvent.AlternateRemoved e -> is(e.body());
            case CouncilEvent.MandateGiven e -> is(e.body());
            case CouncilEvent.MandatesVoided e -> e.bodies().contains(body);
            case CouncilEvent.ItemReferred e -> e.bodies().contains(body);
            case CouncilEvent.SeatVoteCast e -> is(e.body());
            case CouncilEvent.MandateBreached e -> is(e.body());
            case CouncilEvent.SeatVotesWithdrawn e -> is(e.body());
            case CouncilEvent.CongressConvened e -> false;
            case CouncilEvent.CongressClosed e -> false;
        };
    }

    private boolean proposalEvent(ProposalEvent event) {
        return proposals.contains(event.proposal()) || switch (event) {
            case ProposalEvent.BodyVoteCast e -> is(e.body());
            case ProposalEvent.DecisionAnnulled e -> proposals.contains(e.annulment());
            default -> false;
        };
    }

    private boolean petitionEvent(PetitionEvent event) {
        return switch (event) {
            case PetitionEvent.PetitionOpened e -> is(e.body()) || is(e.council());
            case PetitionEvent.PetitionSigned e -> petitions.contains(e.petition());
            case PetitionEvent.BodySignedPetition e -> is(e.body()) || petitions.contains(e.petition());
            case PetitionEvent.PetitionSucceeded e -> petitions.contains(e.petition());
            case PetitionEvent.Recalled e -> is(e.body()) || is(e.council()) || petitions.contains(e.petition());
        };
    }

    /** A council's credit events are its own; a member body's are its payments, its limit and its invoices. */
    private boolean creditEvent(CreditEvent event) {
        return switch (event) {
            case CreditEvent.MutualCreditAdopted e -> false;
            case CreditEvent.CreditLimitSet e -> is(e.body());
            case CreditEvent.LimitRuleAdopted e -> false;
            case CreditEvent.ClearingScheduled e -> false;
            case CreditEvent.PaymentMade e -> is(e.from()) || is(e.to());
            case CreditEvent.InvoiceRecorded e -> invoices.contains(e.invoice());
            case CreditEvent.InvoiceAccepted e -> invoices.contains(e.invoice());
            case CreditEvent.InvoiceDisputed e -> invoices.contains(e.invoice());
            case CreditEvent.ClearingApplied e -> false;
            case CreditEvent.InvoiceCleared e -> invoices.contains(e.invoice());
        };
    }

    /** A council's plan events are its own; a body's are its statements, its proposals and its ratifications. */
    private boolean planEvent(PlanEvent event) {
        return switch (event) {
            case PlanEvent.PlanPeriodOpened e -> false;
            case PlanEvent.TechniquesStated e -> is(e.body());
            case PlanEvent.RequestsStated e -> is(e.body());
            case PlanEvent.HumanRoundCalled e -> false;
            case PlanEvent.QuantitiesProposed e -> is(e.proposal().body());
            case PlanEvent.PlanRoundPublished e -> false;
            case PlanEvent.PlanProposalComputed e -> is(e.proposal().body());
            case PlanEvent.PlanStretchEnded e -> false;
            case PlanEvent.PlanProposalRatified e -> is(e.body());
            case PlanEvent.PlanAdopted e -> false;
        };
    }

    private boolean is(BodyId id) {
        return body.equals(id);
    }
}
