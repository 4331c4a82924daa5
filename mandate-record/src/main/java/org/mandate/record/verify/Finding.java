package org.mandate.record.verify;

/**
 * One thing found wrong. {@code index} is the event it concerns, or -1 when it concerns the
 * history as a whole; {@code sentence} says what is wrong in words a member can act on.
 */
public record Finding(FindingKind kind, long index, String sentence) {

    public static Finding of(FindingKind kind, String sentence) {
        return new Finding(kind, -1, sentence);
    }

    public static Finding at(FindingKind kind, long index, String sentence) {
        return new Finding(kind, index, sentence);
    }

    @Override
    public String toString() {
        return kind + (index >= 0 ? " at event " + index : "") + ": " + sentence;
    }
}
