package org.mandate.economy.clearing;

/**
 * Which bodies have had an arc from one to the other, as a Bloom filter: {@link Elimination} asks it
 * whether joining two arcs would make a chain that an existing arc closes into a cycle. The answer
 * only steers which arcs are paired, never what a cycle carries, so an occasional wrong "yes" (well
 * under one look-up in a hundred while it holds no more pairs than it was made for) costs a little
 * length and nothing else, while the filter answers from a few megabytes where an exact table of
 * millions of pairs would send most look-ups to main memory. An arc both of whose ends are still
 * there has something left, so a pair once added never has to be removed.
 */
final class PairSet {
    private final long[] words;
    private final int shift;

    /** @param expected how many pairs will be added, at most; the filter gives each about 16 bits */
    PairSet(int expected) {
        int size = Integer.highestOneBit(Math.max(64, expected / 4) - 1) * 2;
        words = new long[size];
        shift = 64 - Integer.numberOfTrailingZeros(size);
    }

    void add(int from, int to) {
        long h = mix(from, to);
        words[(int) (h >>> shift)] |= bits(h);
    }

    boolean contains(int from, int to) {
        long h = mix(from, to);
        long bits = bits(h);
        return (words[(int) (h >>> shift)] & bits) == bits;
    }

    /** Three bits of one word: one memory access per look-up. */
    private static long bits(long h) {
        return 1L << h | 1L << (h >>> 6) | 1L << (h >>> 12);
    }

    private static long mix(int from, int to) {
        long h = ((long) from << 32 | to & 0xFFFFFFFFL) * 0x9E3779B97F4A7C15L;
        return h ^ h >>> 31;
    }
}
