package org.mandate.core.vote;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.ToLongFunction;
import org.mandate.core.charter.DecisionRule;
import org.mandate.core.count.Consensus;
import org.mandate.core.count.Consent;
import org.mandate.core.count.Majority;
import org.mandate.core.count.TieBreak;

/**
 * Turns the ballots of a closed vote into its result, by the method the charter set at publication,
 * through the algorithms of {@code org.mandate.core.count}. Every figure is a weight: one per member in
 * an assembly, the member body's weight in a council. Quorum counts everyone who took part,
 * abstentions included.
 */
public final class Counting {
    private Counting() {}

    /**
     * @param seats     seats to fill (elections); 1 otherwise
     * @param options   the options, for methods that choose
     * @param ballots   ballot by voter; every voter is on the roll
     * @param weight    each voter's weight on the roll frozen at publication
     * @param roll      the roll's total weight
     * @param tieBreak  the proposal's tie order
     */
    public static Result count(DecisionRule rule, int seats, List<String> options, Map<String, Ballot> ballots,
            ToLongFunction<String> weight, long roll, TieBreak tieBreak) {
        Weighed w = Weighed.of(ballots, weight, roll);
        return switch (rule.method()) {
            case MAJORITY -> majority(rule, w);
            case CONSENT -> consent(rule, w);
            case CONSENSUS -> consensus(rule, w);
            case APPROVAL, SCORE, SCHULZE, STV -> OptionCounts.count(rule, seats, options, w, tieBreak);
        };
    }

    private static Result majority(DecisionRule rule, Weighed w) {
        long yes = 0, no = 0, abstain = 0;
        for (int i = 0; i < w.size(); i++) {
            switch (((Ballot.YesNo) w.ballot(i)).choice()) {
                case YES -> yes += w.weight(i);
                case NO -> no += w.weight(i);
                case ABSTAIN -> abstain += w.weight(i);
            }
        }
        return yesNo(rule, yes, no, abstain, w.roll(), w.turnout());
    }

    /** A majority count from its figures, under the charter's quorum, threshold and treatment of abstentions. */
    public static Result yesNo(DecisionRule rule, long yes, long no, long abstain, long roll, long turnout) {
        Majority.Threshold threshold = new Majority.Threshold(rule.threshold(),
                rule.strict() ? Majority.Comparison.MORE_THAN : Majority.Comparison.AT_LEAST);
        Majority.Result r = Majority.count(new Majority.Tally(yes, no, abstain, roll),
                new Majority.Rule(rule.quorum(), threshold, rule.abstentionsCount()));
        return new Result(r.verdict(), List.of(), new Tally.YesNo(yes, no, abstain, roll, turnout));
    }

    private static Result consent(DecisionRule rule, Weighed w) {
        long objections = 0;
        for (int i = 0; i < w.size(); i++) {
            if (((Ballot.Consent) w.ballot(i)).objection()) {
                objections += w.weight(i);
            }
        }
        Consent.Result r = Consent.count(new Consent.Tally(objections, w.turnout(), w.roll()), rule.quorum());
        return new Result(r.verdict(), List.of(), new Tally.Consent(w.turnout() - objections, objections, w.roll(), w.turnout()));
    }

    private static Result consensus(DecisionRule rule, Weighed w) {
        long agree = 0, aside = 0, block = 0;
        for (int i = 0; i < w.size(); i++) {
            switch (((Ballot.Consensus) w.ballot(i)).stance()) {
                case AGREE -> agree += w.weight(i);
                case STAND_ASIDE -> aside += w.weight(i);
                case BLOCK -> block += w.weight(i);
            }
        }
        Consensus.Result r = Consensus.count(new Consensus.Tally(agree, aside, block, w.roll()),
                new Consensus.Rule(rule.quorum(), rule.blockThreshold(),
                        rule.maxStandAsides() < 0 ? OptionalLong.empty() : OptionalLong.of(rule.maxStandAsides())));
        return new Result(r.verdict(), List.of(), new Tally.Consensus(agree, aside, block, w.roll(), w.turnout()));
    }
}
