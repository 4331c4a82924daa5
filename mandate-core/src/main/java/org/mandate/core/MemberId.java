package org.mandate.core;

/** A member (a person with an account), named by an id chosen outside the core. */
public record MemberId(String value) implements Comparable<MemberId> {
    public MemberId {
        Ids.require(value);
    }

    public static MemberId of(String value) {
        return new MemberId(value);
    }

    @Override
    public int compareTo(MemberId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
