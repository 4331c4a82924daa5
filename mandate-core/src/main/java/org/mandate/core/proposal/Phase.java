package org.mandate.core.proposal;

/** Where a proposal stands. Each step is an event; none is computed from the clock by a query. */
public enum Phase {
    DRAFT("a draft"), DELIBERATION("in deliberation"), VOTING("open for voting"), CLOSED("closed");

    private final String words;

    Phase(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
