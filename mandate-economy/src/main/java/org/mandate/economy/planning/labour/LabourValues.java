package org.mandate.economy.planning.labour;

import java.util.Arrays;

/**
 * Computes labour values by Jacobi sweeps from {@code v = l}: after {@code k} sweeps each value holds
 * the labour spent on the good directly and on its inputs up to {@code k} stages back. The values only
 * grow, so every sweep's values are lower bounds, and for a productive economy they converge as fast
 * as the largest eigenvalue of the inputs matrix shrinks the change (about 0.6 per sweep on the
 * synthetic economy of the benchmark: 42 sweeps to a residual of 1e-10). The same sweeps bound, good
 * by good, how much is still to come; once those bounds are tight enough, {@link Extrapolation}
 * finishes early (15 passes on that economy). Either way the values returned are the ones whose
 * residual was measured.
 *
 * <p>A non-productive economy has no finite values; the sweeps then grow without end or stall. Before
 * sweeping, and whenever a sweep fails to shrink the change (at most at sweeps 4, 8, 16 and so on, so
 * that a productive economy whose change wobbles pays little), {@link UnproductiveGroup} looks for
 * goods that prove it, weighted first by their values so far (which grow with the culprits, and
 * smooth out the see-saw of goods that only feed each other) and then by the last change; the outcome
 * names them rather than sweeping on. The sweep limit ends everything else with the values reached
 * (lower bounds) and the rate they were converging at.
 */
public final class LabourValues {
    /** The first sweep at which a change that stopped shrinking is examined; then at twice as many, and so on. */
    private static final int FIRST_EXAMINED_SWEEP = 4;

    private LabourValues() {}

    public static LabourOutcome compute(InputTable table, Precision precision) {
        double[] values = table.labour().clone();
        int goods = values.length;
        if (Arrays.stream(values).allMatch(hours -> hours == 0)) {
            return new LabourOutcome.Solved(values, 0, 0);
        }
        double[] ones = new double[goods];
        Arrays.fill(ones, 1);
        int[] group = UnproductiveGroup.find(table, ones);
        if (group != null) {
            return new LabourOutcome.NotProductive(group, 0);
        }
        JacobiSweep sweep = new JacobiSweep(table, precision.parallel());
        Extrapolation finish = new Extrapolation(sweep, precision.relativeResidual());
        double[] next = new double[goods];
        double[] change = null;
        double previousChange = Double.POSITIVE_INFINITY;
        int examineFrom = FIRST_EXAMINED_SWEEP;
        int sweeps = 0;
        while (true) {
            sweep.run(values, next);
            sweeps++;
            double residual = sweep.change() / sweep.value();
            boolean overflowed = !(sweep.reached() <= Double.MAX_VALUE);
            double contraction = sweep.change() / previousChange;
            previousChange = sweep.change();
            if (residual <= precision.relativeResidual()) {
                return new LabourOutcome.Solved(values, sweeps, residual);
            }
            if (finish.promising() && sweeps < precision.sweepLimit()) {
                LabourOutcome.Solved solved = finish.attempt(values, next, sweeps++);
                if (solved != null) {
                    return solved;
                }
            }
            if (sweeps >= precision.sweepLimit() || overflowed) {
                // The values returned are those whose residual was measured, not the unchecked next ones.
                return new LabourOutcome.SweepLimit(values, sweeps, residual, contraction);
            }
            if (contraction >= 1 && sweeps >= examineFrom) {
                examineFrom = 2 * sweeps;
                group = UnproductiveGroup.find(table, values);
                if (group == null) {
                    change = change == null ? new double[goods] : change;
                    for (int j = 0; j < goods; j++) {
                        change[j] = next[j] - values[j];
                    }
                    group = UnproductiveGroup.find(table, change);
                }
                if (group != null) {
                    return new LabourOutcome.NotProductive(group, sweeps);
                }
            }
            double[] swap = values;
            values = next;
            next = swap;
        }
    }
}
