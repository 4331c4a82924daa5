package org.mandate.core.count;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * A referendum's result with a figure for every body at every level of the federation.
 *
 * <p>Bodies form a directed acyclic graph: an assembly's members are people, a council's members are
 * bodies, and a body may sit in several councils (by territory and by trade). A person may belong to
 * several assemblies, so the same ballot is reached along several paths; it still counts once in every
 * body above it. "Beneath body b" means: b itself if b is an assembly, and every assembly from which b
 * can be reached by following parent links.
 *
 * <p>The work is done once per assembly, not once per body and member: each assembly's ancestors
 * (itself included) are listed in advance, and each member's ballot is added to the union of the
 * ancestors of their assemblies — a single list for the usual member of one assembly.
 */
public final class Aggregation {

    /** Below this many members one pass on the calling thread is quicker than splitting. */
    private static final int PARALLEL_THRESHOLD = 100_000;

    private Aggregation() {
    }

    /**
     * @param bodies           number of bodies, indexed 0..bodies-1
     * @param assembly         assembly[b]: is b an assembly (its members are people) rather than a council
     * @param parents          parents[b]: the councils b is a direct member of
     * @param memberAssemblies for each member, the assemblies they belonged to when the roll was frozen
     * @param ballot           per member, the option chosen, or {@link #DID_NOT_VOTE}
     * @param options          number of options
     */
    public record Input(int bodies, boolean[] assembly, int[][] parents, int[][] memberAssemblies, int[] ballot,
                        int options) {
        public Input {
            Objects.requireNonNull(assembly, "assembly");
            Objects.requireNonNull(parents, "parents");
            Objects.requireNonNull(memberAssemblies, "memberAssemblies");
            Objects.requireNonNull(ballot, "ballot");
        }

        public int members() {
            return ballot.length;
        }
    }

    public static final int DID_NOT_VOTE = -1;

    /**
     * @param perBody        perBody[b][o]: distinct members (or assemblies) beneath b who chose option o
     * @param turnoutPerBody distinct members (or assemblies) beneath b who voted
     * @param rollPerBody    distinct members (or assemblies) beneath b
     */
    public record Result(long[][] perBody, long[] turnoutPerBody, long[] rollPerBody) {
    }

    /** One member, one vote: every body's figure counts each member beneath it once. */
    public static Result aggregate(Input in) {
        Dag dag = Dag.of(in);
        int members = in.members();
        int stride = in.options() + 1; // the last slot counts members who did not vote
        int chunks = members < PARALLEL_THRESHOLD ? 1
                : Math.min(Runtime.getRuntime().availableProcessors(), members / PARALLEL_THRESHOLD);
        int[] tally;
        if (chunks <= 1) {
            tally = tally(in, dag, stride, 0, members);
        } else {
            int size = (members + chunks - 1) / chunks;
            tally = IntStream.range(0, chunks).parallel()
                    .mapToObj(c -> tally(in, dag, stride, c * size, Math.min(members, (c + 1) * size)))
                    .reduce(Aggregation::add).orElseThrow();
        }
        return result(tally, in.bodies(), in.options());
    }

    /**
     * One base assembly, one vote: each assembly's figure becomes a single vote for its leading option
     * (ties by the tie-break; an assembly where nobody voted abstains), and every body's figure counts
     * the distinct assemblies beneath it. The roll is the number of assemblies beneath, members or not.
     */
    public static Result aggregateByAssembly(Input in, TieBreak tieBreak) {
        tieBreak.requireOptions(in.options());
        Dag dag = Dag.of(in);
        int options = in.options();
        int stride = options + 1;
        // each member's ballot counts once in each distinct assembly of theirs
        long[] own = new long[in.bodies() * options];
        int[] mark = new int[in.bodies()];
        for (int m = 0; m < in.members(); m++) {
            int choice = in.ballot()[m];
            if (choice == DID_NOT_VOTE) {
                continue;
            }
            for (int a : in.memberAssemblies()[m]) {
                if (mark[a] != m + 1) {
                    mark[a] = m + 1;
                    own[a * options + choice]++;
                }
            }
        }
        int[] tally = new int[in.bodies() * stride];
        for (int a = 0; a < in.bodies(); a++) {
            if (!in.assembly()[a]) {
                continue;
            }
            int lead = leading(own, a * options, options, tieBreak);
            int slot = lead < 0 ? options : lead;
            for (int i = dag.start[a], end = dag.start[a + 1]; i < end; i++) {
                tally[dag.ancestors[i] * stride + slot]++;
            }
        }
        return result(tally, in.bodies(), options);
    }

    /** The option with most votes, ties by the tie-break, or -1 if nobody voted. */
    private static int leading(long[] own, int from, int options, TieBreak tieBreak) {
        int best = -1;
        for (int o = 0; o < options; o++) {
            long v = own[from + o];
            if (v == 0) {
                continue;
            }
            if (best < 0 || v > own[from + best] || (v == own[from + best] && tieBreak.prefers(o, best))) {
                best = o;
            }
        }
        return best;
    }

