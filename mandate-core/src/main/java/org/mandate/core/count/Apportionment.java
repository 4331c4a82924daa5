package org.mandate.core.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Seats on a council for its member bodies, from their verified membership.
 *
 * <p>Four methods, as a council's charter names them:
 * <ul>
 *   <li>{@link Method#ONE_PER_BODY}: one seat for every body that has members; a body with no
 *       members gets the minimum only (normally none), since a seat nobody can fill from below is a
 *       seat someone will fill from above.</li>
 *   <li>{@link Method#PER_MEMBERS}: one seat per started block of {@code membersPerSeat} members,
 *       {@code ceil(members / membersPerSeat)}, so the smallest body is never left out.</li>
 *   <li>{@link Method#DHONDT} and {@link Method#SAINTE_LAGUE}: highest averages over a fixed number of
 *       seats, divisors 1, 2, 3… and 1, 3, 5… respectively.</li>
 * </ul>
 * Every method then keeps each body within {@code [minPerBody, maxPerBody]}. For the highest-averages
 * methods the minimum is given first to every body, and the remaining seats go one at a time to the
 * highest quotient {@code members / divisor(seats so far)}, skipping bodies at their maximum and bodies
 * with no members. Quotients are compared exactly by cross-multiplication. Equal quotients are settled
 * by the {@link TieBreak}, whose "options" here are the bodies: the domain derives it, as for any
 * count, from SHA-256 of the council's and the bodies' ids, so no one chooses it after seeing the
 * membership. If every body is at its maximum or has no members, the seats left stay
 * {@linkplain Result#unfilled() unfilled} rather than being forced on anyone.
 */
public final class Apportionment {

    private Apportionment() {
    }

    public enum Method { ONE_PER_BODY, PER_MEMBERS, DHONDT, SAINTE_LAGUE }

    /**
     * A council's apportionment rule as its charter states it. The record accepts any numbers, so that a
     * charter can hold and show a bad rule; {@link #problem()} says what is wrong with it.
     *
     * @param membersPerSeat for {@link Method#PER_MEMBERS}; ignored otherwise
     * @param totalSeats     for {@link Method#DHONDT} and {@link Method#SAINTE_LAGUE}; ignored otherwise
     * @param maxPerBody     0 means no maximum
     */
    public record Rule(Method method, int membersPerSeat, int totalSeats, int minPerBody, int maxPerBody) {

        public Rule {
            Objects.requireNonNull(method, "method");
        }

        public static Rule onePerBody() {
            return new Rule(Method.ONE_PER_BODY, 0, 0, 0, 0);
        }

        public static Rule perMembers(int membersPerSeat, int minPerBody, int maxPerBody) {
            return new Rule(Method.PER_MEMBERS, membersPerSeat, 0, minPerBody, maxPerBody);
        }

        public static Rule dhondt(int totalSeats, int minPerBody, int maxPerBody) {
            return new Rule(Method.DHONDT, 0, totalSeats, minPerBody, maxPerBody);
        }

        public static Rule sainteLague(int totalSeats, int minPerBody, int maxPerBody) {
            return new Rule(Method.SAINTE_LAGUE, 0, totalSeats, minPerBody, maxPerBody);
        }

        boolean highestAverages() {
            return method == Method.DHONDT || method == Method.SAINTE_LAGUE;
        }

        /** What is wrong with the rule on its own, as a sentence, or null if nothing. */
        public String problem() {
            if (minPerBody < 0) {
                return "The minimum seats per body cannot be negative.";
            }
            if (maxPerBody < 0) {
                return "The maximum seats per body cannot be negative (0 means no maximum).";
            }
            if (maxPerBody > 0 && minPerBody > maxPerBody) {
                return "The minimum seats per body (" + minPerBody + ") is above the maximum (" + maxPerBody + ").";
            }
            if (method == Method.PER_MEMBERS && membersPerSeat < 1) {
                return "A seat per members needs a number of members per seat of at least 1.";
            }
            if (highestAverages() && totalSeats < 1) {
                return "The council needs at least one seat to share out.";
            }
            return null;
        }

        /** What is wrong with the rule for a council of {@code bodies} member bodies, or null if nothing. */
        public String problem(int bodies) {
            String own = problem();
            if (own != null || !highestAverages()) {
                return own;
            }
            if ((long) bodies * minPerBody > totalSeats) {
                return "The council has " + totalSeats + " seats, fewer than " + bodies + " bodies × "
                        + minPerBody + " minimum seats each.";
            }
            if (maxPerBody > 0 && (long) bodies * maxPerBody < totalSeats) {
                return "The council has " + totalSeats + " seats, more than " + bodies + " bodies × "
                        + maxPerBody + " maximum seats each can fill.";
            }
            return null;
        }
    }

    /**
     * One seat won by quotient: the {@code seat}-th seat of the council (1-based, counting the minimum
     * seats first, body by body) went to {@code body} with quotient {@code numerator / denominator},
     * its membership over its divisor at that moment, unreduced so that the record reads as the table
     * is usually written.
     */
    public record Award(int seat, int body, long numerator, long denominator) {
    }

    /**
     * @param seats    seats per body
     * @param awards   for the highest-averages methods, the seats won by quotient in the order they
     *                 were won; empty for the other methods
     * @param unfilled seats of the total that no body could take (all at their maximum or without members)
     */
    public record Result(int[] seats, List<Award> awards, int unfilled) {
        public Result {
            awards = List.copyOf(awards);
        }

        public int total() {
            int sum = 0;
            for (int s : seats) {
                sum += s;
            }
            return sum;
        }
    }

    /**
     * @param membership verified members per body, non-negative
     * @param tieBreak   over the bodies; needed only by the highest-averages methods (may be null otherwise)
     */
    public static Result apportion(Rule rule, long[] membership, TieBreak tieBreak) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(membership, "membership");
        for (long m : membership) {
            Exact.nonNegative(m, "membership");
        }
        String problem = rule.problem(membership.length);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return switch (rule.method()) {
            case ONE_PER_BODY -> each(rule, membership, 1);
            case PER_MEMBERS -> each(rule, membership, rule.membersPerSeat());
            case DHONDT, SAINTE_LAGUE -> {
                Objects.requireNonNull(tieBreak, "tieBreak");
                tieBreak.requireOptions(membership.length);
                yield highestAverages(rule, membership, tieBreak);
            }
        };
    }

    /** ONE_PER_BODY is PER_MEMBERS with a block so large it is started once: ceil(m / ∞) = 1 for m > 0. */
    private static Result each(Rule rule, long[] membership, int membersPerSeat) {
        int[] seats = new int[membership.length];
        for (int b = 0; b < membership.length; b++) {
            long m = membership[b];
            long raw = rule.method() == Method.ONE_PER_BODY
                    ? (m > 0 ? 1 : 0)
                    : (m == 0 ? 0 : (m - 1) / membersPerSeat + 1);
            seats[b] = clamp(raw, rule);
        }
        return new Result(seats, List.of(), 0);
    }

    private static int clamp(long raw, Rule rule) {
        long s = Math.max(raw, rule.minPerBody());
        if (rule.maxPerBody() > 0) {
            s = Math.min(s, rule.maxPerBody());
        }
        if (s > Integer.MAX_VALUE) {
            throw new ArithmeticException("more than " + Integer.MAX_VALUE + " seats for one body; set a maximum");
        }
        return (int) s;
    }

    private static Result highestAverages(Rule rule, long[] membership, TieBreak tieBreak) {
        int n = membership.length;
        int[] seats = new int[n];
        java.util.Arrays.fill(seats, rule.minPerBody());
        int given = n * rule.minPerBody();
        int max = rule.maxPerBody() == 0 ? Integer.MAX_VALUE : rule.maxPerBody();
        boolean dhondt = rule.method() == Method.DHONDT;
        List<Award> awards = new ArrayList<>();
        // Linear scan per seat: councils have at most thousands of bodies and hundreds of seats, and the
        // scan keeps the tie rule in one obvious place.
        while (given < rule.totalSeats()) {
            int best = -1;
            long bestDivisor = 0;
            for (int b = 0; b < n; b++) {
                if (membership[b] == 0 || seats[b] >= max) {
                    continue;
                }
                long divisor = dhondt ? seats[b] + 1L : 2L * seats[b] + 1;
                if (best < 0) {
                    best = b;
                    bestDivisor = divisor;
                    continue;
                }
                // membership[b] / divisor  vs  membership[best] / bestDivisor
                int c = Exact.compareProducts(membership[b], bestDivisor, membership[best], divisor);
                if (c > 0 || (c == 0 && tieBreak.prefers(b, best))) {
                    best = b;
                    bestDivisor = divisor;
                }
            }
            if (best < 0) {
                break;
            }
            seats[best]++;
            given++;
            awards.add(new Award(given, best, membership[best], bestDivisor));
        }
        return new Result(seats, awards, rule.totalSeats() - given);
    }
}
