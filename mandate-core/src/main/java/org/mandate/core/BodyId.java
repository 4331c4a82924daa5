package org.mandate.core;

/** A body (an assembly or a council), named by an id chosen outside the core. */
public record BodyId(String value) implements Comparable<BodyId> {
    public BodyId {
        Ids.require(value);
    }

    public static BodyId of(String value) {
        return new BodyId(value);
    }

    @Override
    public int compareTo(BodyId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
