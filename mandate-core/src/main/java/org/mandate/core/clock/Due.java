package org.mandate.core.clock;

import java.time.Instant;
import java.util.Comparator;

/**
 * Something that falls due at a time: {@code what} names the kind, {@code key} the thing (a proposal
 * id, or a body and applicant). Ordered by time, then kind, then key, so ticks are deterministic.
 */
public record Due(Instant at, What what, String key) implements Comparable<Due> {

    public enum What { OPEN_VOTING, CLOSE_VOTING, OBJECTIONS_END, TERM_END, OFFICE_TERM_END, CONGRESS_END }

    private static final Comparator<Due> ORDER = Comparator.comparing(Due::at)
            .thenComparing(Due::what).thenComparing(Due::key);

    @Override
    public int compareTo(Due o) {
        return ORDER.compare(this, o);
    }
}
