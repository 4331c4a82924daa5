package org.mandate.core.count;

import static org.mandate.core.count.MeekStv.OMEGA;
import static org.mandate.core.count.MeekStv.UNIT;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** The mutable state of one Meek count; lives only inside {@link MeekStv#count}. */
final class MeekCount {

    private enum State { HOPEFUL, ELECTED, EXCLUDED }

    private final int k;
    private final int seats;
    private final MeekBallots ballots;
    private final TieBreak tieBreak;
    private final State[] state;
    private final long[] kf;
    private final long[] votes;
    private final List<MeekStv.Round> rounds = new ArrayList<>();
    private final List<Integer> electedOrder = new ArrayList<>();
    private long quota;
    private long residual;
    private long surplus;

    MeekCount(int candidates, int seats, MeekBallots ballots, TieBreak tieBreak) {
        this.k = candidates;
        this.seats = seats;
        this.ballots = ballots;
        this.tieBreak = tieBreak;
        this.state = new State[k];
        this.kf = new long[k];
        this.votes = new long[k];
        Arrays.fill(state, State.HOPEFUL);
        Arrays.fill(kf, UNIT);
    }

    MeekStv.Result run() {
        while (count(State.HOPEFUL) > seatsLeft() && seatsLeft() > 0) {
            round();
        }
        settleRemaining();
        return new MeekStv.Result(k, seats, ballots.totalWeight(), List.copyOf(rounds),
                electedOrder.stream().mapToInt(Integer::intValue).toArray());
    }

    private void round() {
        List<Integer> elected = new ArrayList<>();
        long lastSurplus = Math.multiplyExact(ballots.totalWeight(), UNIT);
        int iterations = 0;
        MeekStv.Ending ending;
        long[] keepUsed;
        while (true) {
            iterations++;
            keepUsed = kf.clone();
            distribute();
            elected.addAll(electReachingQuota());
            surplus = 0;
            for (int c = 0; c < k; c++) {
                if (state[c] == State.ELECTED) {
                    surplus += votes[c] - quota;
                }
            }
            surplus = Math.max(0, surplus);
            if (!elected.isEmpty()) {
                ending = MeekStv.Ending.ELECTED;
                break;
            }
            if (surplus < OMEGA) {
                ending = MeekStv.Ending.CONVERGED;
                break;
            }
            if (surplus >= lastSurplus) {
                ending = MeekStv.Ending.STABLE;
                break;
            }
            lastSurplus = surplus;
            updateKeepValues();
        }
        int[] excluded = new int[0];
        if (ending != MeekStv.Ending.ELECTED && count(State.HOPEFUL) > 0) {
            int loser = lowest();
            state[loser] = State.EXCLUDED;
            kf[loser] = 0;
            excluded = new int[] {loser};
        }
        rounds.add(new MeekStv.Round(rounds.size() + 1, quota, votes.clone(), keepUsed, surplus, residual,
                iterations, ending, elected.stream().mapToInt(Integer::intValue).toArray(), excluded));
    }

    /** One pass over the ballots: each candidate keeps its share, the rest flows down the list. */
    private void distribute() {
        Arrays.fill(votes, 0);
        int[] prefs = ballots.prefs();
        int[] start = ballots.start();
        long[] weight = ballots.weight();
        for (int g = 0; g < weight.length; g++) {
            long w = UNIT;
            long m = weight[g];
            for (int i = start[g], end = start[g + 1]; i < end; i++) {
                int c = prefs[i];
                long keep = kf[c];
                if (keep == 0) {
                    continue;
                }
                // w <= 10^9 and keep <= 10^9, so the product fits in a long.
                long kept = (w * keep + UNIT - 1) / UNIT;
                votes[c] = Math.addExact(votes[c], Math.multiplyExact(kept, m));
                w -= kept;
                if (w <= 0) {
                    break;
                }
            }
        }
        long sum = 0;
        for (long v : votes) {
            sum += v;
        }
        residual = Math.multiplyExact(ballots.totalWeight(), UNIT) - sum;
        quota = sum / (seats + 1) + 1;
    }

    private List<Integer> electReachingQuota() {
        List<Integer> reached = IntStream.range(0, k)
                .filter(c -> state[c] == State.HOPEFUL && votes[c] >= quota).boxed()
                .sorted(byVotesThenTieBreak())
                .toList();
        for (int c : reached) {
            state[c] = State.ELECTED;
            electedOrder.add(c);
        }
        return reached;
    }

    private Comparator<Integer> byVotesThenTieBreak() {
        return Comparator.<Integer>comparingLong(c -> -votes[c]).thenComparingInt(tieBreak::position);
    }

    private void updateKeepValues() {
        BigInteger unit = BigInteger.valueOf(UNIT);
        BigInteger q = BigInteger.valueOf(quota);
        for (int c = 0; c < k; c++) {
            if (state[c] == State.ELECTED && votes[c] > 0) {
                BigInteger product = ceilDiv(BigInteger.valueOf(kf[c]).multiply(q), unit);
                kf[c] = ceilDiv(product.multiply(unit), BigInteger.valueOf(votes[c])).longValueExact();
            }
        }
    }

    private static BigInteger ceilDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    }

    /** The hopeful to exclude: lowest votes, ties within the surplus resolved by look-back, then the lot. */
    private int lowest() {
        long low = Long.MAX_VALUE;
        for (int c = 0; c < k; c++) {
            if (state[c] == State.HOPEFUL) {
                low = Math.min(low, votes[c]);
            }
        }
        long limit = low + surplus;
        List<Integer> tied = IntStream.range(0, k)
                .filter(c -> state[c] == State.HOPEFUL && votes[c] <= limit).boxed().toList();
        for (int r = rounds.size() - 1; r >= 0 && tied.size() > 1; r--) {
            long[] earlier = rounds.get(r).votes();
            long min = tied.stream().mapToLong(c -> earlier[c]).min().orElseThrow();
            tied = tied.stream().filter(c -> earlier[c] == min).toList();
        }
        return tied.stream().max(Comparator.comparingInt(tieBreak::position)).orElseThrow();
    }

    /** Fill the last seats with the remaining hopefuls, or exclude them if the seats are full. */
    private void settleRemaining() {
        if (count(State.HOPEFUL) == 0) {
            return;
        }
        if (rounds.isEmpty()) {
            distribute(); // nothing was contested: report the first preferences
            surplus = 0;
            rounds.add(new MeekStv.Round(1, quota, votes.clone(), kf.clone(), 0, residual, 1,
                    MeekStv.Ending.CONVERGED, new int[0], new int[0]));
        }
        List<Integer> remaining = IntStream.range(0, k).filter(c -> state[c] == State.HOPEFUL).boxed()
                .sorted(byVotesThenTieBreak()).toList();
        List<Integer> elected = new ArrayList<>();
        List<Integer> excluded = new ArrayList<>();
        for (int c : remaining) {
            if (seatsLeft() > 0) {
                state[c] = State.ELECTED;
                electedOrder.add(c);
                elected.add(c);
            } else {
                state[c] = State.EXCLUDED;
                excluded.add(c);
            }
        }
        MeekStv.Round last = rounds.remove(rounds.size() - 1);
        rounds.add(new MeekStv.Round(last.number(), last.quota(), last.votes(), last.keepValues(), last.surplus(),
                last.residual(), last.iterations(), last.ending(),
                concat(last.elected(), elected), concat(last.excluded(), excluded)));
    }

    private static int[] concat(int[] a, List<Integer> b) {
        return IntStream.concat(Arrays.stream(a), b.stream().mapToInt(Integer::intValue)).toArray();
    }

    private int seatsLeft() {
        return seats - electedOrder.size();
    }

    private int count(State s) {
        int n = 0;
        for (State x : state) {
            if (x == s) {
                n++;
            }
        }
        return n;
    }
}
