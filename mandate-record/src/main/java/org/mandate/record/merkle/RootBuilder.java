package org.mandate.record.merkle;

import java.util.Arrays;

/**
 * Computes the root of a tree whose leaf hashes arrive one by one, keeping only the O(log n)
 * roots of its complete left subtrees (the right edge of the tree). The verifier streams a
 * history of any length through this in constant memory.
 */
public final class RootBuilder {

    private final Hasher hasher = new Hasher();
    // Slot l holds the root of the complete subtree of 2^l leaves when bit l of size is set.
    private final byte[] frontier = new byte[64 * Hashes.SIZE];
    private final byte[] carry = new byte[Hashes.SIZE];
    private long size;

    public long size() {
        return size;
    }

    public void addLeafHash(byte[] hash, int offset) {
        System.arraycopy(hash, offset, carry, 0, Hashes.SIZE);
        int level = 0;
        while ((size & (1L << level)) != 0) {
            hasher.nodeInto(frontier, level * Hashes.SIZE, carry, 0, carry, 0);
            level++;
        }
        System.arraycopy(carry, 0, frontier, level * Hashes.SIZE, Hashes.SIZE);
        size++;
    }

    /** The root of the leaves added so far. */
    public byte[] root() {
        if (size == 0) {
            return Hashes.emptyRoot();
        }
        int level = Long.numberOfTrailingZeros(size);
        byte[] acc = Arrays.copyOfRange(frontier, level * Hashes.SIZE, (level + 1) * Hashes.SIZE);
        for (level++; level < 64; level++) {
            if ((size & (1L << level)) != 0) {
                hasher.nodeInto(frontier, level * Hashes.SIZE, acc, 0, acc, 0);
            }
        }
        return acc;
    }
}
