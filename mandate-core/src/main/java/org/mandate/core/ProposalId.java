package org.mandate.core;

/** A proposal put to a body, named by an id chosen outside the core. */
public record ProposalId(String value) implements Comparable<ProposalId> {
    public ProposalId {
        Ids.require(value);
    }

    public static ProposalId of(String value) {
        return new ProposalId(value);
    }

    @Override
    public int compareTo(ProposalId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
