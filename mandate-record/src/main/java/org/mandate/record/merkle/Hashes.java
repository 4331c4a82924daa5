package org.mandate.record.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.mandate.record.RecordException;

/**
 * RFC 6962 section 2.1 hashing: leaf = SHA-256(0x00 || data), node = SHA-256(0x01 || left ||
 * right), empty tree = SHA-256(""). Static helpers for callers that hash now and then; hot
 * loops hold their own {@link Hasher} so that no thread-local lookup sits on the fast path.
 */
public final class Hashes {

    /** Length in bytes of every hash in the record. */
    public static final int SIZE = 32;

    private static final ThreadLocal<Hasher> LOCAL = ThreadLocal.withInitial(Hasher::new);

    private static final byte[] EMPTY_ROOT = sha256(new byte[0]);

    private Hashes() {
    }

    /** The root of the tree with no leaves. */
    public static byte[] emptyRoot() {
        return EMPTY_ROOT.clone();
    }

    public static byte[] leafHash(byte[] data) {
        return LOCAL.get().leaf(data, 0, data.length);
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        return LOCAL.get().node(left, right);
    }

    public static byte[] sha256(byte[] data) {
        return newSha256().digest(data);
    }

    public static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new RecordException("this JDK has no SHA-256", e);
        }
    }

    public static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }
}
