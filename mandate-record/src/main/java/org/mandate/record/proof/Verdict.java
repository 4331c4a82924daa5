package org.mandate.record.proof;

/** The outcome of a check: it holds, or it fails for the stated reason. */
public record Verdict(boolean ok, String reason) {

    private static final Verdict OK = new Verdict(true, "holds");

    public static Verdict holds() {
        return OK;
    }

    public static Verdict fails(String reason) {
        return new Verdict(false, reason);
    }
}
