package org.mandate.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import org.mandate.core.Event;
import org.mandate.core.MemberId;
import org.mandate.core.ProposalId;
import org.mandate.core.proposal.ProposalEvent.SealedVoteCast;
import org.mandate.core.proposal.ProposalEvent.VoteCast;
import org.mandate.core.vote.Ballot;

/**
 * Reads the two events that make up most of any federation's log — a member's open yes/no vote and a
 * secret vote's participation — straight from their record bytes with the streaming parser. A restart
 * decodes every event of the log, mostly while the JVM is still cold, and the general binding of records
 * costs several times this path there. Anything of another shape (another type, another ballot, a field
 * more or less, a bad value) answers {@code null}, and the caller binds it the general way, which also
 * gives the precise error; a seeded property test holds both readings to the same events.
 */
final class VoteBytes {
    private static final JsonFactory JSON = new JsonFactory();

    private VoteBytes() {
    }

    /** The event these bytes hold if it is a yes/no {@code vote-cast} or a {@code sealed-vote-cast}; else null. */
    static Event read(byte[] json) {
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String at = null;
            String proposal = null;
            String type = null;
            String voter = null;
            String choice = null;
            boolean ballot = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("ballot")) {
                    if (ballot || value != JsonToken.START_OBJECT || (choice = yesNo(p)) == null) {
                        return null;
                    }
                    ballot = true;
                    continue;
                }
                if (value != JsonToken.VALUE_STRING) {
                    return null;
                }
                String text = p.getText();
                switch (field) {
                    case "at" -> at = at == null ? text : null;
                    case "proposal" -> proposal = proposal == null ? text : null;
                    case "type" -> type = type == null ? text : null;
                    case "voter" -> voter = voter == null ? text : null;
                    default -> {
                        return null;
                    }
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null || at == null || proposal == null || voter == null
                    || type == null) {
                return null;
            }
            if (!at.endsWith("Z")) {
                return null; // the record writes every time in UTC; any other form is left to the general reading
            }
            Instant when = Instant.parse(at);
            if (type.equals("vote-cast") && ballot) {
                return new VoteCast(when, new ProposalId(proposal), new MemberId(voter), new Ballot.YesNo(Ballot.Choice.valueOf(choice)));
            }
            if (type.equals("sealed-vote-cast") && !ballot) {
                return new SealedVoteCast(when, new ProposalId(proposal), new MemberId(voter), null);
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null; // the general reading says what is wrong
        }
    }

    /** The choice of a {@code {"choice":…,"type":"yes-no"}} ballot as the enum's name, or null for any other ballot. */
    private static String yesNo(JsonParser p) throws IOException {
        String choice = null;
        String type = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            if (p.nextToken() != JsonToken.VALUE_STRING) {
                return null;
            }
            switch (field) {
                case "choice" -> choice = choice == null ? p.getText() : null;
                case "type" -> type = type == null ? p.getText() : null;
                default -> {
                    return null;
                }
            }
        }
        if (!"yes-no".equals(type) || choice == null) {
            return null;
        }
        return switch (choice) {
            case "yes" -> "YES";
            case "no" -> "NO";
            case "abstain" -> "ABSTAIN";
            default -> null;
        };
    }
}
