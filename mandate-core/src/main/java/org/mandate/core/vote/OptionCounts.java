package org.mandate.core.vote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mandate.core.charter.DecisionRule;
import org.mandate.core.count.Approval;
import org.mandate.core.count.MeekStv;
import org.mandate.core.count.Schulze;
import org.mandate.core.count.Score;
import org.mandate.core.count.TieBreak;
import org.mandate.core.count.Verdict;

/**
 * Counts for the methods that choose between options: ballots become the compact arrays the
 * algorithms take, and their results become a {@link Tally} the record can show.
 */
final class OptionCounts {
    private OptionCounts() {}

    static Result count(DecisionRule rule, int seats, List<String> options, Weighed w, TieBreak tieBreak) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < options.size(); i++) {
            index.put(options.get(i), i);
        }
        int k = options.size();
        boolean quorate = w.turnout() > 0 && rule.quorum().comparePartOf(w.turnout(), w.roll()) >= 0;
        Verdict verdict = quorate ? Verdict.ADOPTED : Verdict.QUORUM_NOT_MET;
        switch (rule.method()) {
            case APPROVAL -> {
                int[][] ballots = new int[w.size()][];
                for (int b = 0; b < ballots.length; b++) {
                    ballots[b] = ((Ballot.Approval) w.ballot(b)).approved().stream().mapToInt(index::get).toArray();
                }
                Approval.Result r = Approval.count(k, ballots, w.weights(), seats, tieBreak);
                return new Result(verdict, quorate ? names(options, r.winners()) : List.of(),
                        new Tally.Totals(options, boxed(r.approvals()), w.roll(), w.turnout()));
            }
            case SCORE -> {
                int[] scores = new int[w.size() * k];
                for (int b = 0; b < w.size(); b++) {
                    for (var e : ((Ballot.Scores) w.ballot(b)).scores().entrySet()) {
                        scores[b * k + index.get(e.getKey())] = e.getValue();
                    }
                }
                Score.Result r = Score.count(k, rule.maxScore(), scores, w.weights(), tieBreak);
                return new Result(verdict, quorate ? names(options, Arrays.copyOf(r.ranking(), Math.min(seats, k))) : List.of(),
                        new Tally.Totals(options, boxed(r.totals()), w.roll(), w.turnout()));
            }
            case SCHULZE -> {
                int[] ranks = new int[w.size() * k];
                Arrays.fill(ranks, Schulze.UNRANKED);
                for (int b = 0; b < w.size(); b++) {
                    List<List<String>> groups = ((Ballot.Ranking) w.ballot(b)).ranks();
                    for (int g = 0; g < groups.size(); g++) {
                        for (String o : groups.get(g)) {
                            ranks[b * k + index.get(o)] = g;
                        }
                    }
                }
                Schulze.Result r = Schulze.count(k, ranks, w.weights(), tieBreak);
                return new Result(verdict, quorate ? names(options, Arrays.copyOf(r.ranking(), Math.min(seats, k))) : List.of(),
                        new Tally.Schulze(options, matrix(r.d()), matrix(r.p()), w.roll(), w.turnout()));
            }
            case STV -> {
                int[][] ballots = new int[w.size()][];
                for (int b = 0; b < ballots.length; b++) {
                    ballots[b] = ((Ballot.Ranking) w.ballot(b)).ranks().stream().mapToInt(g -> index.get(g.get(0))).toArray();
                }
                MeekStv.Result r = MeekStv.count(k, seats, ballots, w.weights(), tieBreak);
                List<Tally.StvRound> rounds = new ArrayList<>();
                for (MeekStv.Round round : r.rounds()) {
                    rounds.add(new Tally.StvRound(boxed(round.votes()), boxed(round.keepValues()), round.quota(), round.surplus(),
                            round.residual(), names(options, round.elected()), names(options, round.excluded())));
                }
                return new Result(verdict, quorate ? names(options, r.elected()) : List.of(),
                        new Tally.Stv(options, seats, rounds, w.roll(), w.turnout()));
            }
            default -> throw new IllegalArgumentException("not a method that chooses: " + rule.method());
        }
    }

    private static List<String> names(List<String> options, int[] indices) {
        List<String> out = new ArrayList<>(indices.length);
        for (int i : indices) {
            out.add(options.get(i));
        }
        return out;
    }

    private static List<Long> boxed(long[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    private static List<List<Long>> matrix(long[][] m) {
        return Arrays.stream(m).map(OptionCounts::boxed).toList();
    }
}
