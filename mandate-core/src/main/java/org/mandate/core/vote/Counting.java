package org.mandate.core.vote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mandate.core.charter.DecisionRule;
import org.mandate.core.vote.Result.Verdict;

/**
 * Turns the ballots of a closed vote into its result, by the method the charter set at publication.
 * Quorum: the weight of those who took part (abstentions included) must reach the charter's share of
 * the roll's weight. Every comparison is exact.
 */
public final class Counting {
    private Counting() {}

    /**
     * @param seats     seats to fill (elections); 1 otherwise
     * @param options   the options, for methods that choose
     * @param ballots   ballot by voter
     * @param roll      weight by voter, frozen at publication
     * @param priority  the proposal's tie order: priority[i] is option i's rank, 0 wins ties
     */
    public static Result count(DecisionRule rule, int seats, List<String> options, Map<String, Ballot> ballots,
            Map<String, Long> roll, int[] priority) {
        long rollWeight = 0;
        for (long w : roll.values()) {
            rollWeight += w;
        }
        long turnout = 0;
        for (String voter : ballots.keySet()) {
            turnout += roll.getOrDefault(voter, 0L);
        }
        boolean quorate = rule.quorum().reachedBy(turnout, rollWeight) && turnout > 0;
        return switch (rule.method()) {
            case MAJORITY -> majority(rule, ballots, roll, rollWeight, turnout, quorate);
            case CONSENT -> consent(ballots, roll, rollWeight, turnout, quorate);
            case CONSENSUS -> consensus(rule, ballots, roll, rollWeight, turnout, quorate);
            case APPROVAL, SCORE -> OptionCounts.totals(rule, seats, options, ballots, roll, rollWeight, turnout, quorate, priority);
            case SCHULZE -> OptionCounts.schulze(options, ballots, roll, rollWeight, turnout, quorate, priority);
            case STV -> OptionCounts.stv(seats, options, ballots, roll, rollWeight, turnout, quorate, priority);
        };
    }

    private static Result majority(DecisionRule rule, Map<String, Ballot> ballots, Map<String, Long> roll, long rollWeight,
            long turnout, boolean quorate) {
        long yes = 0, no = 0, abstain = 0;
        for (var e : ballots.entrySet()) {
            long w = roll.getOrDefault(e.getKey(), 0L);
            switch (((Ballot.YesNo) e.getValue()).choice()) {
                case YES -> yes += w;
                case NO -> no += w;
                case ABSTAIN -> abstain += w;
            }
        }
        Tally tally = new Tally.YesNo(yes, no, abstain, rollWeight, turnout);
        long base = yes + no + (rule.abstentionsCount() ? abstain : 0);
        boolean passes = base > 0 && (rule.strict() ? rule.threshold().exceededBy(yes, base) : rule.threshold().reachedBy(yes, base));
        return new Result(!quorate ? Verdict.NO_QUORUM : passes ? Verdict.ADOPTED : Verdict.REJECTED, List.of(), tally);
    }

    private static Result consent(Map<String, Ballot> ballots, Map<String, Long> roll, long rollWeight, long turnout, boolean quorate) {
        long consents = 0, objections = 0;
        for (var e : ballots.entrySet()) {
            long w = roll.getOrDefault(e.getKey(), 0L);
            if (((Ballot.Consent) e.getValue()).objection()) {
                objections += w;
            } else {
                consents += w;
            }
        }
        Tally tally = new Tally.Consent(consents, objections, rollWeight, turnout);
        return new Result(!quorate ? Verdict.NO_QUORUM : objections == 0 ? Verdict.ADOPTED : Verdict.REJECTED, List.of(), tally);
    }

    private static Result consensus(DecisionRule rule, Map<String, Ballot> ballots, Map<String, Long> roll, long rollWeight,
            long turnout, boolean quorate) {
        long agree = 0, aside = 0, block = 0;
        for (var e : ballots.entrySet()) {
            long w = roll.getOrDefault(e.getKey(), 0L);
            switch (((Ballot.Consensus) e.getValue()).stance()) {
                case AGREE -> agree += w;
                case STAND_ASIDE -> aside += w;
                case BLOCK -> block += w;
            }
        }
        Tally tally = new Tally.Consensus(agree, aside, block, rollWeight, turnout);
        boolean passes = block < rule.blockThreshold() && (rule.maxStandAsides() < 0 || aside <= rule.maxStandAsides()) && agree > 0;
        return new Result(!quorate ? Verdict.NO_QUORUM : passes ? Verdict.ADOPTED : Verdict.REJECTED, List.of(), tally);
    }

    static List<String> names(List<String> options, int[] order) {
        List<String> out = new ArrayList<>(order.length);
        for (int i : order) {
            out.add(options.get(i));
        }
        return out;
    }
}
