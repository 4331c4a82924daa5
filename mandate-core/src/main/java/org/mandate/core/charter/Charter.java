package org.mandate.core.charter;

import org.mandate.core.count.Fraction;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A body's own rules.
 *
 * @param rules            the rule for each kind of decision; every kind has one
 * @param admission        how new members (or member bodies) are admitted
 * @param weighting        for a council: how member bodies are counted
 * @param annulmentWindow  for a council: how long after a decision its member bodies may still annul it
 * @param publicRecord     whether the body's record may be read by anyone, not only by members
 * @param delegation       terms, rotation, mandate breaches and recall for those this body elects
 * @param council          for a council: who votes, seats, referrals, congress and referendums from below
 */
public record Charter(
        Map<DecisionKind, DecisionRule> rules,
        AdmissionRule admission,
        Weighting weighting,
        Duration annulmentWindow,
        boolean publicRecord,
        DelegationRules delegation,
        CouncilRules council) {

    public Charter {
        Objects.requireNonNull(admission, "admission");
        Objects.requireNonNull(weighting, "weighting");
        Objects.requireNonNull(annulmentWindow, "annulmentWindow");
        // Charters written before delegations and councils had rules of their own take the defaults.
        delegation = delegation == null ? DelegationRules.defaults() : delegation;
        council = council == null ? CouncilRules.defaults() : council;
        EnumMap<DecisionKind, DecisionRule> copy = new EnumMap<>(DecisionKind.class);
        copy.putAll(Objects.requireNonNull(rules, "rules"));
        rules = java.util.Collections.unmodifiableMap(copy);
    }

    /** A charter with the default rules for delegations and councils. */
    public Charter(Map<DecisionKind, DecisionRule> rules, AdmissionRule admission, Weighting weighting, Duration annulmentWindow,
            boolean publicRecord) {
        this(rules, admission, weighting, annulmentWindow, publicRecord, DelegationRules.defaults(), CouncilRules.defaults());
    }

    public Charter withCouncil(CouncilRules value) {
        return new Charter(rules, admission, weighting, annulmentWindow, publicRecord, delegation, value);
    }

    public Charter withDelegation(DelegationRules value) {
        return new Charter(rules, admission, weighting, annulmentWindow, publicRecord, value, council);
    }

    public Charter withRule(DecisionKind kind, DecisionRule rule) {
        EnumMap<DecisionKind, DecisionRule> copy = new EnumMap<>(rules);
        copy.put(kind, rule);
        return new Charter(copy, admission, weighting, annulmentWindow, publicRecord, delegation, council);
    }

    public DecisionRule rule(DecisionKind kind) {
        return rules.get(kind);
    }

    /**
     * The charter a new assembly gets unless its founders write another: simple majority with a
     * third of the roll as quorum for ordinary business, two thirds for its own charter and for
     * expulsions, Schulze for choices and Meek STV for elections.
     */
    public static Charter defaultAssembly() {
        Fraction third = Fraction.of(1, 3);
        EnumMap<DecisionKind, DecisionRule> rules = new EnumMap<>(DecisionKind.class);
        rules.put(DecisionKind.ORDINARY, DecisionRule.majority(third));
        rules.put(DecisionKind.CHOICE, DecisionRule.of(Method.SCHULZE, third));
        rules.put(DecisionKind.ELECTION, DecisionRule.of(Method.STV, third).withSecret(true));
        rules.put(DecisionKind.ADMISSION, DecisionRule.majority(third));
        rules.put(DecisionKind.EXPULSION, DecisionRule.qualified(Fraction.HALF, Fraction.TWO_THIRDS));
        rules.put(DecisionKind.CHARTER_AMENDMENT, DecisionRule.qualified(Fraction.HALF, Fraction.TWO_THIRDS));
        rules.put(DecisionKind.AFFILIATION, DecisionRule.majority(third));
        rules.put(DecisionKind.SECESSION, DecisionRule.majority(third));
        rules.put(DecisionKind.END_AFFILIATION, DecisionRule.qualified(Fraction.HALF, Fraction.TWO_THIRDS));
        rules.put(DecisionKind.COMPETENCE, DecisionRule.qualified(Fraction.HALF, Fraction.TWO_THIRDS));
        rules.put(DecisionKind.ANNULMENT, DecisionRule.majority(third));
        rules.put(DecisionKind.RECALL, DecisionRule.majority(third).withSecret(true));
        rules.put(DecisionKind.REFERENDUM, DecisionRule.majority(Fraction.of(1, 4)).withWindows(Duration.ofDays(7), Duration.ofDays(14)));
        return new Charter(rules, AdmissionRule.BY_VOTE, Weighting.ONE_PER_BODY, Duration.ofDays(14), false);
    }

    /** The charter a new council gets unless its founders write another: the assembly default, counted per body. */
    public static Charter defaultCouncil() {
        Charter a = defaultAssembly();
        return new Charter(a.rules(), AdmissionRule.BY_VOTE, Weighting.ONE_PER_BODY, Duration.ofDays(14), false);
    }

    /** Why this charter is unusable, or null when it is sound. */
    public String problem() {
        for (DecisionKind kind : DecisionKind.values()) {
            DecisionRule rule = rules.get(kind);
            if (rule == null) {
                return "it sets no rule for " + kind.name().toLowerCase().replace('_', ' ') + " decisions";
            }
            String p = rule.problem();
            if (p != null) {
                return "in its rule for " + kind.name().toLowerCase().replace('_', ' ') + " decisions, " + p;
            }
        }
        for (DecisionKind kind : new DecisionKind[] {DecisionKind.EXPULSION, DecisionKind.END_AFFILIATION}) {
            DecisionRule rule = rules.get(kind);
            if (rule.method() != Method.MAJORITY || 2 * rule.threshold().numerator() <= rule.threshold().denominator()) {
                return kind.name().toLowerCase().replace('_', ' ') + " needs a qualified majority (a threshold above one half)";
            }
        }
        for (DecisionKind kind : DecisionKind.values()) {
            boolean choosing = kind == DecisionKind.CHOICE || kind == DecisionKind.ELECTION;
            if (rules.get(kind).method().choosesOptions() != choosing) {
                return kind.name().toLowerCase().replace('_', ' ') + (choosing
                        ? " decisions choose between options, so they need approval, score, Schulze or STV"
                        : " decisions adopt or reject one text, so they need majority, consent or consensus");
            }
        }
        if (admission.sponsors() < 0 || admission.objectionWindow().isNegative()) {
            return "the admission rule needs a non-negative number of sponsors and objection window";
        }
        if (annulmentWindow.isNegative()) {
            return "the annulment window cannot be negative";
        }
        String p = delegation.problem();
        if (p == null) {
            p = council.problem();
        }
        return p;
    }
}
