package org.mandate.core.rule;

import java.time.Instant;
import org.mandate.core.BodyId;
import org.mandate.core.MemberId;
import org.mandate.core.ProposalId;

/**
 * A command refused, naming the rule it would have broken. A refused command changes nothing.
 */
public sealed interface Rejection {

    /** The rule's name, stable across versions: clients may match on it. */
    default String rule() {
        return getClass().getSimpleName();
    }

    /** One sentence a member understands. */
    String message();

    // --- who may act ---

    record NoActingMember() implements Rejection {
        public String message() { return "This command must be issued by a member."; }
    }

    record ActingForAnother(MemberId actor, MemberId member) implements Rejection {
        public String message() {
            return "Member " + actor + " cannot act on behalf of member " + member + "; each member acts only for themselves.";
        }
    }

    record NotRegistered(MemberId member) implements Rejection {
        public String message() { return "There is no registered member " + member + "."; }
    }

    record AlreadyRegistered(MemberId member) implements Rejection {
        public String message() { return "Member " + member + " is already registered."; }
    }

    record IdInUse(String what, String id) implements Rejection {
        public String message() { return "The id '" + id + "' is already used by another " + what + "; choose another id."; }
    }

    record NotAMember(MemberId member, BodyId body) implements Rejection {
        public String message() { return "Member " + member + " is not a member of " + body + "."; }
    }

    record AlreadyMember(MemberId member, BodyId body) implements Rejection {
        public String message() { return "Member " + member + " already belongs to " + body + "."; }
    }

    record NotAFounder(MemberId member, BodyId body) implements Rejection {
        public String message() { return "Member " + member + " was not named as a founder of " + body + ", or has already joined it."; }
    }

    // --- bodies and federation ---

    record UnknownBody(BodyId body) implements Rejection {
        public String message() { return "There is no body " + body + "."; }
    }

    record NotAnAssembly(BodyId body, String action) implements Rejection {
        public String message() { return body + " is a council, and only an assembly of people can " + action + "."; }
    }

    record NotACouncil(BodyId body) implements Rejection {
        public String message() { return body + " is not a council; only a council has member bodies."; }
    }

    record WouldCreateCycle(BodyId body, BodyId council) implements Rejection {
        public String message() {
            return body + " cannot join " + council + ": " + council + " already belongs, directly or through other councils, to " + body
                    + ", and a federation may not contain a cycle.";
        }
    }

    record AlreadyAffiliated(BodyId body, BodyId council) implements Rejection {
        public String message() { return body + " is already a member of " + council + "."; }
    }

    record NotAffiliated(BodyId body, BodyId council) implements Rejection {
        public String message() { return body + " is not a member of " + council + "."; }
    }

    record NotAFounderBody(BodyId body, BodyId council) implements Rejection {
        public String message() { return body + " was not named as a founding body of " + council + ", or has already joined it."; }
    }

    record WrongAdmissionRoute(BodyId body, String rule) implements Rejection {
        public String message() { return body + " admits new members " + rule + "."; }
    }

    record NoApplication(MemberId applicant, BodyId body) implements Rejection {
        public String message() { return "There is no open application by " + applicant + " to join " + body + "."; }
    }

    record AlreadyApplied(MemberId applicant, BodyId body) implements Rejection {
        public String message() { return "Member " + applicant + " already has an open application to join " + body + "."; }
    }

    record AlreadySponsored(MemberId sponsor, MemberId applicant) implements Rejection {
        public String message() { return "Member " + sponsor + " already sponsors " + applicant + "."; }
    }

    // --- competences ---

    record OutsideCompetence(BodyId council, String competence) implements Rejection {
        public String message() {
            return competence == null
                    ? "A proposal to council " + council + " must name the competence it relies on."
                    : "Council " + council + " holds no competence '" + competence + "': its member bodies never granted it, so it cannot decide this.";
        }
    }

    record CompetenceAlreadyGranted(BodyId council, String competence) implements Rejection {
        public String message() { return "Council " + council + " already holds the competence '" + competence + "'."; }
    }

    // --- proposals and votes ---

    record UnknownProposal(ProposalId proposal) implements Rejection {
        public String message() { return "There is no proposal " + proposal + "."; }
    }

    record InvalidProposal(String reason) implements Rejection {
        public String message() { return "The proposal cannot be accepted: " + reason + "."; }
    }

