package org.mandate.core.vote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.mandate.core.charter.DecisionRule;
import org.mandate.core.charter.Method;
import org.mandate.core.vote.Result.Verdict;

/** Counts for the methods that choose between options; the algorithms themselves live in {@code org.mandate.core.count}. */
final class OptionCounts {
    private OptionCounts() {}

    static Result totals(DecisionRule rule, int seats, List<String> options, Map<String, Ballot> ballots, Map<String, Long> roll,
            long rollWeight, long turnout, boolean quorate, int[] priority) {
        Map<String, Integer> index = index(options);
        long[] totals = new long[options.size()];
        for (var e : ballots.entrySet()) {
            long w = roll.getOrDefault(e.getKey(), 0L);
            if (rule.method() == Method.APPROVAL) {
                for (String o : ((Ballot.Approval) e.getValue()).approved()) {
                    totals[index.get(o)] += w;
                }
            } else {
                for (var s : ((Ballot.Scores) e.getValue()).scores().entrySet()) {
                    totals[index.get(s.getKey())] += w * s.getValue();
                }
            }
        }
        int[] order = IntStream.range(0, options.size()).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> -totals[i]).thenComparingInt(i -> priority[i]))
                .mapToInt(Integer::intValue).toArray();
        List<Long> boxed = new ArrayList<>();
        for (long t : totals) {
            boxed.add(t);
        }
        Tally tally = new Tally.Totals(options, boxed, rollWeight, turnout);
        List<String> ranked = Counting.names(options, order);
        return quorate ? new Result(Verdict.ADOPTED, ranked.subList(0, Math.min(seats, ranked.size())), tally)
                : new Result(Verdict.NO_QUORUM, List.of(), tally);
    }

    static Result schulze(List<String> options, Map<String, Ballot> ballots, Map<String, Long> roll, long rollWeight,
            long turnout, boolean quorate, int[] priority) {
        throw new UnsupportedOperationException("Schulze count not wired yet");
    }

    static Result stv(int seats, List<String> options, Map<String, Ballot> ballots, Map<String, Long> roll, long rollWeight,
            long turnout, boolean quorate, int[] priority) {
        throw new UnsupportedOperationException("STV count not wired yet");
    }

    static Map<String, Integer> index(List<String> options) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < options.size(); i++) {
            index.put(options.get(i), i);
        }
        return index;
    }
}
