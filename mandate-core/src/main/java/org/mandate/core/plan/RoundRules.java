package org.mandate.core.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mandate.core.BodyId;
import org.mandate.core.Event;
import org.mandate.core.Federation;
import org.mandate.core.Outcome;
import org.mandate.core.plan.PlanCommand.RecordPlanRounds;
import org.mandate.core.plan.PlanEvent.*;
import org.mandate.core.plan.PlanTerms.*;
import org.mandate.core.rule.Rejection;

/**
 * The core's check of a stretch of rounds the server computed. It does not rerun the procedure (that
 * is the economy's, and anyone can rerun it from the record with {@code ./mandate plan --data}); it
 * checks, in one pass, what makes the stretch lawful: it is due, its rounds follow the record's, the
 * bodies named as proposing for themselves are exactly those whose decided proposal stands, each
 * such body's proposal is the one it decided, every body's proposal is within what it stated, and a
 * plan called balanced is balanced.
 */
final class RoundRules {
    private RoundRules() {}

    static Outcome record(Federation state, RecordPlanRounds c, Instant now) {
        Plan plan = state.plans().of(c.plan());
        if (plan == null) {
            return Outcome.refuse(new Rejection.UnknownPlan(c.plan()));
        }
        Instant due = plan.dueAt(state);
        if (due == null || due.isAfter(now)) {
            return Outcome.refuse(new Rejection.PlanNotDue(plan.id(), due));
        }
        String problem = rounds(plan, c);
        if (problem == null) {
            problem = ending(plan, c);
        }
        if (problem != null) {
            return Outcome.refuse(new Rejection.InvalidRounds(plan.id(), problem));
        }
        if (c.ending() != Ending.BLOCKED) {
            Map<BodyId, Quantities> standing = plan.standingOwn(plan.lastRound() + c.rounds().size());
            for (Quantities q : c.proposals()) {
                Rejection r = ProposalBounds.within(plan.statement(q.body()), q);
                if (r == null && standing.containsKey(q.body()) && !ProposalBounds.same(standing.get(q.body()), q)) {
                    r = new Rejection.OutsideStatement(q.body(), "it decided its own proposal, which stands until it decides again");
                }
                if (r != null) {
                    return Outcome.refuse(r);
                }
            }
        }
        if (c.ending() == Ending.BALANCED) {
            List<String> off = Balance.unbalanced(plan, c.proposals());
            if (!off.isEmpty()) {
                return Outcome.refuse(new Rejection.NotBalanced(plan.id(), off));
            }
        }
        List<Event> events = new ArrayList<>();
        for (RoundFigures r : c.rounds()) {
            events.add(new PlanRoundPublished(now, plan.id(), r));
        }
        int last = plan.lastRound() + c.rounds().size();
        for (Quantities q : c.proposals()) {
            events.add(new PlanProposalComputed(now, plan.id(), last, q));
        }
        events.add(new PlanStretchEnded(now, plan.id(), last, c.ending(), c.blocking(), c.ending() == Ending.BLOCKED ? c.why() : null));
        return Outcome.accept(events);
    }

    private static String rounds(Plan plan, RecordPlanRounds c) {
        int goods = plan.goods().size();
        int human = plan.openHumanRound();
        for (int i = 0; i < c.rounds().size(); i++) {
            RoundFigures r = c.rounds().get(i);
            int expected = plan.lastRound() + 1 + i;
            if (r == null || r.number() != expected) {
                return "round " + expected + " is next, and the rounds follow one another";
            }
            if (r.prices().size() != goods || r.imbalances().size() != goods) {
                return "round " + expected + " gives a price and an imbalance for each of the catalogue's " + goods + " goods";
            }
            if (r.prices().stream().anyMatch(p -> p == null)) {
                return "round " + expected + " leaves a price out";
            }
            if (r.imbalances().stream().anyMatch(x -> x == null || Math.abs(x) > RoundFigures.MAX_IMBALANCE)
                    || r.largestImbalance() < 0 || r.largestImbalance() > RoundFigures.MAX_IMBALANCE) {
                return "round " + expected + " has an imbalance out of range";
            }
            if (r.worstGood() == null || (!r.worstGood().isEmpty() && plan.goodIndex(r.worstGood()) < 0)) {
                return "round " + expected + " names a good outside the catalogue";
            }
            Set<BodyId> own = new HashSet<>(r.own());
            Set<BodyId> decided = plan.standingOwn(expected).keySet();
            if (own.size() != r.own().size() || !own.equals(decided)) {
                return "round " + expected + " must take as their own proposals exactly those the bodies decided and still stand, "
                        + (decided.isEmpty() ? "none" : decided.stream().map(BodyId::value).sorted().toList().toString());
            }
        }
        if (human > 0 && !c.rounds().isEmpty() && c.rounds().get(0).number() != human) {
            return "the stretch starts with human round " + human;
        }
        return null;
    }

    private static String ending(Plan plan, RecordPlanRounds c) {
        if (c.ending() == null) {
            return "it says how the stretch ended";
        }
        if (c.ending() == Ending.BLOCKED) {
            Set<String> seen = new HashSet<>();
            if (c.blocking().isEmpty() || c.why() == null || c.why().isBlank()) {
                return "a blocked plan names the goods that block it and says why";
            }
            for (String g : c.blocking()) {
                if (plan.goodIndex(g) < 0 || !seen.add(g)) {
                    return "the blocking goods are goods of the catalogue, each named once";
                }
            }
            return c.proposals().isEmpty() ? null : "a blocked plan has no proposals to ratify";
        }
        if (!c.blocking().isEmpty()) {
            return "only a blocked plan names blocking goods";
        }
        if (c.rounds().isEmpty()) {
            return "a stretch that is not blocked runs at least one round";
        }
        Set<BodyId> bodies = new HashSet<>();
        for (Quantities q : c.proposals()) {
            if (q == null || plan.statement(q.body()) == null || !bodies.add(q.body())) {
                return "there is one proposal for each body that stated something, and no other";
            }
        }
        return bodies.size() == plan.statements().size() ? null : "there is one proposal for each body that stated something, and no other";
    }
}
