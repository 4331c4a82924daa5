package org.mandate.economy.planning.labour;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What computing labour values came to. The arrays belong to the caller. */
public sealed interface LabourOutcome {

    /**
     * Labour values, hours per unit by good, computed in {@code sweeps} passes over the table, whose
     * relative residual (see {@link Precision}) is {@code residual}: measured on these very values,
     * never estimated.
     */
    record Solved(double[] values, int sweeps, double residual) implements LabourOutcome {}

    /**
     * No finite labour values exist: the goods of {@code group} (at least one) together use up at
     * least as much of themselves as they make, found after {@code sweeps} sweeps. The group is a
     * proof, not a guess: with weights {@code x > 0} on its goods, each good's inputs from within the
     * group are worth at least its own weight ({@code sum over i in group of a[i][j] x[i] >= x[j]}),
     * which no productive economy allows.
     */
    record NotProductive(int[] group, int sweeps) implements LabourOutcome {
        public String sentence() {
            String named = Arrays.stream(group).limit(group.length > 5 ? 5 : group.length - 1)
                    .mapToObj(Integer::toString).collect(Collectors.joining(", "));
            String last = group.length > 5 ? (group.length - 5) + " others" : Integer.toString(group[group.length - 1]);
            String why = group.length == 1
                    ? "Good " + last + " cannot be made by labour at all: it uses up at least as much of itself as it makes"
                    : "Goods " + named + " and " + last + " cannot be made by labour at all: between them they use up"
                            + " at least as much of themselves as they make";
            return why + ", so every hour spent embodies more hours without end. An economy has labour values only if"
                    + " it makes more than it uses up; change these goods' inputs.";
        }
    }

    /**
     * The sweeps ran out before the residual was reached. {@code lowerBounds} are the values so far:
     * each is at most the good's labour value, if the economy has any (the sweeps only add labour
     * embodied one stage further back). {@code contraction}: how much the last sweep shrank the
     * change, the rate at which further sweeps would gain.
     */
    record SweepLimit(double[] lowerBounds, int sweeps, double residual, double contraction) implements LabourOutcome {
        public String sentence() {
            String rate = contraction < 1
                    ? String.format("each sweep shrank the change to %.6f of the one before", contraction)
                    : "the change has stopped shrinking, which happens when the economy is barely productive or not at all";
            return String.format("The labour values were not reached in %d sweeps: the relative residual is %.3g; %s.",
                    sweeps, residual, rate);
        }
    }
}
