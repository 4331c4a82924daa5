package org.mandate.codec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mandate.core.Command;
import org.mandate.core.Event;
import org.mandate.core.body.BodyCommand;
import org.mandate.core.body.BodyEvent;
import org.mandate.core.clock.Tick;
import org.mandate.core.member.MemberCommand;
import org.mandate.core.member.MemberEvent;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.proposal.ProposalEvent;
import org.mandate.core.vote.Ballot;

/**
 * The names of things on the wire: every command, event, motion and ballot is named by its record's
 * simple name in kebab case ({@code CastVote} is {@code cast-vote}). The lists come from the sealed
 * families themselves, so a new record is in the vocabulary the moment it exists.
 */
public final class Vocabulary {
    public static final Map<String, Class<?>> COMMANDS = named(Tick.class, MemberCommand.class, BodyCommand.class, ProposalCommand.class,
            org.mandate.core.council.CouncilCommand.class, org.mandate.core.office.OfficeCommand.class,
            org.mandate.core.petition.PetitionCommand.class, org.mandate.core.credit.CreditCommand.class,
            org.mandate.core.plan.PlanCommand.class);
    public static final Map<String, Class<?>> EVENTS = named(MemberEvent.class, BodyEvent.class, ProposalEvent.class,
            org.mandate.core.council.CouncilEvent.class, org.mandate.core.office.OfficeEvent.class,
            org.mandate.core.petition.PetitionEvent.class, org.mandate.core.credit.CreditEvent.class,
            org.mandate.core.plan.PlanEvent.class);
    public static final Map<String, Class<?>> INSTRUCTIONS = named(org.mandate.core.council.Instruction.class);
    public static final Map<String, Class<?>> MOTIONS = named(Motion.class);
    public static final Map<String, Class<?>> BALLOTS = named(Ballot.class);

    /**
     * Fields that may be left out. Every other field of a command, motion or ballot must be present:
     * a missing one is refused with its name rather than read as nothing.
     */
    static final Set<String> OPTIONAL = Set.of(
            "FoundAssembly.charter", "FoundAssembly.cofounders",
            "ApplyForAdmission.vote",
            "SubmitProposal.text", "SubmitProposal.options", "SubmitProposal.competence",
            "PublishProposal.deliberation", "PublishProposal.voting",
            "PostComment.replyTo",
            "Consent.reason", "Consensus.reason",
            "FoundCouncil.charter", "GrantCompetence.description",
            "Charter.delegation", "Charter.council",
            "CastSeatVote.ballot", "GiveMandate.item",
            "OpenPetition.title", "OpenPetition.text", "OpenPetition.target", "OpenPetition.council", "OpenPetition.office",
            "ScheduleMeeting.place", "ScheduleMeeting.agenda",
            "Recall.council", "Recall.office", "CallReferendum.text",
            "FreeHand.items", "FreeHand.competences",
            "MakePayment.reference", "MakePayment.invoice", "RecordInvoice.description", "RecordPlanRounds.why");

    private Vocabulary() {}

    public static String nameOf(Class<?> type) {
        String simple = type.getSimpleName();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < simple.length(); i++) {
            char c = simple.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    out.append('-');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Map<String, Class<?>> named(Class<?>... roots) {
        Map<String, Class<?>> names = new LinkedHashMap<>();
        for (Class<?> root : roots) {
            for (Class<?> leaf : leaves(root)) {
                Class<?> previous = names.put(nameOf(leaf), leaf);
                if (previous != null) {
                    throw new IllegalStateException("two records named " + nameOf(leaf) + ": " + previous + " and " + leaf);
                }
            }
        }
        return Collections.unmodifiableMap(names);
    }

    private static List<Class<?>> leaves(Class<?> type) {
        List<Class<?>> out = new ArrayList<>();
        if (type.isSealed()) {
            for (Class<?> sub : type.getPermittedSubclasses()) {
                out.addAll(leaves(sub));
            }
        } else if (type.isRecord()) {
            out.add(type);
        }
        return out;
    }

    /** Whether the class is one of the families the codec speaks for. */
    static boolean isCommand(Class<?> type) {
        return Command.class.isAssignableFrom(type);
    }

    static boolean isEvent(Class<?> type) {
        return Event.class.isAssignableFrom(type);
    }
}
