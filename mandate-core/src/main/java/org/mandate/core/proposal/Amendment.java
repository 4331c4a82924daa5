package org.mandate.core.proposal;

import java.util.HashMap;
import java.util.Map;
import org.mandate.core.MemberId;

/**
 * A change to a proposal's text offered during deliberation. The proposer can accept it; otherwise
 * the members on the roll may support or oppose it, and when deliberation ends it is adopted if more
 * supported it than opposed it.
 */
public final class Amendment {
    public enum Status { OPEN, ACCEPTED, ADOPTED, REJECTED }

    private final String id;
    private final MemberId author;
    private final String text;
    private final Map<MemberId, Boolean> support = new HashMap<>();
    private Status status = Status.OPEN;

    public Amendment(String id, MemberId author, String text) {
        this.id = id;
        this.author = author;
        this.text = text;
    }

    public String id() { return id; }

    public MemberId author() { return author; }

    public String text() { return text; }

    public Status status() { return status; }

    public Map<MemberId, Boolean> support() { return java.util.Collections.unmodifiableMap(support); }

    public long supporters() { return support.values().stream().filter(b -> b).count(); }

    public long opponents() { return support.values().stream().filter(b -> !b).count(); }

    void record(MemberId member, boolean supports) { support.put(member, supports); }

    void settle(Status value) { status = value; }
}