    record InvalidCharter(String reason) implements Rejection {
        public String message() { return "The charter cannot be accepted: " + reason + "."; }
    }

    record NotTheProposer(MemberId member, ProposalId proposal) implements Rejection {
        public String message() { return "Only the proposer of " + proposal + " can do this, and " + member + " is not the proposer."; }
    }

    record WrongPhase(ProposalId proposal, String phase, String needed) implements Rejection {
        public String message() { return "Proposal " + proposal + " is " + phase + "; this can only be done while it is " + needed + "."; }
    }

    record WindowClosed(ProposalId proposal, Instant closedAt) implements Rejection {
        public String message() { return "The voting window of " + proposal + " closed at " + closedAt + "."; }
    }

    record NotOnRoll(MemberId member, ProposalId proposal) implements Rejection {
        public String message() {
            return "Member " + member + " is not on the voter roll of " + proposal
                    + ": the roll was frozen when the proposal was published, and only members at that moment vote on it.";
        }
    }

    record BodyNotOnRoll(BodyId body, ProposalId proposal) implements Rejection {
        public String message() {
            return body + " is not among the member bodies that decide " + proposal + " (the roll was frozen at its publication).";
        }
    }

    record AlreadyVoted(String voter, ProposalId proposal) implements Rejection {
        public String message() { return voter + " has already voted on " + proposal + "; a vote cannot be cast twice."; }
    }

    record BallotDoesNotFit(ProposalId proposal, String reason) implements Rejection {
        public String message() { return "That ballot does not fit " + proposal + ": " + reason + "."; }
    }

    record UnknownAmendment(ProposalId proposal, String amendment) implements Rejection {
        public String message() { return "Proposal " + proposal + " has no open amendment '" + amendment + "'."; }
    }

    record NoStandingObjection(MemberId member, ProposalId proposal) implements Rejection {
        public String message() { return "Member " + member + " has no standing objection to " + proposal + "."; }
    }

    record NotTheSubject(MemberId member, ProposalId proposal) implements Rejection {
        public String message() { return "Only the member whose expulsion " + proposal + " proposes can reply to it."; }
    }

    record NotAnnullable(ProposalId proposal, String reason) implements Rejection {
        public String message() { return "Decision " + proposal + " cannot be annulled: " + reason + "."; }
    }

    // --- delegates, mandates, offices, petitions ---

    record NotADelegate(MemberId member, BodyId body, BodyId council) implements Rejection {
        public String message() { return "Member " + member + " holds no seat of " + body + " in council " + council + "."; }
    }

    record TermExpired(MemberId member, BodyId body, BodyId council, Instant endedAt) implements Rejection {
        public String message() {
            return "The term of " + body + "'s delegates to " + council + " ended at " + endedAt + "; " + member
                    + " no longer holds a seat, and a vacant seat casts no vote.";
        }
    }

    record NotVotedByDelegates(ProposalId item) implements Rejection {
        public String message() { return "Item " + item + " is not voted on by delegates in seats."; }
    }

    record AwaitingMandate(BodyId body, ProposalId item) implements Rejection {
        public String message() {
            return "Item " + item + " is referred back to " + body + ": it gave its delegates no mandate and no free hand that covers it, "
                    + "so they cannot vote on it until " + body + " decides.";
        }
    }

    record ContradictsMandate(BodyId body, ProposalId item, String instruction) implements Rejection {
        public String message() { return "That vote contradicts the mandate of " + body + " on item " + item + ": " + instruction + "."; }
    }

    record RotationLimit(MemberId member, String role, int terms) implements Rejection {
        public String message() { return "Member " + member + " has served " + terms + " consecutive terms as " + role + ", the most the charter allows."; }
    }

    record NoSeats(BodyId body, BodyId council) implements Rejection {
        public String message() { return body + " has no seats in council " + council + "."; }
    }

    record NotPermitted(MemberId member, BodyId body, String permission) implements Rejection {
        public String message() {
            return "Member " + member + " holds no office of " + body + " whose list of permissions includes '" + permission
                    + "'; an office-holder can do exactly what the list says and nothing else.";
        }
    }

    record OwnResetCode(MemberId member, BodyId body) implements Rejection {
        public String message() {
            return "Member " + member + " cannot issue a password reset code for themselves; another office-holder of " + body
                    + " must, so that every reset has a witness.";
        }
    }

        record NotHolding(MemberId member, String role) implements Rejection {
        public String message() { return "Member " + member + " does not hold " + role + "."; }
    }

