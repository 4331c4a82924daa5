package org.mandate.record.checkpoint;

import org.mandate.record.RecordException;

/** A checkpoint, signed note or key string that does not follow its format; the message says how. */
public final class MalformedNoteException extends RecordException {

    public MalformedNoteException(String message) {
        super(message);
    }
}
