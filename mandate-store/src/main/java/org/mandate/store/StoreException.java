package org.mandate.store;

/**
 * The one error the store raises: the database is unreachable, a batch does not continue the log, a read
 * asks for events that are not there, or the database refused a write. Unchecked because no caller can
 * recover in place: the server refuses the command (nothing was stored) and reports the message.
 */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
