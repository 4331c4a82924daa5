package org.mandate.server.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Who took part in one vote, sorted by voter, so a page of them costs its own size. While the vote runs
 * the names sit in a tree; at the close they are frozen into a sorted array, a fifth of the memory, since
 * every closed vote is kept for as long as the federation exists.
 */
public final class Voters {
    private TreeSet<String> open = new TreeSet<>();
    private String[] closed;

    void add(String voter) {
        if (open != null) {
            open.add(voter);
        }
    }

    void removeAll(Collection<String> voters) {
        if (open != null) {
            open.removeAll(voters);
        }
    }

    /** Replaces the names by the vote's own: for the rare event whose effect on the roll of voters is not one name. */
    void reset(Collection<String> voters) {
        if (open != null) {
            open = new TreeSet<>(voters);
        } else {
            closed = voters.stream().sorted().toArray(String[]::new);
        }
    }

    void freeze() {
        if (open != null) {
            closed = open.toArray(String[]::new);
            open = null;
        }
    }

    public int size() {
        return open != null ? open.size() : closed.length;
    }

    /** Up to {@code limit} voters after {@code after} (from the first when null), in order. */
    public List<String> after(String after, int limit) {
        List<String> out = new ArrayList<>(Math.min(limit, size()));
        if (open != null) {
            for (String v : after == null ? open : open.tailSet(after, false)) {
                if (out.size() == limit) {
                    break;
                }
                out.add(v);
            }
            return out;
        }
        int i = after == null ? 0 : Arrays.binarySearch(closed, after);
        if (after != null) {
            i = i >= 0 ? i + 1 : -i - 1;
        }
        for (; i < closed.length && out.size() < limit; i++) {
            out.add(closed[i]);
        }
        return out;
    }
}
