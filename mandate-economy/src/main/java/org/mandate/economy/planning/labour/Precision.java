package org.mandate.economy.planning.labour;

/**
 * How far to compute labour values, and with what.
 *
 * <p>{@code relativeResidual}: stop at values {@code v} with
 * {@code max_j |v[j] - l[j] - sum_i a[i][j] v[i]|  <=  relativeResidual * max_j v[j]}, that is how
 * much any good's value fails its own equation, as a share of the largest value. Zero is allowed: the
 * sweeps then run until they change nothing at all in double precision, which they always reach
 * for a productive economy (the values only grow, and are bounded). {@code sweepLimit}: the most
 * passes over the table before giving up with what was reached. {@code parallel}: whether large
 * tables are swept on all the common pool's threads; the values are the same either way, bit for bit.
 */
public record Precision(double relativeResidual, int sweepLimit, boolean parallel) {
    public static final int DEFAULT_SWEEP_LIMIT = 10_000;

    public Precision {
        if (!(relativeResidual >= 0 && relativeResidual < 1)) {
            throw new IllegalArgumentException("a relative residual is at least 0 and less than 1, not " + relativeResidual);
        }
        if (sweepLimit < 1) {
            throw new IllegalArgumentException("at least one sweep is needed, not " + sweepLimit);
        }
    }

    /** To the given relative residual, within 10,000 sweeps, in parallel. */
    public static Precision of(double relativeResidual) {
        return new Precision(relativeResidual, DEFAULT_SWEEP_LIMIT, true);
    }

    public Precision sequential() {
        return new Precision(relativeResidual, sweepLimit, false);
    }

    public Precision withSweepLimit(int limit) {
        return new Precision(relativeResidual, limit, parallel);
    }
}
