package org.mandate.record.history;

import org.mandate.record.RecordException;

/**
 * A history file that does not follow the format. {@link #truncated()} says whether it simply
 * ends too early; {@link #eventIndex()} is the event being read, or -1 in the header.
 */
public final class HistoryFormatException extends RecordException {

    private final boolean truncated;
    private final long eventIndex;

    public HistoryFormatException(String message, boolean truncated, long eventIndex) {
        super(message);
        this.truncated = truncated;
        this.eventIndex = eventIndex;
    }

    public boolean truncated() {
        return truncated;
    }

    public long eventIndex() {
        return eventIndex;
    }
}
