package org.mandate.core.vote;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mandate.core.charter.DecisionRule;

/** Whether a ballot fits the method and options of the vote it is cast in. */
public final class BallotCheck {
    private BallotCheck() {}

    /** Why the ballot does not fit, or null when it does. */
    public static String problem(DecisionRule rule, List<String> options, Ballot ballot) {
        if (ballot == null) {
            return "no ballot was given";
        }
        return switch (rule.method()) {
            case MAJORITY -> ballot instanceof Ballot.YesNo ? null : "this vote takes yes, no or abstain";
            case CONSENT -> ballot instanceof Ballot.Consent c
                    ? (c.objection() && blank(c.reason()) ? "an objection must give its reason" : null)
                    : "this vote takes consent or a reasoned objection";
            case CONSENSUS -> ballot instanceof Ballot.Consensus c
                    ? (c.stance() != Ballot.Stance.AGREE && blank(c.reason()) ? "standing aside or blocking must give a reason" : null)
                    : "this vote takes agree, stand aside or block";
            case APPROVAL -> ballot instanceof Ballot.Approval a ? known(options, a.approved(), true)
                    : "this vote takes a set of approved options";
            case SCORE -> ballot instanceof Ballot.Scores s ? scores(rule, options, s) : "this vote takes a score for every option";
            case SCHULZE -> ballot instanceof Ballot.Ranking r ? ranking(options, r, false) : "this vote takes a ranking of the options";
            case STV -> ballot instanceof Ballot.Ranking r ? ranking(options, r, true) : "this vote takes a ranking of the candidates";
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String known(List<String> options, List<String> named, boolean distinct) {
        Set<String> seen = new HashSet<>();
        for (String o : named) {
            if (!options.contains(o)) {
                return "'" + o + "' is not one of the options " + options;
            }
            if (distinct && !seen.add(o)) {
                return "'" + o + "' is named twice";
            }
        }
        return null;
    }

    private static String scores(DecisionRule rule, List<String> options, Ballot.Scores s) {
        if (!s.scores().keySet().equals(new HashSet<>(options))) {
            return "score every option exactly once: " + options;
        }
        for (var e : s.scores().entrySet()) {
            if (e.getValue() == null || e.getValue() < 0 || e.getValue() > rule.maxScore()) {
                return "scores run from 0 to " + rule.maxScore() + ", and '" + e.getKey() + "' got " + e.getValue();
            }
        }
        return null;
    }

    private static String ranking(List<String> options, Ballot.Ranking r, boolean strict) {
        if (r.ranks().isEmpty()) {
            return "rank at least one option";
        }
        java.util.ArrayList<String> all = new java.util.ArrayList<>();
        for (List<String> group : r.ranks()) {
            if (group.isEmpty()) {
                return "a rank cannot be empty";
            }
            if (strict && group.size() > 1) {
                return "in a single transferable vote each preference names one candidate";
            }
            all.addAll(group);
        }
        return known(options, all, true);
    }
}
