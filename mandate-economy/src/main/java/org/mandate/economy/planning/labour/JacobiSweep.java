package org.mandate.economy.planning.labour;

import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * One Jacobi sweep, {@code next = l + Aᵀv}: every good's new value from the old values of its inputs
 * alone. Goods are independent within a sweep, so blocks of goods go to the common pool's threads;
 * each good's sum is taken in the same order whoever takes it, so the result does not depend on the
 * number of threads, bit for bit. The sweep also measures, for free, the residual of {@code v}: for
 * every good {@code next[j] - v[j]} is exactly how far {@code v[j]} misses its own equation.
 */
final class JacobiSweep {
    /** Below this many entries a sweep takes less than handing blocks to threads costs. */
    private static final int PARALLEL_FROM_ENTRIES = 1 << 16;
    /** Blocks per thread: enough that a thread slowed by another process does not hold the sweep up. */
    private static final int BLOCKS_PER_THREAD = 8;

    private final double[] labour;
    private final int[] start;
    private final int[] input;
    private final double[] quantity;
    private final int[] blockStart;
    private final double[] partial;
    private double change;
    private double value;
    private double reached;

    JacobiSweep(InputTable table, boolean parallel) {
        labour = table.labour();
        start = table.start();
        input = table.input();
        quantity = table.quantity();
        int threads = parallel && table.entries() >= PARALLEL_FROM_ENTRIES ? ForkJoinPool.getCommonPoolParallelism() + 1 : 1;
        blockStart = blocks(threads == 1 ? 1 : threads * BLOCKS_PER_THREAD);
        partial = new double[3 * (blockStart.length - 1)];
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
        for (int b = 0; b < blocks; b++) {
            change = Math.max(change, partial[3 * b]);
            value = Math.max(value, partial[3 * b + 1]);
            reached = Math.max(reached, partial[3 * b + 2]);
        }
    }

    private void block(int b, double[] v, double[] next) {
        double blockChange = 0;
        double blockValue = 0;
        double blockReached = 0;
        for (int j = blockStart[b], to = blockStart[b + 1]; j < to; j++) {
            double sum = labour[j];
            for (int k = start[j], end = start[j + 1]; k < end; k++) {
                sum += quantity[k] * v[input[k]];
            }
            next[j] = sum;
            blockChange = Math.max(blockChange, Math.abs(sum - v[j]));
            blockValue = Math.max(blockValue, v[j]);
            blockReached = Math.max(blockReached, sum);
        }
        partial[3 * b] = blockChange;
        partial[3 * b + 1] = blockValue;
        partial[3 * b + 2] = blockReached;
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
}