    /** Counts for members [from, to): tally[b*stride + o], with o == options meaning did not vote. */
    private static int[] tally(Input in, Dag dag, int stride, int from, int to) {
        int[] tally = new int[in.bodies() * stride];
        int[] mark = null;
        int[] start = dag.start;
        int[] ancestors = dag.ancestors;
        int[] ballot = in.ballot();
        int[][] memberAssemblies = in.memberAssemblies();
        int abstain = in.options();
        for (int m = from; m < to; m++) {
            int choice = ballot[m];
            int slot = choice == DID_NOT_VOTE ? abstain : choice;
            int[] assemblies = memberAssemblies[m];
            if (assemblies.length == 1) {
                int a = assemblies[0];
                for (int i = start[a], end = start[a + 1]; i < end; i++) {
                    tally[ancestors[i] * stride + slot]++;
                }
                continue;
            }
            // several assemblies: their ancestor sets overlap (a common council), so mark what is counted
            if (mark == null) {
                mark = new int[in.bodies()];
            }
            int stamp = m + 1;
            for (int a : assemblies) {
                for (int i = start[a], end = start[a + 1]; i < end; i++) {
                    int b = ancestors[i];
                    if (mark[b] != stamp) {
                        mark[b] = stamp;
                        tally[b * stride + slot]++;
                    }
                }
            }
        }
        return tally;
    }

    private static int[] add(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            a[i] += b[i];
        }
        return a;
    }

    private static Result result(int[] tally, int bodies, int options) {
        int stride = options + 1;
        long[][] perBody = new long[bodies][options];
        long[] turnout = new long[bodies];
        long[] roll = new long[bodies];
        for (int b = 0; b < bodies; b++) {
            long voted = 0;
            for (int o = 0; o < options; o++) {
                long v = tally[b * stride + o];
                perBody[b][o] = v;
                voted += v;
            }
            turnout[b] = voted;
            roll[b] = voted + tally[b * stride + options];
        }
        return new Result(perBody, turnout, roll);
    }

    /**
     * For every body, the bodies at or above it, flattened: ancestors[start[b] .. start[b+1]) lists b and
     * every council reachable from b by parent links, each once. Built parents-first in topological order,
     * so each body's list is itself plus the union of its parents' lists.
     */
    private record Dag(int[] start, int[] ancestors) {

        static Dag of(Input in) {
            int n = in.bodies();
            validate(in);
            int[] order = topologicalParentsFirst(in.parents(), n);
            int[][] lists = new int[n][];
            int[] mark = new int[n];
            Arrays.fill(mark, -1);
            int[] buffer = new int[n];
            for (int b : order) {
                int size = 0;
                mark[b] = b;
                buffer[size++] = b;
                for (int p : in.parents()[b]) {
                    for (int a : lists[p]) {
                        if (mark[a] != b) {
                            mark[a] = b;
                            buffer[size++] = a;
                        }
                    }
                }
                lists[b] = Arrays.copyOf(buffer, size);
            }
            int[] start = new int[n + 1];
            for (int b = 0; b < n; b++) {
                start[b + 1] = Math.addExact(start[b], lists[b].length);
            }
            int[] ancestors = new int[start[n]];
            for (int b = 0; b < n; b++) {
                System.arraycopy(lists[b], 0, ancestors, start[b], lists[b].length);
            }
            return new Dag(start, ancestors);
        }

        private static int[] topologicalParentsFirst(int[][] parents, int n) {
            // Kahn's algorithm on the child -> parent edges, reversed: a body is ready once all its parents are
            int[] waiting = new int[n];
            int[] childCount = new int[n];
            for (int b = 0; b < n; b++) {
                waiting[b] = parents[b].length;
                for (int p : parents[b]) {
                    childCount[p]++;
                }
            }
            int[][] children = new int[n][];
            for (int b = 0; b < n; b++) {
                children[b] = new int[childCount[b]];
                childCount[b] = 0;
            }
            for (int b = 0; b < n; b++) {
                for (int p : parents[b]) {
                    children[p][childCount[p]++] = b;
                }
            }
            int[] order = new int[n];
            int head = 0;
            int tail = 0;
            for (int b = 0; b < n; b++) {
                if (waiting[b] == 0) {
                    order[tail++] = b;
                }
            }
            while (head < tail) {
                int b = order[head++];
                for (int c : children[b]) {
                    if (--waiting[c] == 0) {
                        order[tail++] = c;
                    }
                }
            }
            if (tail != n) {
                throw new IllegalArgumentException("the bodies' parent links form a cycle");
            }
            return order;
        }

        private static void validate(Input in) {
            int n = in.bodies();
            if (n < 0 || in.assembly().length != n || in.parents().length != n) {
                throw new IllegalArgumentException("bodies " + n + " but " + in.assembly().length
                        + " assembly flags and " + in.parents().length + " parent lists");
            }
            if (in.options() < 1) {
                throw new IllegalArgumentException("no options");
            }
            if (in.memberAssemblies().length != in.ballot().length) {
                throw new IllegalArgumentException(in.memberAssemblies().length + " members but "
                        + in.ballot().length + " ballots");
            }
            for (int b = 0; b < n; b++) {
                for (int p : in.parents()[b]) {
                    if (p < 0 || p >= n || p == b) {
                        throw new IllegalArgumentException("body " + b + " has parent " + p);
                    }
                    if (in.assembly()[p]) {
                        throw new IllegalArgumentException("body " + b + " names assembly " + p
                                + " as a parent; only councils have bodies as members");
                    }
                }
            }
            for (int m = 0; m < in.ballot().length; m++) {
                int choice = in.ballot()[m];
                if (choice != DID_NOT_VOTE && (choice < 0 || choice >= in.options())) {
                    throw new IllegalArgumentException("member " + m + " chose option " + choice);
                }
                for (int a : in.memberAssemblies()[m]) {
                    if (a < 0 || a >= n || !in.assembly()[a]) {
                        throw new IllegalArgumentException("member " + m + " belongs to " + a + ", not an assembly");
                    }
                }
            }
        }
    }
}
