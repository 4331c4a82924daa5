package org.mandate.core.count;

/** Exact integer helpers shared by the counts. Doubles never enter a count. */
final class Exact {

    private Exact() {
    }

    /** Sign of {@code a*b - c*d} for non-negative operands, without overflow. */
    static int compareProducts(long a, long b, long c, long d) {
        if ((a | b | c | d) < 0) {
            throw new IllegalArgumentException("negative operand");
        }
        long hi1 = Math.multiplyHigh(a, b);
        long hi2 = Math.multiplyHigh(c, d);
        if (hi1 != hi2) {
            return Long.compare(hi1, hi2);
        }
        return Long.compareUnsigned(a * b, c * d);
    }

    /** Quorum counts everyone who took part, abstentions included, and is always "at least". */
    static boolean quorumMet(Fraction quorum, long participation, long roll) {
        if (participation > roll) {
            throw new IllegalArgumentException("participation " + participation + " exceeds roll " + roll);
        }
        return compareProducts(participation, quorum.denominator(), quorum.numerator(), roll) >= 0;
    }

    static long nonNegative(long value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + value);
        }
        return value;
    }

    /** Weight of ballot {@code b}; a null array means every ballot weighs one. */
    static long weight(long[] weights, int b) {
        return weights == null ? 1 : weights[b];
    }

    static void checkWeights(long[] weights, int ballots) {
        if (weights == null) {
            return;
        }
        if (weights.length != ballots) {
            throw new IllegalArgumentException(weights.length + " weights for " + ballots + " ballots");
        }
        for (long w : weights) {
            nonNegative(w, "weight");
        }
    }
}
