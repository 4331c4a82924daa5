package org.mandate.record.tiles;

/**
 * Where entry bundles read the events from: the store, which keeps the exact bytes that were
 * hashed. The record keeps hashes only.
 */
@FunctionalInterface
public interface EntrySource {

    /** The stored bytes of event {@code index}, exactly as appended. */
    byte[] entry(long index);
}
