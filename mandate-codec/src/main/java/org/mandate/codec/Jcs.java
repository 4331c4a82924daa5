package org.mandate.codec;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * RFC 8785 (JSON Canonicalization Scheme) for the JSON Mandate writes. Object members sorted by their
 * names' UTF-16 code units, no white space, strings escaped as ECMAScript's JSON.stringify does.
 * Mandate's events hold no fractions, so numbers are integers; one beyond 2^53, where JavaScript
 * numbers stop being exact, or a fraction, is refused rather than written in a form that another
 * implementation might print differently.
 */
public final class Jcs {
    private static final long EXACT = 1L << 53;

    private Jcs() {}

    public static byte[] canonical(JsonNode node) {
        StringBuilder out = new StringBuilder(256);
        write(node, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                List<String> names = new ArrayList<>();
                node.fieldNames().forEachRemaining(names::add);
                names.sort(null); // String order is UTF-16 code unit order, as RFC 8785 asks
                out.append('{');
                for (int i = 0; i < names.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    string(names.get(i), out);
                    out.append(':');
                    write(node.get(names.get(i)), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                Iterator<JsonNode> it = node.elements();
                boolean first = true;
                while (it.hasNext()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    write(it.next(), out);
                }
                out.append(']');
            }
            case STRING -> string(node.textValue(), out);
            case BOOLEAN -> out.append(node.booleanValue());
            case NULL -> out.append("null");
            case NUMBER -> {
                if (!node.isIntegralNumber() || !node.canConvertToLong() || Math.abs(node.longValue()) > EXACT) {
                    throw new IllegalArgumentException("canonical JSON here holds integers up to 2^53 only, got " + node);
                }
                out.append(node.longValue());
            }
            default -> throw new IllegalArgumentException("cannot canonicalise " + node.getNodeType());
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
