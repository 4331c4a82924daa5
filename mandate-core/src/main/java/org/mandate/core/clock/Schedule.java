package org.mandate.core.clock;

import java.time.Instant;
import java.util.TreeSet;

/** What will fall due, in order. */
public final class Schedule {
    private final TreeSet<Due> items = new TreeSet<>();

    public void add(Due due) {
        items.add(due);
    }

    public void remove(Due due) {
        items.remove(due);
    }

    /** The earliest item due at or before {@code now}, or null. */
    public Due next(Instant now) {
        if (items.isEmpty()) {
            return null;
        }
        Due first = items.first();
        return first.at().isAfter(now) ? null : first;
    }

    public int size() {
        return items.size();
    }
}
