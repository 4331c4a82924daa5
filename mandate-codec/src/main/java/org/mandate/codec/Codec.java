package org.mandate.codec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import org.mandate.core.Command;
import org.mandate.core.Event;
import org.mandate.core.proposal.ProposalEvent.SealedVoteCast;
import org.mandate.core.rule.Rejection;

/**
 * Reads and writes commands, events and rejections as JSON. Thread-safe; one instance serves a process.
 *
 * <p>Two forms of an event exist. The <em>full</em> form is everything, sealed ballots included, for
 * the store's private keeping. The <em>record</em> form is what the public log holds and hashes: the
 * full form less any sealed ballot, in RFC 8785 canonical bytes.
 */
public final class Codec {
    private final ObjectMapper mapper = MandateJson.create();
    private final com.fasterxml.jackson.databind.ObjectReader eventReader = mapper.readerFor(Event.class);
    private final com.fasterxml.jackson.databind.ObjectReader commandReader = mapper.readerFor(Command.class);

    public ObjectMapper mapper() {
        return mapper;
    }

    public Command readCommand(String json) {
        return read(json, Command.class, "command", Vocabulary.COMMANDS.keySet());
    }

    /**
     * Reads a command from a request's bytes, binding straight from them (the server reads one per
     * request, and the detour through a string and a tree cost more than the rest of the request's
     * decoding). Whatever the direct binding refuses is read again by {@link #readCommand(String)}, so
     * bad input is refused alike, with the same message naming what is wrong.
     */
    public Command readCommand(byte[] json) {
        try {
            return commandReader.readValue(json);
        } catch (java.io.IOException | RuntimeException e) {
            return readCommand(new String(json, StandardCharsets.UTF_8));
        }
    }

    public Command readCommand(JsonNode node) {
        return read(node, Command.class, "command", Vocabulary.COMMANDS.keySet());
    }

    public String writeCommand(Command command) {
        return write(command, Command.class);
    }

    public Event readEvent(String json) {
        return read(json, Event.class, "event", Vocabulary.EVENTS.keySet());
    }

    /**
     * Reads an event from its stored bytes, binding straight from them: a restart decodes every event
     * of the log, so the detour through a string and a tree would cost more than the rest of the fold.
     */
    public Event readEvent(byte[] json) {
        Event vote = VoteBytes.read(json);
        if (vote != null) {
            return vote;
        }
        try {
            return eventReader.readValue(json);
        } catch (java.io.IOException e) {
            // a clear message for bad bytes: the slower path names the field or type that is wrong
            return readEvent(new String(json, StandardCharsets.UTF_8));
        }
    }

    /** The full form of an event, sealed ballot included. */
    public String writeEvent(Event event) {
        return write(event, Event.class);
    }

    /** The bytes the public record keeps and hashes: canonical JSON, without any sealed ballot. */
    public byte[] recordBytes(Event event) {
        ObjectNode node = (ObjectNode) eventNode(event);
        if (event instanceof SealedVoteCast) {
            node.remove("sealed");
        }
        return Jcs.canonical(node);
    }

    /** The full form of an event as a JSON tree, with its type. */
    public JsonNode eventNode(Event event) {
        return typed(event, Event.class);
    }

    /** A rejection as JSON: its rule, its sentence, and the facts it names. */
    public ObjectNode rejection(Rejection rejection) {
        ObjectNode node = mapper.createObjectNode();
        node.put("rule", rejection.rule());
        node.put("message", rejection.message());
        for (RecordComponent c : rejection.getClass().getRecordComponents()) {
            try {
                Object value = c.getAccessor().invoke(rejection);
                if (value != null) {
                    node.set(c.getName(), mapper.valueToTree(value));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + c, e);
            }
        }
        return node;
    }

    /**
     * The value as a tree, with the type name its base class gives it. Through a token buffer rather than
     * a string: the writer stamps every command's events this way, and printing and parsing the text
     * again cost more than the rest.
     */
    private JsonNode typed(Object value, Class<?> base) {
        try (TokenBuffer buffer = new TokenBuffer(mapper, false)) {
            mapper.writerFor(base).writeValue(buffer, value);
            try (JsonParser tokens = buffer.asParser()) {
                return mapper.readTree(tokens);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot write " + value, e);
        }
    }

    private String write(Object value, Class<?> base) {
        try {
            return mapper.writerFor(base).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value, e);
        }
    }

    private <T> T read(String json, Class<T> base, String what, java.util.Set<String> known) {
        JsonNode node;
        try {
            node = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new CodecException("not valid JSON: " + e.getOriginalMessage());
        }
        return read(node, base, what, known);
    }

    private <T> T read(JsonNode node, Class<T> base, String what, java.util.Set<String> known) {
        if (node == null || !node.isObject()) {
            throw new CodecException("a " + what + " must be a JSON object");
        }
        JsonNode type = node.get("type");
        if (type == null || !type.isTextual()) {
            throw new CodecException("a " + what + " needs a \"type\"");
        }
        if (!known.contains(type.asText())) {
            throw new CodecException("unknown " + what + " type '" + type.asText() + "'");
        }
        try {
            return mapper.treeToValue(node, base);
        } catch (InvalidTypeIdException e) {
            throw new CodecException("unknown type '" + e.getTypeId() + "' at " + path(e));
        } catch (UnrecognizedPropertyException e) {
            throw new CodecException("unknown field '" + e.getPropertyName() + "' at " + path(e));
        } catch (MismatchedInputException e) {
            throw new CodecException(e.getOriginalMessage() + " at " + path(e));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m
                    && m.getCause() instanceof com.fasterxml.jackson.core.exc.InputCoercionException c) {
                // a whole number too large for its field (an amount beyond a long): say which field
                throw new CodecException(c.getOriginalMessage() + " at " + path(m));
            }
            throw new CodecException("cannot read this " + what + ": " + e.getMessage());
        }
    }

    private static String path(com.fasterxml.jackson.databind.JsonMappingException e) {
        StringBuilder out = new StringBuilder("$");
        for (var ref : e.getPath()) {
            out.append(ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]");
        }
        return out.toString();
    }
}
