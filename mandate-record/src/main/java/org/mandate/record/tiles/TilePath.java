package org.mandate.record.tiles;

import java.util.Optional;

/**
 * One tile or entry-bundle resource: {@code tile/<L>/<N>[.p/<W>]} or
 * {@code tile/entries/<N>[.p/<W>]}. The index N is written in 3-digit groups, all but the last
 * prefixed with {@code x} (1234067 is {@code x001/x234/067}), so that a directory never holds
 * both a file and a subdirectory of one name.
 */
public record TilePath(int level, long index, int width) {

    /** The level value that stands for entry bundles rather than hash tiles. */
    public static final int ENTRIES = -1;
    public static final int FULL_WIDTH = 256;

    public TilePath {
        if (level < ENTRIES || level > 63) {
            throw new org.mandate.record.RecordException("tile level " + level + " is not 0..63");
        }
        if (index < 0 || width < 1 || width > FULL_WIDTH) {
            throw new org.mandate.record.RecordException("tile index " + index + " width " + width + " is out of range");
        }
    }

    public boolean isEntries() {
        return level == ENTRIES;
    }

    public boolean isPartial() {
        return width < FULL_WIDTH;
    }

    /** The path relative to the log prefix, e.g. {@code tile/0/x001/234.p/17}. */
    public String path() {
        StringBuilder out = new StringBuilder("tile/").append(isEntries() ? "entries" : Integer.toString(level)).append('/');
        out.append(encodeIndex(index));
        if (isPartial()) {
            out.append(".p/").append(width);
        }
        return out.toString();
    }

    static String encodeIndex(long n) {
        String groups = "";
        long rest = n;
        do {
            String group = String.format("%03d", rest % 1000);
            groups = groups.isEmpty() ? group : "x" + group + "/" + groups;
            rest /= 1000;
        } while (rest > 0);
        return groups;
    }

    /** Parses a path as served; empty if it is not a well-formed tile or entry-bundle path. */
    public static Optional<TilePath> parse(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        if (!p.startsWith("tile/")) {
            return Optional.empty();
        }
        String[] parts = p.substring(5).split("/", -1);
        if (parts.length < 2) {
            return Optional.empty();
        }
        int level;
        if (parts[0].equals("entries")) {
            level = ENTRIES;
        } else if (parts[0].matches("0|[1-9][0-9]?")) {
            level = Integer.parseInt(parts[0]);
        } else {
            return Optional.empty();
        }
        int end = parts.length;
        int width = FULL_WIDTH;
        if (end >= 3 && parts[end - 2].endsWith(".p")) {
            if (!parts[end - 1].matches("[1-9][0-9]{0,2}") || Integer.parseInt(parts[end - 1]) > 255) {
                return Optional.empty();
            }
            width = Integer.parseInt(parts[end - 1]);
            parts[end - 2] = parts[end - 2].substring(0, parts[end - 2].length() - 2);
            end--;
        }
        long index = 0;
        for (int i = 1; i < end; i++) {
            boolean last = i == end - 1;
            String g = parts[i];
            if (!(last ? g.matches("[0-9]{3}") : g.matches("x[0-9]{3}"))) {
                return Optional.empty();
            }
            if (index > (Long.MAX_VALUE - 999) / 1000) {
                return Optional.empty();
            }
            index = index * 1000 + Integer.parseInt(last ? g : g.substring(1));
        }
        // The encoding is canonical: no leading x000 groups.
        if (end > 2 && parts[1].equals("x000")) {
            return Optional.empty();
        }
        if (level > 63) {
            return Optional.empty();
        }
        return Optional.of(new TilePath(level, index, width));
    }
}
