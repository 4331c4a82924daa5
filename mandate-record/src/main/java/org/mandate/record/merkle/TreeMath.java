package org.mandate.record.merkle;

import org.mandate.record.RecordException;

/** Index arithmetic shared by the tree and the proof verifier. */
public final class TreeMath {

    private TreeMath() {
    }

    /** The largest power of two strictly smaller than {@code n}, for {@code n > 1} (RFC 6962's k). */
    public static long splitPoint(long n) {
        if (n < 2) {
            throw new RecordException("a tree of " + n + " leaves has no split point");
        }
        return Long.highestOneBit(n - 1);
    }

    public static boolean isPowerOfTwo(long n) {
        return n > 0 && (n & (n - 1)) == 0;
    }
}
