package org.mandate.core.proposal;

import java.util.List;
import org.mandate.core.BodyId;
import org.mandate.core.MemberId;
import org.mandate.core.ProposalId;
import org.mandate.core.charter.Charter;
import org.mandate.core.charter.DecisionKind;
import org.mandate.core.vote.Ballot;

/**
 * What a proposal would do if adopted. Every change that matters is a decision of the body it belongs
 * to, so each motion names its kind of decision, and the body's charter says how that kind is decided.
 */
public sealed interface Motion {

    DecisionKind kind();

    /** Adopt a text. In a council it must rely on a granted competence. */
    record Resolution() implements Motion {
        public DecisionKind kind() { return DecisionKind.ORDINARY; }
    }

    /** Choose between the proposal's options. In a council it must rely on a granted competence. */
    record Choice() implements Motion {
        public DecisionKind kind() { return DecisionKind.CHOICE; }
    }

    /** Elect people (the proposal's options are the candidates' member ids) to a number of seats. */
    record Election(String office, int seats) implements Motion {
        public DecisionKind kind() { return DecisionKind.ELECTION; }
    }

    /** Admit an applicant to an assembly. Opened by the application itself. */
    record AdmitMember(MemberId member) implements Motion {
        public DecisionKind kind() { return DecisionKind.ADMISSION; }
    }

    /** Expel a member of this assembly. Only the member's own assembly can; the member may reply before the vote. */
    record ExpelMember(MemberId member) implements Motion {
        public DecisionKind kind() { return DecisionKind.EXPULSION; }
    }

    /** Replace the body's charter. A council's charter amendment is ratified by its member bodies. */
    record AmendCharter(Charter charter) implements Motion {
        public DecisionKind kind() { return DecisionKind.CHARTER_AMENDMENT; }
    }

    /**
     * Found a new council with this body as its first member; the named co-founding bodies join it
     * each by their own decision ({@link JoinAsFounder}).
     */
    record FoundCouncil(BodyId council, String name, String axis, Charter charter, List<BodyId> cofounders) implements Motion {
        public FoundCouncil {
            cofounders = List.copyOf(cofounders);
        }

        public DecisionKind kind() { return DecisionKind.AFFILIATION; }
    }

    /** Join, as a named founder, a council another body founded. */
    record JoinAsFounder(BodyId council) implements Motion {
        public DecisionKind kind() { return DecisionKind.AFFILIATION; }
    }

    /** Apply to join a council; the council then decides under its admission rule (proposal {@code admissionVote}). */
    record ApplyToCouncil(BodyId council, ProposalId admissionVote) implements Motion {
        public DecisionKind kind() { return DecisionKind.AFFILIATION; }
    }

    /** A council admits an applying body. Opened by the application. */
    record AdmitBody(BodyId body) implements Motion {
        public DecisionKind kind() { return DecisionKind.ADMISSION; }
    }

    /** Leave a council, at once, by this body's decision alone. */
    record Secede(BodyId council) implements Motion {
        public DecisionKind kind() { return DecisionKind.SECESSION; }
    }

    /** A council ends a member body's affiliation: decided by a qualified majority of the other member bodies. */
    record EndAffiliation(BodyId body) implements Motion {
        public DecisionKind kind() { return DecisionKind.END_AFFILIATION; }
    }

    /** Grant the council a competence, ratified by its member bodies. */
    record GrantCompetence(String competence, String description) implements Motion {
        public DecisionKind kind() { return DecisionKind.COMPETENCE; }
    }

    /** Take a competence back from the council, ratified by its member bodies. */
    record RevokeCompetence(String competence) implements Motion {
        public DecisionKind kind() { return DecisionKind.COMPETENCE; }
    }

    /** Member bodies annul a council decision within the charter's window (federal veto from below). */
    record Annul(ProposalId decision) implements Motion {
        public DecisionKind kind() { return DecisionKind.ANNULMENT; }
    }

    /**
     * This body's own decision on how it votes on a question before a council it belongs to. Councils
     * are made of bodies, so this is how a body takes part in a council's decision.
     */
    record CastBodyVote(ProposalId proposal, Ballot ballot) implements Motion {
        public DecisionKind kind() { return DecisionKind.ORDINARY; }
    }

    // --- delegates, mandates, offices, recall, referendums (Governance core II) ---

    /**
     * Elect this body's delegates to a council, for one term of the body's charter: as many delegates
     * as the council apportions the body seats, then {@code alternates} alternates in order. The
     * proposal's options are the candidates.
     */
    record ElectDelegates(BodyId council, int alternates) implements Motion {
        public DecisionKind kind() { return DecisionKind.ELECTION; }
    }

    /** A by-election for one vacant seat of this body in a council, for the rest of the term. */
    record FillSeat(BodyId council, int seat) implements Motion {
        public DecisionKind kind() { return DecisionKind.ELECTION; }
    }

