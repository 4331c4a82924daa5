package org.mandate.record.merkle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.mandate.record.RecordException;

/**
 * The append-only RFC 6962 tree of the log, in memory. Level 0 holds the leaf hashes; level
 * {@code l} holds the hash of every complete, aligned subtree of 2^l leaves, written the moment
 * its last leaf arrives. Every hash a root, proof or tile needs is therefore either stored or
 * folded from at most 64 stored ones, and nothing already stored ever changes.
 *
 * <p>One writer appends; readers (roots, proofs, tiles) run on other threads and never take a
 * lock, so the writer never waits for them. Appending writes every new hash first and then the
 * new size into a volatile field, once per batch. A reader reads that size first and only asks
 * for sizes up to it; every hash of a tree of that size was written before the size was
 * published, and stored hashes never change, so the reader sees them whole (Java memory model:
 * the volatile write and read order them). Writers hold the object's lock among themselves only.
 */
public final class MerkleTree {

    /** The largest event the record accepts: entry bundles carry a uint16 length. */
    public static final int MAX_ENTRY_BYTES = 0xFFFF;

    /** One array per height; a tree of 2^63 leaves needs 63 levels above the leaves. */
    private final HashArray[] levels = new HashArray[64];
    /** The writer's own hasher; readers hash on their threads with {@link Hashes}. */
    private final Hasher hasher = new Hasher();
    /** The published size: every hash of every tree up to this size is stored. */
    private volatile long size;

    public MerkleTree() {
        for (int i = 0; i < levels.length; i++) {
            levels[i] = new HashArray();
        }
    }

