package org.mandate.core.count;

import java.util.Arrays;

/**
 * The caller's order of precedence among options, used only when a count cannot tell options apart.
 *
 * <p>{@code priority[0]} is the option that wins every tie it is part of, {@code priority[k-1]} the one
 * that loses every tie. The domain derives the permutation from SHA-256 of proposal id and option id,
 * so that nobody can choose it after seeing the ballots and everyone can recompute it.
 *
 * <p>"Wins" means: is placed higher in a ranking, takes the seat, survives an exclusion.
 */
public final class TieBreak {

    private final int[] priority;
    private final int[] position;

    private TieBreak(int[] priority) {
        this.priority = priority.clone();
        this.position = new int[priority.length];
        Arrays.fill(position, -1);
        for (int i = 0; i < priority.length; i++) {
            int option = priority[i];
            if (option < 0 || option >= priority.length || position[option] != -1) {
                throw new IllegalArgumentException("priority is not a permutation of 0.." + (priority.length - 1)
                        + ": " + Arrays.toString(priority));
            }
            position[option] = i;
        }
    }

    /** A permutation of {@code 0..k-1}; earlier entries win ties. */
    public static TieBreak of(int... priority) {
        return new TieBreak(priority);
    }

    /** Option 0 wins all ties, then option 1, and so on. Handy in tests; the domain never uses it. */
    public static TieBreak identity(int options) {
        int[] p = new int[options];
        for (int i = 0; i < options; i++) {
            p[i] = i;
        }
        return new TieBreak(p);
    }

    public int options() {
        return priority.length;
    }

    /** Position of {@code option} in the priority; lower wins. */
    public int position(int option) {
        return position[option];
    }

    /** True if {@code a} wins a tie against {@code b}. */
    public boolean prefers(int a, int b) {
        return position[a] < position[b];
    }

    public int[] priority() {
        return priority.clone();
    }

    void requireOptions(int options) {
        if (priority.length != options) {
            throw new IllegalArgumentException("tie-break covers " + priority.length + " options, count has " + options);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TieBreak t && Arrays.equals(priority, t.priority);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(priority);
    }

    @Override
    public String toString() {
        return "TieBreak" + Arrays.toString(priority);
    }
}
