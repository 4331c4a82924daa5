package org.mandate.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import org.mandate.core.MandateException;

/**
 * The API's OpenAPI 3.1 document, assembled from fragments so that each group of routes describes itself
 * in its own file: {@code openapi/base.json} holds what is shared, and every file listed in
 * {@code openapi/fragments.txt} adds its {@code paths} and {@code components}. A path and method, or a
 * component, described twice is a mistake in the fragments, and the server refuses to start on it.
 */
final class OpenApi {
    private static final String DIR = "openapi/";

    private OpenApi() {}

    static String document(ObjectMapper mapper) {
        ObjectNode doc = (ObjectNode) read(mapper, "base.json");
        for (String line : text("fragments.txt").split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                merge(doc, read(mapper, name), name);
            }
        }
        return doc.toString();
    }

    private static void merge(ObjectNode doc, JsonNode fragment, String name) {
        ObjectNode paths = doc.withObjectProperty("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = fragment.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            ObjectNode into = paths.withObjectProperty(path.getKey());
            path.getValue().fields().forEachRemaining(op -> {
                if (into.has(op.getKey())) {
                    throw new MandateException(name + " describes " + op.getKey() + " " + path.getKey() + " again");
                }
                into.set(op.getKey(), op.getValue());
            });
        }
        ObjectNode components = doc.withObjectProperty("components");
        for (Iterator<Map.Entry<String, JsonNode>> it = fragment.path("components").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> kind = it.next();
            ObjectNode into = components.withObjectProperty(kind.getKey());
            kind.getValue().fields().forEachRemaining(c -> {
                if (into.has(c.getKey())) {
                    throw new MandateException(name + " defines components." + kind.getKey() + "." + c.getKey() + " again");
                }
                into.set(c.getKey(), c.getValue());
            });
        }
    }

    private static JsonNode read(ObjectMapper mapper, String name) {
        try {
            return mapper.readTree(text(name));
        } catch (IOException e) {
            throw new MandateException("the OpenAPI fragment " + name + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static String text(String name) {
        try (InputStream in = OpenApi.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new MandateException("the OpenAPI fragment " + DIR + name + " is missing from the server's resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MandateException("cannot read the OpenAPI fragment " + name, e);
        }
    }
}
