package org.mandate.core.charter;

import java.math.BigInteger;

/**
 * An exact fraction such as 1/2 or 2/3, used for quorums and thresholds. Comparisons cross-multiply,
 * so no rounding ever decides a vote.
 */
public record Share(long numerator, long denominator) {
    public static final Share ZERO = new Share(0, 1);
    public static final Share HALF = new Share(1, 2);
    public static final Share TWO_THIRDS = new Share(2, 3);

    public Share {
        if (denominator <= 0 || numerator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("a share is a fraction from 0 to 1, got " + numerator + "/" + denominator);
        }
    }

    public static Share of(long numerator, long denominator) {
        return new Share(numerator, denominator);
    }

    /** part / whole &gt; this share. */
    public boolean exceededBy(long part, long whole) {
        return compare(part, whole) > 0;
    }

    /** part / whole &ge; this share. */
    public boolean reachedBy(long part, long whole) {
        return compare(part, whole) >= 0;
    }

    /** Whether this share is more than one half: what "qualified majority" means here. */
    public boolean isQualified() {
        return 2 * numerator > denominator;
    }

    private int compare(long part, long whole) {
        return BigInteger.valueOf(part).multiply(BigInteger.valueOf(denominator))
                .compareTo(BigInteger.valueOf(whole).multiply(BigInteger.valueOf(numerator)));
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
