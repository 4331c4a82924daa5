package org.mandate.core.count;

import java.util.List;
import java.util.Objects;

/**
 * Exact integer weights for a count in which some bodies split their vote.
 *
 * <p>A body of weight W whose delegates carry a split instruction casts its weight as its own members'
 * ballots, each worth W / n, where n is the number of its members who voted. The counts take integer
 * {@code long[]} weights, so every share is brought to the least common denominator of all of them
 * (after reducing each fraction) and the weights passed on are the shares times that multiplier. All
 * ratios between weights are kept exactly; nothing is rounded before the final count. If the multiplier
 * or a weight would not fit in a long the count cannot be done exactly, and {@link #scale} says so with
 * an {@link ArithmeticException} rather than round.
 */
public final class SplitWeights {

    private SplitWeights() {
    }

    /** A non-negative weight as a fraction, such as a whole body's weight W/1 or a split ballot's W/n. */
    public record Share(long numerator, long denominator) {

        public Share {
            if (numerator < 0 || denominator <= 0) {
                throw new IllegalArgumentException("a weight share must be n/d with n >= 0 and d > 0: "
                        + numerator + "/" + denominator);
            }
        }

        public static Share whole(long weight) {
            return new Share(weight, 1);
        }

        /** One ballot of a body of weight {@code weight} split among {@code voters} members who voted. */
        public static Share split(long weight, long voters) {
            return new Share(weight, voters);
        }

        public Share reduced() {
            if (numerator == 0) {
                return new Share(0, 1);
            }
            long g = gcd(numerator, denominator);
            return new Share(numerator / g, denominator / g);
        }
    }

    /**
     * @param weights    weights[i] = shares[i] × multiplier, exactly
     * @param multiplier the least common denominator of the reduced shares
     */
    public record Scaled(long[] weights, long multiplier) {
    }

    /**
     * Brings {@code shares} to integers with the least common multiplier.
     *
     * @throws ArithmeticException if the multiplier or a scaled weight exceeds {@link Long#MAX_VALUE}
     */
    public static Scaled scale(List<Share> shares) {
        Objects.requireNonNull(shares, "shares");
        Share[] reduced = new Share[shares.size()];
        long lcm = 1;
        for (int i = 0; i < reduced.length; i++) {
            reduced[i] = shares.get(i).reduced();
            long d = reduced[i].denominator();
            try {
                lcm = Math.multiplyExact(lcm / gcd(lcm, d), d);
            } catch (ArithmeticException e) {
                throw new ArithmeticException("the common denominator of the split weights exceeds " + Long.MAX_VALUE
                        + " at share " + i + " (" + shares.get(i) + "); the count cannot be done exactly in 64 bits");
            }
        }
        long[] weights = new long[reduced.length];
        for (int i = 0; i < reduced.length; i++) {
            try {
                weights[i] = Math.multiplyExact(reduced[i].numerator(), lcm / reduced[i].denominator());
            } catch (ArithmeticException e) {
                throw new ArithmeticException("share " + i + " (" + shares.get(i) + ") times the common denominator "
                        + lcm + " exceeds " + Long.MAX_VALUE + "; the count cannot be done exactly in 64 bits");
            }
        }
        return new Scaled(weights, lcm);
    }

    static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
