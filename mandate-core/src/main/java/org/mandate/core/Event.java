package org.mandate.core;

import java.time.Instant;

/**
 * A fact the record keeps: something accepted. Each concept has its own sealed family of events.
 * Every event carries the time it happened, taken from the command's context, so replay needs no clock.
 */
public interface Event {
    Instant at();
}
