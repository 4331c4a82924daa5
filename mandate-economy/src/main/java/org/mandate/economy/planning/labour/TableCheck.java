package org.mandate.economy.planning.labour;

import java.util.ArrayList;
import java.util.List;

/**
 * The checks every table of inputs passes, whichever way it was read. One pass over the entries;
 * "stated twice" is found by stamping each input with the good last seen using it, not by sorting.
 */
final class TableCheck {
    private final List<InputProblem> listed = new ArrayList<>();
    private long count;

    /** A fresh check that starts with the problems this one has found so far. */
    TableCheck copy() {
        TableCheck copy = new TableCheck();
        copy.listed.addAll(listed);
        copy.count = count;
        return copy;
    }

    static CheckedTable check(double[] labour, int[] start, int[] input, double[] quantity) {
        return new TableCheck().finish(labour, start, input, quantity);
    }

    /**
     * Checks the figures, after any problems already found while the table was stated, and takes
     * ownership of the arrays: they become the table's if nothing is wrong.
     */
    CheckedTable finish(double[] labour, int[] start, int[] input, double[] quantity) {
        int goods = labour.length;
        for (int j = 0; j < goods; j++) {
            labour(j, labour[j]);
        }
        int[] lastUser = new int[goods];
        for (int j = 0; j < goods; j++) {
            for (int k = start[j]; k < start[j + 1]; k++) {
                entry(j, input[k], quantity[k], goods, lastUser);
            }
        }
        return count == 0
                ? new CheckedTable.Valid(new InputTable(labour, start, input, quantity))
                : new CheckedTable.Refused(listed, count);
    }

    private void labour(int good, double hours) {
        if (!Double.isFinite(hours)) {
            add(InputRule.NOT_A_NUMBER, good, "good " + good + " takes " + hours + " hours of labour per unit, which is not a number of hours");
        } else if (hours < 0) {
            add(InputRule.NEGATIVE_LABOUR, good, "good " + good + " takes " + hours
                    + " hours of labour per unit; work done cannot be negative");
        }
    }

    private void entry(int good, int used, double quantity, int goods, int[] lastUser) {
        if (used < 0 || used >= goods) {
            add(InputRule.UNKNOWN_GOOD, good, "good " + good + " uses good " + used + ", which is not among the " + goods
                    + " goods (numbered 0 to " + (goods - 1) + ")");
            return;
        }
        if (lastUser[used] == good + 1) {
            add(InputRule.STATED_TWICE, good, "good " + good + "'s use of good " + used
                    + " is stated more than once; state each input once, with its whole quantity");
        }
        lastUser[used] = good + 1;
        if (!Double.isFinite(quantity)) {
            add(InputRule.NOT_A_NUMBER, good, "good " + good + " uses " + quantity + " of good " + used
                    + " per unit, which is not a quantity");
        } else if (quantity < 0) {
            add(InputRule.NEGATIVE_QUANTITY, good, "good " + good + " uses " + quantity + " of good " + used
                    + " per unit; a quantity used up cannot be negative (making a good does not create its inputs)");
        }
    }

    void add(InputRule rule, int good, String sentence) {
        count++;
        if (listed.size() < CheckedTable.Refused.LISTED) {
            listed.add(new InputProblem(rule, good, sentence));
        }
    }
}
