package org.mandate.record.checkpoint;

import org.mandate.record.RecordException;

/**
 * Thrown instead of signing a checkpoint that does not extend the last one signed. Reaching it
 * means the log's data diverged from what it already vouched for: a bug or a damaged store,
 * which signing would turn into a public fork.
 */
public final class InconsistentCheckpointException extends RecordException {

    public InconsistentCheckpointException(String message) {
        super(message);
    }
}
