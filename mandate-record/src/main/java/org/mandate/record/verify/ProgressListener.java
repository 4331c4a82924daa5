package org.mandate.record.verify;

/** Told how far a long verification has come: every 65,536 events and once at the end. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total) -> { };

    void progress(long eventsDone, long eventsTotal);
}
