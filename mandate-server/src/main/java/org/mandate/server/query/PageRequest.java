package org.mandate.server.query;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A page asked for: at most {@code limit} items after an opaque cursor. A cursor is the last key shown
 * (an id, or a position in a list that only grows), encoded so callers pass it back rather than build
 * one; it stays valid however the collection grows, so a walk sees every item once.
 */
public record PageRequest(int limit, String after) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    /** What is wrong with {@code ?limit=} and {@code ?after=}, or null if nothing. */
    public static Answer.Problem problem(String limit, String after) {
        if (limit != null && parseLimit(limit) < 0) {
            return Answer.badRequest("BadLimit", "'limit' must be a whole number from 1 to " + MAX_LIMIT + "; got '" + limit + "'");
        }
        if (after != null && decode(after) == null) {
            return Answer.badRequest("BadCursor", "'after' must be a cursor this server gave as 'next'; got '" + after + "'");
        }
        return null;
    }

    /** A request from parameters {@link #problem} found sound. */
    public static PageRequest of(String limit, String after) {
        return new PageRequest(limit == null ? DEFAULT_LIMIT : parseLimit(limit), after == null ? null : decode(after));
    }

    private static int parseLimit(String text) {
        if (text.isEmpty() || text.length() > 3 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        int n = Integer.parseInt(text);
        return n >= 1 && n <= MAX_LIMIT ? n : -1;
    }

    public static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("k:" + key).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        try {
            String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            return s.startsWith("k:") ? s.substring(2) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * For a list that only grows, read newest first: the position just past the next item to show. A
     * cursor that is not a position within the list is answered as the end of the list.
     */
    public int before(int size) {
        if (after == null) {
            return size;
        }
        try {
            int i = Integer.parseInt(after);
            return i >= 0 && i <= size ? i : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * A page of a list that only grows, newest first; {@code render} gives an item's JSON, or null to
     * pass over an item this caller may not read.
     */
    public <T> Answer.Found newestFirst(Reading r, java.util.List<T> all, java.util.function.Function<T, ObjectNode> render) {
        ArrayNode items = r.array();
        int i = before(all.size());
        while (i > 0 && items.size() < limit) {
            ObjectNode item = render.apply(all.get(--i));
            if (item != null) {
                items.add(item);
            }
        }
        return new Answer.Found(page(r, items, i > 0 ? Integer.toString(i) : null));
    }

    /** The answer: {@code {"items": [...], "next": cursor or null, "position": N}}. */
    public static ObjectNode page(Reading r, ArrayNode items, String nextKey) {
        ObjectNode node = r.object();
        node.set("items", items);
        if (nextKey == null) {
            node.putNull("next");
        } else {
            node.put("next", encode(nextKey));
        }
        node.put("position", r.position());
        return node;
    }
}