    /**
     * Appends a batch of events, whole or not at all, and returns the new tree size. The store
     * calls this for the batch it covers with one fsync; the caller acknowledges events only once
     * they are durable, which is its business, not the tree's.
     *
     * @throws EntryTooLargeException if any event exceeds {@link #MAX_ENTRY_BYTES}; nothing is appended then
     */
    public synchronized long append(List<byte[]> events) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).length > MAX_ENTRY_BYTES) {
                throw new EntryTooLargeException(i, events.get(i).length);
            }
        }
        HashArray leaves = levels[0];
        for (byte[] event : events) {
            long index = leaves.count();
            byte[] chunk = leaves.appendSlot();
            hasher.leafInto(event, 0, event.length, chunk, HashArray.offset(index));
            completeSubtrees(index);
        }
        size = leaves.count();
        return size;
    }

    /** Appends one event; see {@link #append(List)}. */
    public long append(byte[] event) {
        return append(List.of(event));
    }

    /** Appends a leaf whose hash the caller already has, e.g. when rebuilding from a verified store. */
    public synchronized long appendLeafHash(byte[] leafHash) {
        if (leafHash.length != Hashes.SIZE) {
            throw new RecordException("a leaf hash has " + Hashes.SIZE + " bytes, not " + leafHash.length);
        }
        HashArray leaves = levels[0];
        long index = leaves.count();
        System.arraycopy(leafHash, 0, leaves.appendSlot(), HashArray.offset(index), Hashes.SIZE);
        completeSubtrees(index);
        size = leaves.count();
        return size;
    }

    // A leaf with an odd index closes a pair; the parent may close a pair one level up, and so on.
    private void completeSubtrees(long leafIndex) {
        long index = leafIndex;
        int level = 0;
        while ((index & 1) == 1) {
            HashArray below = levels[level];
            HashArray above = levels[level + 1];
            long parent = index >>> 1;
            byte[] out = above.appendSlot();
            // Siblings 2p and 2p+1 always share a chunk: chunks hold an even number of hashes.
            byte[] in = below.chunk(index);
            hasher.nodeInto(in, HashArray.offset(index - 1), in, HashArray.offset(index), out, HashArray.offset(parent));
            index = parent;
            level++;
        }
    }

    public long size() {
        return size;
    }

    public byte[] root() {
        return root(size);
    }

    /** The root the tree had when it held {@code treeSize} leaves. */
    public byte[] root(long treeSize) {
        checkSize(treeSize);
        return treeSize == 0 ? Hashes.emptyRoot() : subtreeHash(0, treeSize);
    }

    public byte[] leafHash(long index) {
        checkIndex(index, size);
        return levels[0].get(index);
    }

    /**
     * Copies {@code count} stored hashes of {@code level} starting at {@code from}: the hashes of
     * the complete subtrees of 2^level leaves. Tiles are slices of these.
     */
    public void copyLevel(int level, long from, int count, byte[] out, int outOffset) {
        // Level l of the published tree holds one hash per complete, aligned run of 2^l leaves.
        if (level < 0 || level >= levels.length || from < 0 || count < 0 || from + count > size >>> level) {
            throw new RecordException("level " + level + " holds no hashes " + from + ".." + (from + count - 1));
        }
        levels[level].copy(from, count, out, outOffset);
    }

    /** RFC 9162 section 2.1.3.1: the inclusion proof of leaf {@code index} in the tree of {@code treeSize}. */
    public List<byte[]> inclusionProof(long index, long treeSize) {
        checkSize(treeSize);
        checkIndex(index, treeSize);
        List<byte[]> proof = new ArrayList<>();
        long start = 0;
        long end = treeSize;
        // Walk from the root down; siblings are collected top first and reversed at the end.
        while (end - start > 1) {
            long k = TreeMath.splitPoint(end - start);
            if (index < start + k) {
                proof.add(subtreeHash(start + k, end));
                end = start + k;
            } else {
                proof.add(subtreeHash(start, start + k));
                start = start + k;
            }
        }
        Collections.reverse(proof);
        return proof;
    }

    /** RFC 9162 section 2.1.4.1: the proof that the tree of {@code size2} extends the tree of {@code size1}. */
    public List<byte[]> consistencyProof(long size1, long size2) {
        checkSize(size2);
        if (size1 < 0 || size1 > size2) {
            throw new RecordException("no consistency proof from size " + size1 + " to size " + size2);
        }
        List<byte[]> proof = new ArrayList<>();
        if (size1 == 0 || size1 == size2) {
            return proof;
        }
        subproof(size1, 0, size2, true, proof);
        return proof;
    }

    private void subproof(long m, long start, long end, boolean startsAtOldRoot, List<byte[]> out) {
        long n = end - start;
        if (m == n) {
            if (!startsAtOldRoot) {
                out.add(subtreeHash(start, end));
            }
            return;
        }
        long k = TreeMath.splitPoint(n);
        if (m <= k) {
            subproof(m, start, start + k, startsAtOldRoot, out);
            out.add(subtreeHash(start + k, end));
        } else {
            subproof(m - k, start + k, end, false, out);
            out.add(subtreeHash(start, start + k));
        }
    }

    /**
     * MTH(D[start:end]). Ranges reached from the RFC's recursion start at a multiple of their own
     * split point, so a power-of-two range is always a stored complete subtree.
     */
    private byte[] subtreeHash(long start, long end) {
        long n = end - start;
        if (TreeMath.isPowerOfTwo(n) && start % n == 0) {
            int level = Long.numberOfTrailingZeros(n);
            return levels[level].get(start >>> level);
        }
        long k = TreeMath.splitPoint(n);
        // Any thread may be here: the thread's own hasher, never the writer's.
        return Hashes.nodeHash(subtreeHash(start, start + k), subtreeHash(start + k, end));
    }

    /** Every reader passes here first: this volatile read is what makes the hashes below {@code treeSize} visible. */
    private void checkSize(long treeSize) {
        long published = size;
        if (treeSize < 0 || treeSize > published) {
            throw new RecordException("the tree has " + published + " leaves; size " + treeSize + " is not one it had");
        }
    }

    private static void checkIndex(long index, long treeSize) {
        if (index < 0 || index >= treeSize) {
            throw new RecordException("leaf " + index + " is not in a tree of " + treeSize + " leaves");
        }
    }
}
