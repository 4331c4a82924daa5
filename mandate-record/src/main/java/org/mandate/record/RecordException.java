package org.mandate.record;

/**
 * The one unchecked root for failures of the record module: bugs, broken invariants and
 * infrastructure trouble (I/O, a missing JDK algorithm). Bad input from outside is reported with
 * a message that says what was wrong with it, never with a bare stack trace.
 */
public class RecordException extends RuntimeException {

    public RecordException(String message) {
        super(message);
    }

    public RecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
