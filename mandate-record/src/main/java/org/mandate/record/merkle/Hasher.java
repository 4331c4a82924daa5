package org.mandate.record.merkle;

import java.security.DigestException;
import java.security.MessageDigest;

import org.mandate.record.RecordException;

/**
 * A reusable RFC 6962 hasher for one thread. Its methods can write the hash straight into a
 * caller's array, so the tree and the verifier hash millions of leaves without allocating.
 */
public final class Hasher {

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    private final MessageDigest sha = Hashes.newSha256();
    private final byte[] node = new byte[1 + 2 * Hashes.SIZE];

    public Hasher() {
        node[0] = NODE_PREFIX;
    }

    public byte[] leaf(byte[] data, int offset, int length) {
        byte[] out = new byte[Hashes.SIZE];
        leafInto(data, offset, length, out, 0);
        return out;
    }

    public void leafInto(byte[] data, int offset, int length, byte[] out, int outOffset) {
        sha.update(LEAF_PREFIX);
        sha.update(data, offset, length);
        finish(out, outOffset);
    }

    public byte[] node(byte[] left, byte[] right) {
        byte[] out = new byte[Hashes.SIZE];
        nodeInto(left, 0, right, 0, out, 0);
        return out;
    }

    public void nodeInto(byte[] left, int leftOffset, byte[] right, int rightOffset, byte[] out, int outOffset) {
        // One update of 65 bytes instead of three: half the cost of a node hash is call overhead.
        System.arraycopy(left, leftOffset, node, 1, Hashes.SIZE);
        System.arraycopy(right, rightOffset, node, 1 + Hashes.SIZE, Hashes.SIZE);
        sha.update(node, 0, node.length);
        finish(out, outOffset);
    }

    private void finish(byte[] out, int outOffset) {
        try {
            sha.digest(out, outOffset, Hashes.SIZE);
        } catch (DigestException e) {
            throw new RecordException("SHA-256 refused a 32-byte output buffer", e);
        }
    }
}