    /** Elect holders of an office, with exactly the listed permissions, for one term. */
    record ElectOffice(String office, List<org.mandate.core.office.Permission> permissions, int seats) implements Motion {
        public ElectOffice {
            permissions = permissions == null ? List.of() : List.copyOf(permissions);
        }

        public DecisionKind kind() { return DecisionKind.ELECTION; }
    }

    /**
     * Mandate this body's delegates to {@code council} on {@code item}. A free hand may be given with no
     * item: it then stands for every later item it covers.
     */
    record GiveMandate(BodyId council, ProposalId item, org.mandate.core.council.Instruction instruction, boolean survivesAmendment)
            implements Motion {
        public DecisionKind kind() { return DecisionKind.ORDINARY; }
    }

    /**
     * This body's own vote on a council's item, with the item's options and method: the result becomes
     * the mandate, or with {@code split}, the body's weight is cast as its members' ballots.
     */
    record DecideItem(ProposalId item, boolean split) implements Motion {
        public DecisionKind kind() { return DecisionKind.ORDINARY; }
    }

    /** A member body signs a petition of a council it belongs to (a referendum, a congress, a recall in that council). */
    record SignPetitionAsBody(String petition) implements Motion {
        public DecisionKind kind() { return DecisionKind.ORDINARY; }
    }

    /** Recall a delegate (name the council) or an office-holder (name the office). */
    record Recall(MemberId member, BodyId council, String office) implements Motion {
        public DecisionKind kind() { return DecisionKind.RECALL; }
    }

    /** A council's decision to put a question to everyone beneath it: adopted, it opens the referendum {@code referendum}. */
    record CallReferendum(ProposalId referendum, String question, String text) implements Motion {
        public DecisionKind kind() { return DecisionKind.ORDINARY; }
    }

    /** The referendum itself: every member of every assembly beneath the council votes once. */
    record Referendum(String calledBy) implements Motion {
        public DecisionKind kind() { return DecisionKind.REFERENDUM; }
    }

    // --- mutual credit (issue 7): a council's ordinary business, relying on a granted competence ---

    /**
     * Start mutual credit between the council's member bodies, in the named unit of account: each member
     * body, and each body admitted later, has an account from then on, and balances always sum to zero.
     */
    record AdoptMutualCredit(String unit) implements Motion {
        public DecisionKind kind() { return DecisionKind.ORDINARY; }
    }

    /** Set how far below zero one member body's account may go. */
    record SetCreditLimit(BodyId body, long limit) implements Motion {
        public DecisionKind kind() { return DecisionKind.ORDINARY; }
    }

    /**
     * Set every account's limit by a rule: {@code permille} thousandths of the body's turnover over the
     * last {@code months} months, between {@code floor} and {@code cap}. Replaces earlier per-body limits.
     */
    record AdoptLimitRule(int permille, int months, long floor, long cap) implements Motion {
        public DecisionKind kind() { return DecisionKind.ORDINARY; }
    }

    /**
     * Clear the accepted, unpaid invoices between member bodies at {@code when}; with
     * {@code settleThroughCredit}, then settle what remains through the accounts, within their limits.
     */
    record ScheduleClearing(String clearing, java.time.Instant when, boolean settleThroughCredit) implements Motion {
        public DecisionKind kind() { return DecisionKind.ORDINARY; }
    }

    // --- participatory planning (issue 8) ---

    /**
     * Open a plan period between the bodies beneath this council: its catalogue of goods, the tolerance
     * within which a good counts as balanced (per mille of its supply), how many human rounds the
     * period may have (at most seven), and when statements close and the first rounds run.
     */
    record OpenPlanPeriod(String plan, java.time.LocalDate from, java.time.LocalDate to, List<org.mandate.core.plan.PlanTerms.PlanGood> goods,
            int tolerancePermille, int humanRounds, java.time.Instant balanceAt) implements Motion {
        public OpenPlanPeriod {
            goods = goods == null ? List.of() : List.copyOf(goods);
        }

        public DecisionKind kind() { return DecisionKind.ORDINARY; }
    }

    /** This body's own proposal in the plan's open human round, within what it stated. */
    record ProposePlanQuantities(String plan, List<org.mandate.core.plan.PlanTerms.Activity> activities,
            List<org.mandate.core.plan.PlanTerms.Amount> quantities) implements Motion {
        public ProposePlanQuantities {
            activities = activities == null ? List.of() : List.copyOf(activities);
            quantities = quantities == null ? List.of() : List.copyOf(quantities);
        }

        public DecisionKind kind() { return DecisionKind.ORDINARY; }
    }

    /** This body ratifies its proposal of round {@code round} of the plan: it must still be its last one. */
    record RatifyPlanProposal(String plan, int round) implements Motion {
        public DecisionKind kind() { return DecisionKind.ORDINARY; }
    }

    /** The council adopts the balanced plan, every body having ratified its own proposal. */
    record AdoptPlan(String plan) implements Motion {
        public DecisionKind kind() { return DecisionKind.ORDINARY; }
    }
}
