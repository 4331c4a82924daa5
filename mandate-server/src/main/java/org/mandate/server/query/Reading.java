package org.mandate.server.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.mandate.core.Federation;
import org.mandate.server.read.Indexes;

/**
 * One query's view of the read model, valid only inside {@code ReadModel.read}: the state, the readers'
 * indexes, who is reading, and the mapper that turns the core's records into their wire form (the same
 * names and shapes as the command vocabulary).
 */
public record Reading(Federation state, Indexes indexes, ReadAccess access, ObjectMapper json) {

    public ObjectNode object() {
        return json.createObjectNode();
    }

    public ArrayNode array() {
        return json.createArrayNode();
    }

    /** A core record in its wire form: charters, rules, motions, ballots, instructions, results. */
    public com.fasterxml.jackson.databind.JsonNode tree(Object value) {
        return json.valueToTree(value);
    }

    /** The answer's own position: how many events the state it was read from has folded. */
    public long position() {
        return state.eventCount();
    }

    /** A found document, stamped with the position it reflects. */
    public Answer.Found found(ObjectNode node) {
        node.put("position", position());
        return new Answer.Found(node);
    }

    static void time(ObjectNode node, String field, Instant at) {
        if (at != null) {
            node.put(field, at.toString());
        }
    }

    static void text(ObjectNode node, String field, Object value) {
        if (value != null) {
            node.put(field, value.toString());
        }
    }
}