    record UnknownPetition(String petition) implements Rejection {
        public String message() { return "There is no open petition '" + petition + "'."; }
    }

    record AlreadySigned(String signer, String petition) implements Rejection {
        public String message() { return signer + " has already signed petition '" + petition + "'."; }
    }

    record CannotSign(String signer, String petition, String reason) implements Rejection {
        public String message() { return signer + " cannot sign petition '" + petition + "': " + reason + "."; }
    }

    record TooLong(String what, int limit) implements Rejection {
        public String message() {
            return "The " + what + " is too long for the record: at most " + limit + " characters. Keep longer documents elsewhere and refer to them.";
        }
    }

    // --- mutual credit and invoices ---

    record NoMutualCredit(BodyId council) implements Rejection {
        public String message() {
            return council + " has not adopted mutual credit: its member bodies have no accounts in it until the council decides to.";
        }
    }

    record MutualCreditAlreadyAdopted(BodyId council, String unit) implements Rejection {
        public String message() { return council + " already runs mutual credit, in " + unit + "."; }
    }

    record NoAccount(BodyId body, BodyId council) implements Rejection {
        public String message() {
            return body + " has no account in the mutual credit of " + council + ": only the council's member bodies have one.";
        }
    }

    record NotAPositiveAmount(String what, long amount) implements Rejection {
        public String message() {
            return "The " + what + " must be a whole number of the smallest unit, from 1 to 1000000000000000000; " + amount + " is not.";
        }
    }

    record InvoiceToItself(BodyId body) implements Rejection {
        public String message() { return "An invoice goes from one body to another; " + body + " cannot invoice itself."; }
    }

    record PaymentToItself(BodyId body) implements Rejection {
        public String message() { return "A payment goes from one account to another; " + body + " cannot pay itself."; }
    }

    record BeyondCreditLimit(BodyId body, long balance, long amount, long limit) implements Rejection {
        public String message() {
            return "Paying " + amount + " would take the balance of " + body + " from " + balance + " to " + (balance - amount)
                    + ", below its credit limit of -" + limit + " that the council set.";
        }
    }

    record UnknownInvoice(String invoice) implements Rejection {
        public String message() { return "There is no invoice '" + invoice + "'."; }
    }

    record InvoiceStatus(String invoice, String status, String needed) implements Rejection {
        public String message() { return "Invoice '" + invoice + "' is " + status + "; this can only be done while it is " + needed + "."; }
    }

    record NotThisInvoice(String invoice, String reason) implements Rejection {
        public String message() { return "This payment cannot pay invoice '" + invoice + "': " + reason + "."; }
    }

    record NoReason(String what) implements Rejection {
        public String message() { return "A " + what + " must give its reason, for the other side and the record."; }
    }

    record UnknownClearing(String clearing, BodyId council) implements Rejection {
        public String message() { return council + " has scheduled no clearing '" + clearing + "' (or its decision was annulled)."; }
    }

    record ClearingNotDue(String clearing, Instant due) implements Rejection {
        public String message() { return "Clearing '" + clearing + "' is scheduled for " + due + " and cannot be applied before then."; }
    }

    record ClearingAlreadyApplied(String clearing) implements Rejection {
        public String message() { return "Clearing '" + clearing + "' has already been applied; a clearing is applied once."; }
    }

    record InvalidClearing(String clearing, String reason) implements Rejection {
        public String message() { return "Clearing '" + clearing + "' cannot be applied as given: " + reason + "."; }
    }

    record OnlyTheServerClears(MemberId member) implements Rejection {
        public String message() {
            return "Member " + member + " cannot apply a clearing: the server applies, when it falls due, the clearing the council "
                    + "scheduled, computed by the published algorithm, so that no one chooses whose debts are set off.";
        }
    }

    // --- participatory planning (issue 8) ---

    record UnknownPlan(String plan) implements Rejection {
        public String message() { return "There is no plan period '" + plan + "'."; }
    }

    record NotInPlanPhase(String plan, String phase, String needed) implements Rejection {
        public String message() { return "Plan '" + plan + "' is " + phase + "; this can be done only " + needed + "."; }
    }

    record NotBeneathCouncil(BodyId body, BodyId council, String plan) implements Rejection {
        public String message() {
            return body + " does not belong, directly or through its councils, to " + council + ", which opened plan '" + plan
                    + "'; only its bodies take part in it.";
        }
    }

