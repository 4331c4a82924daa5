package org.mandate.economy.planning.labour;

import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * One Jacobi sweep, {@code next = l + Aᵀv}: every good's new value from the old values of its inputs
 * alone. Goods are independent within a sweep, so blocks of goods go to the common pool's threads;
 * each good's sum is taken in the same order whoever takes it, so the result does not depend on the
 * number of threads, bit for bit. The sweep also measures, for free, the residual of {@code v}: for
 * every good {@code next[j] - v[j]} is exactly how far {@code v[j]} misses its own equation.
 *
 * <p>And it bounds how fast the changes shrink. On entry {@code next} still holds the values of the
 * sweep before {@code v}, so each good's previous change is at hand, and the sweep keeps the least and
 * the greatest ratio of a good's change to its previous change. Since the changes obey
 * {@code d' = Aᵀd} with {@code A >= 0}, all later changes stay within those ratios' powers, good by
 * good (Collatz–Wielandt): the bounds {@link LabourValues} extrapolates with.
 */
final class JacobiSweep {
    /** Below this many entries a sweep takes less than handing blocks to threads costs. */
    private static final int PARALLEL_FROM_ENTRIES = 1 << 16;
    /** Blocks per thread: enough that a thread slowed by another process does not hold the sweep up. */
    private static final int BLOCKS_PER_THREAD = 8;
    /** What each block reports: change, value, reached, least and greatest ratio of changes. */
    private static final int FIGURES = 5;

    private final double[] labour;
    private final int[] start;
    private final int[] input;
    private final double[] quantity;
    private final int[] blockStart;
    private final double[] partial;
    private double change;
    private double value;
    private double reached;
    private double slowest;
    private double fastest;

    JacobiSweep(InputTable table, boolean parallel) {
        labour = table.labour();
        start = table.start();
        input = table.input();
        quantity = table.quantity();
        int threads = parallel && table.entries() >= PARALLEL_FROM_ENTRIES ? ForkJoinPool.getCommonPoolParallelism() + 1 : 1;
        blockStart = blocks(threads == 1 ? 1 : threads * BLOCKS_PER_THREAD);
        partial = new double[FIGURES * (blockStart.length - 1)];
    }

    /** Blocks of goods holding about as many entries (plus one per good) each. */
    private int[] blocks(int wanted) {
        int goods = labour.length;
        long work = (long) input.length + goods;
        int[] bounds = new int[wanted + 1];
        int j = 0;
        for (int b = 1; b < wanted; b++) {
            long target = work * b / wanted;
            while (j < goods && (long) start[j] + j < target) {
                j++;
            }
            bounds[b] = j;
        }
        bounds[wanted] = goods;
        return bounds;
    }

    void run(double[] v, double[] next) {
        int blocks = blockStart.length - 1;
        if (blocks == 1) {
            block(0, v, next);
        } else {
            IntStream.range(0, blocks).parallel().forEach(b -> block(b, v, next));
        }
        change = 0;
        value = 0;
        reached = 0;
        fastest = Double.POSITIVE_INFINITY;
        slowest = 0;
        for (int b = 0; b < blocks; b++) {
            change = Math.max(change, partial[FIGURES * b]);
            value = Math.max(value, partial[FIGURES * b + 1]);
            reached = Math.max(reached, partial[FIGURES * b + 2]);
            fastest = Math.min(fastest, partial[FIGURES * b + 3]);
            slowest = Math.max(slowest, partial[FIGURES * b + 4]);
        }
    }

    private void block(int b, double[] v, double[] next) {
        double blockChange = 0;
        double blockValue = 0;
        double blockReached = 0;
        double blockFastest = Double.POSITIVE_INFINITY;
        double blockSlowest = 0;
        for (int j = blockStart[b], to = blockStart[b + 1]; j < to; j++) {
            double sum = labour[j];
            for (int k = start[j], end = start[j + 1]; k < end; k++) {
                sum += quantity[k] * v[input[k]];
            }
            double previous = v[j] - next[j];
            double step = sum - v[j];
            next[j] = sum;
            if (previous > 0) {
                double ratio = step / previous;
                blockFastest = Math.min(blockFastest, ratio);
                blockSlowest = Math.max(blockSlowest, ratio);
            } else if (step != 0) {
                blockSlowest = Double.POSITIVE_INFINITY;
            }
            blockChange = Math.max(blockChange, Math.abs(step));
            blockValue = Math.max(blockValue, v[j]);
            blockReached = Math.max(blockReached, sum);
        }
        partial[FIGURES * b] = blockChange;
        partial[FIGURES * b + 1] = blockValue;
        partial[FIGURES * b + 2] = blockReached;
        partial[FIGURES * b + 3] = blockFastest;
        partial[FIGURES * b + 4] = blockSlowest;
    }

    /** The largest {@code |next[j] - v[j]|} of the last sweep: the residual of {@code v}, unscaled. */
    double change() {
        return change;
    }

    /** The largest value of {@code v} in the last sweep. */
    double value() {
        return value;
    }

    /** The largest value of {@code next}; not finite if the values overflowed. */
    double reached() {
        return reached;
    }

    /** The least ratio of a good's change to its previous change (infinite if no good changed before). */
    double fastest() {
        return fastest;
    }

    /** The greatest such ratio; infinite if a good changed that had not changed before. */
    double slowest() {
        return slowest;
    }
}
