package org.mandate.core.rule;

import org.mandate.core.Command;
import org.mandate.core.body.BodyCommand;
import org.mandate.core.office.OfficeCommand;
import org.mandate.core.petition.PetitionCommand;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.vote.Ballot;

/**
 * How much text one command may carry. Every accepted command becomes events in the public record,
 * and a record entry holds at most 64 KiB: a text that would not fit is refused here, by name, rather
 * than accepted and then impossible to record. Limits are in characters; at up to three bytes a
 * character in UTF-8 they keep an event, with its other fields, under the entry limit.
 */
public final class Limits {
    /** A proposal's or amendment's text: about five pages, and under the entry limit even if every character were escaped. */
    public static final int TEXT = 10_000;
    /** A title, a name, a question. */
    public static final int TITLE = 300;
    /** A comment, a reply, a reason, an announcement. */
    public static final int NOTE = 4_000;
    /** Options of a choice or candidates of an election: a Schulze tally grows with their square. */
    public static final int OPTIONS = 40;
    /** Founders named at once, in characters of their ids (and separators); everyone else joins by admission. */
    public static final int FOUNDERS = 40_000;

    private Limits() {}

    /** The first limit the command breaks, or null. */
    public static Rejection check(Command command) {
        return switch (command) {
            case ProposalCommand.SubmitProposal c -> first(over("title", c.title(), TITLE), over("text", c.text(), TEXT),
                    c.options().size() > OPTIONS ? new Rejection.TooLong("list of options", OPTIONS) : null, motion(c.motion()));
            case ProposalCommand.ProposeAmendment c -> over("amendment", c.text(), TEXT);
            case ProposalCommand.PostComment c -> over("comment", c.text(), NOTE);
            case ProposalCommand.ReplyToExpulsion c -> over("reply", c.text(), NOTE);
            case ProposalCommand.CastVote c -> ballot(c.ballot());
            case BodyCommand.FoundAssembly c -> first(over("name", c.name(), TITLE),
                    ids(c.cofounders()) > FOUNDERS ? new Rejection.TooLong("list of co-founders", FOUNDERS) : null);
            case BodyCommand.ObjectToApplicant c -> over("reason", c.reason(), NOTE);
            case OfficeCommand.PublishAnnouncement c -> over("announcement", c.text(), NOTE);
            case OfficeCommand.ScheduleMeeting c -> first(over("place", c.place(), TITLE), over("agenda", c.agenda(), NOTE));
            case PetitionCommand.OpenPetition c -> first(over("title", c.title(), TITLE), over("text", c.text(), NOTE));
            case org.mandate.core.council.CouncilCommand.CastSeatVote c -> ballot(c.ballot());
            case org.mandate.core.credit.CreditCommand.MakePayment c -> over("reference", c.reference(), TITLE);
            case org.mandate.core.credit.CreditCommand.RecordInvoice c -> over("description", c.description(), NOTE);
            case org.mandate.core.credit.CreditCommand.DisputeInvoice c -> over("reason", c.reason(), NOTE);
            default -> null;
        };
    }

    private static Rejection motion(Motion m) {
        return switch (m) {
            case Motion.FoundCouncil f -> first(over("name", f.name(), TITLE),
                    ids(f.cofounders()) > FOUNDERS ? new Rejection.TooLong("list of co-founding bodies", FOUNDERS) : null);
            case Motion.GrantCompetence g -> over("description", g.description(), NOTE);
            case Motion.CallReferendum r -> first(over("question", r.question(), TITLE), over("text", r.text(), NOTE));
            case Motion.CastBodyVote v -> ballot(v.ballot());
            case Motion.AdoptMutualCredit a -> over("unit of account", a.unit(), TITLE);
            case null -> null;
            default -> null;
        };
    }

    private static Rejection ballot(Ballot b) {
        return switch (b) {
            case Ballot.Consent c -> over("reason", c.reason(), NOTE);
            case Ballot.Consensus c -> over("reason", c.reason(), NOTE);
            case null -> null;
            default -> null;
        };
    }

    private static Rejection over(String what, String value, int limit) {
        return value != null && value.length() > limit ? new Rejection.TooLong(what, limit) : null;
    }

    /** The characters a list of ids takes in the record: each id, its quotes and a comma. */
    private static long ids(java.util.List<?> ids) {
        long n = 0;
        for (Object id : ids) {
            n += id.toString().length() + 3;
        }
        return n;
    }

    private static Rejection first(Rejection... checks) {
        return java.util.Arrays.stream(checks).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

}
