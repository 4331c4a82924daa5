package org.mandate.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.mandate.codec.Codec;

/**
 * The small JSON objects the account and session routes take, read strictly, as the codec reads
 * commands: every field is a string, a field not listed is an error rather than ignored, and a missing
 * one is named. Bad input is answered here, once, as problem+json; nothing has been done by then.
 */
final class JsonInput {
    private JsonInput() {}

    /**
     * The request's body as an object with exactly the {@code required} string fields and any of the
     * {@code optional} ones; otherwise answers 400 (or 413) and returns empty.
     */
    static Optional<ObjectNode> object(Context ctx, Codec codec, List<String> required, List<String> optional) {
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length > ApiServer.MAX_BODY) {
            Problems.tooLarge(ctx, codec);
            return Optional.empty();
        }
        JsonNode node;
        try {
            node = codec.mapper().readTree(bytes);
        } catch (JsonProcessingException e) {
            return bad(ctx, codec, "the body is not valid JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            return bad(ctx, codec, "the body could not be read");
        }
        if (node == null || !node.isObject()) {
            return bad(ctx, codec, "the body must be a JSON object");
        }
        List<String> allowed = new ArrayList<>(required);
        allowed.addAll(optional);
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!allowed.contains(name)) {
                return bad(ctx, codec, "unknown field '" + name + "'; this request takes " + String.join(", ", allowed));
            }
            JsonNode value = node.get(name);
            if (!value.isTextual() && !(value.isNull() && optional.contains(name))) {
                return bad(ctx, codec, "'" + name + "' must be a string");
            }
        }
        for (String name : required) {
            if (!node.hasNonNull(name)) {
                return bad(ctx, codec, "'" + name + "' is missing");
            }
        }
        return Optional.of((ObjectNode) node);
    }

    /** The field's text, or null when an optional field is left out. */
    static String text(ObjectNode body, String field) {
        JsonNode v = body.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }

    private static Optional<ObjectNode> bad(Context ctx, Codec codec, String detail) {
        Problems.of(ctx, codec, 400, "BadRequest", detail);
        return Optional.empty();
    }
}
