package org.mandate.economy.planning.labour;

import java.util.List;

/** A table of inputs as read: either valid, or refused with what is wrong, nothing half-read. */
public sealed interface CheckedTable {

    record Valid(InputTable table) implements CheckedTable {}

    /**
     * The problems found, in the order found: at most {@link #LISTED} of them are listed, and
     * {@code count} says how many there were in all (a table of millions of entries can be wrong
     * everywhere, and a list of millions helps nobody).
     */
    record Refused(List<InputProblem> problems, long count) implements CheckedTable {
        public static final int LISTED = 100;

        public Refused {
            problems = List.copyOf(problems);
        }
    }
}
