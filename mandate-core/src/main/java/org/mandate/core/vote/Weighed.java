package org.mandate.core.vote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The ballots of a count in a fixed order, each with its voter's weight, and the roll's total weight. */
record Weighed(List<Ballot> ballots, long[] weights, long roll, long turnout) {

    static Weighed of(Map<String, Ballot> byVoter, java.util.function.ToLongFunction<String> weight, long roll) {
        // Every count is independent of ballot order (a tested property), so the map's own order serves;
        // sorting a million voters here would cost more than the count.
        List<String> voters = new ArrayList<>(byVoter.keySet());
        List<Ballot> ballots = new ArrayList<>(voters.size());
        long[] weights = new long[voters.size()];
        long turnout = 0;
        for (int i = 0; i < weights.length; i++) {
            ballots.add(byVoter.get(voters.get(i)));
            weights[i] = weight.applyAsLong(voters.get(i));
            turnout += weights[i];
        }
        return new Weighed(ballots, weights, roll, turnout);
    }

    int size() {
        return weights.length;
    }

    Ballot ballot(int i) {
        return ballots.get(i);
    }

    long weight(int i) {
        return weights[i];
    }
}
