package org.mandate.store;

/** Receives events in sequence order while {@link Store#read} streams them, so a million need not sit in memory. */
@FunctionalInterface
public interface EventSink {
    void accept(long seq, byte[] record);
}
