package org.mandate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Set;
import org.mandate.codec.Codec;
import org.mandate.codec.CodecException;
import org.mandate.core.Command;
import org.mandate.core.Context;
import org.mandate.core.Ids;
import org.mandate.core.MemberId;

/**
 * One line of a script: {@code {"at": ISO-8601 time, "by": member id, "command": {...}}}. {@code by}
 * is left out only for the clock's {@code tick}.
 */
record ScriptLine(Context context, Command command) {
    private static final Set<String> FIELDS = Set.of("at", "by", "command");

    static ScriptLine parse(Codec codec, String text) {
        JsonNode node;
        try {
            node = codec.mapper().readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CodecException("not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new CodecException("each line must be a JSON object with \"at\", \"by\" and \"command\"");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw new CodecException("unknown field '" + f + "'; a line has \"at\", \"by\" and \"command\"");
            }
        }
        JsonNode at = node.get("at");
        if (at == null || !at.isTextual()) {
            throw new CodecException("the line needs \"at\", the time as ISO 8601 (for example 2026-03-01T09:00:00Z)");
        }
        Instant now;
        try {
            now = Instant.parse(at.asText());
        } catch (DateTimeParseException e) {
            throw new CodecException("\"at\" is not an ISO 8601 time: '" + at.asText() + "'");
        }
        JsonNode by = node.get("by");
        MemberId actor = null;
        if (by != null && !by.isNull()) {
            if (!by.isTextual() || !Ids.valid(by.asText())) {
                throw new CodecException("\"by\" must be a member id");
            }
            actor = new MemberId(by.asText());
        }
        JsonNode command = node.get("command");
        if (command == null) {
            throw new CodecException("the line needs \"command\"");
        }
        return new ScriptLine(new Context(actor, now), codec.readCommand(command));
    }
}
