package org.mandate.core.count;

/**
 * An exact non-negative fraction no greater than one, such as a quorum or a threshold.
 *
 * <p>Comparisons cross-multiply in 128 bits, so no count, however large or weighted, is ever rounded.
 */
public record Fraction(long numerator, long denominator) {

    public static final Fraction ZERO = new Fraction(0, 1);
    public static final Fraction HALF = new Fraction(1, 2);
    public static final Fraction TWO_THIRDS = new Fraction(2, 3);

    public Fraction {
        if (denominator <= 0 || numerator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("fraction must satisfy 0 <= n <= d, d > 0: " + numerator + "/" + denominator);
        }
    }

    public static Fraction of(long numerator, long denominator) {
        return new Fraction(numerator, denominator);
    }

    /** Sign of {@code part/whole - this}, for {@code whole > 0}; exact. */
    public int comparePartOf(long part, long whole) {
        return Exact.compareProducts(part, denominator, numerator, whole);
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