    record EmptyStatement(BodyId body, String what) implements Rejection {
        public String message() { return body + " must state at least one " + what + "."; }
    }

    record UnknownGood(String plan, String good) implements Rejection {
        public String message() { return "The catalogue of plan '" + plan + "' has no good '" + good + "'; the council's catalogue names every good of the period."; }
    }

    record DuplicateInStatement(BodyId body, String what) implements Rejection {
        public String message() { return body + " names " + what + " more than once; each is stated once."; }
    }

    record QuantityOutOfRange(String what, long value, long low, long high) implements Rejection {
        public String message() {
            return "The " + what + " is " + value + " in the record's whole thousandths or millionths; it must be from " + low + " to " + high + ".";
        }
    }

    record NegativeCoefficient(String what, long value) implements Rejection {
        public String message() { return "The " + what + " is " + value + "; a plan's coefficients and quantities are never negative."; }
    }

    record ProducesNothing(BodyId body, String technique) implements Rejection {
        public String message() { return "Technique '" + technique + "' of " + body + " produces nothing; a technique states at least one output."; }
    }

    record RequestWithoutPreference(BodyId body, String good) implements Rejection {
        public String message() {
            return body + " requests '" + good + "' without stating what it is worth; a request states at least one step of preference, "
                    + "so that the plan can weigh it against the labour it takes.";
        }
    }

    record PreferenceNotDiminishing(BodyId body, String good, int step) implements Rejection {
        public String message() {
            return "Step " + step + " of " + body + "'s preference for '" + good + "' is worth more than the step before it; "
                    + "the first units matter most, so values never rise.";
        }
    }

    record MinimumAboveRequest(BodyId body, String good, long minimum, long maximum) implements Rejection {
        public String message() {
            return body + " needs at least " + minimum + " thousandths of '" + good + "' but requests at most " + maximum + "; a need is part of the request.";
        }
    }

    record NoStatement(String plan, BodyId body) implements Rejection {
        public String message() { return body + " stated nothing for plan '" + plan + "', so it has no proposal in it."; }
    }

    record OutsideStatement(BodyId body, String what) implements Rejection {
        public String message() {
            return "This proposal for " + body + " goes outside what it stated: " + what + ". No body can be given a quantity it did not propose.";
        }
    }

    record NoHumanRoundsLeft(String plan, int allowed) implements Rejection {
        public String message() { return "Plan '" + plan + "' has had its " + allowed + " human rounds, all the council's decision allows."; }
    }

    record PlanNotDue(String plan, Instant due) implements Rejection {
        public String message() {
            return due == null ? "No rounds of plan '" + plan + "' are due." : "The next rounds of plan '" + plan + "' are due at " + due + ", not before.";
        }
    }

    record InvalidRounds(String plan, String reason) implements Rejection {
        public String message() { return "These rounds of plan '" + plan + "' cannot be recorded: " + reason + "."; }
    }

    record NotBalanced(String plan, java.util.List<String> goods) implements Rejection {
        public String message() {
            return "Plan '" + plan + "' is not balanced within the council's tolerance for " + String.join(", ", goods) + ".";
        }
    }

    record ProposalSuperseded(String plan, BodyId body, int round, int current) implements Rejection {
        public String message() {
            return body + "'s proposal of round " + round + " in plan '" + plan + "' is not its current one (round " + current
                    + "); a body ratifies its own last proposal.";
        }
    }

    record NotYetRatified(String plan, java.util.List<BodyId> bodies) implements Rejection {
        public String message() {
            return "Plan '" + plan + "' cannot be adopted until every body ratifies its own proposal; still to ratify: "
                    + String.join(", ", bodies.stream().map(BodyId::value).toList()) + ".";
        }
    }

    record OnlyTheServerPlans(MemberId member) implements Rejection {
        public String message() {
            return "Member " + member + " cannot record rounds of a plan: the server runs the published procedure on the bodies' own "
                    + "statements and proposals when the rounds fall due, so that no one chooses the prices.";
        }
    }

    // --- time ---

    record OnlyTheClock(MemberId member) implements Rejection {
        public String message() {
            return "Member " + member + " cannot send the clock command: only the server's clock moves time, so that no one decides when a vote closes or a term ends.";
        }
    }

        record ClockWentBackwards(Instant now, Instant clock) implements Rejection {
        public String message() { return "The time " + now + " is earlier than the record's clock " + clock + "; time only moves forward."; }
    }
}
