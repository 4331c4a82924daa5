package org.mandate.core.plan;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mandate.core.BodyId;
import org.mandate.core.Event;
import org.mandate.core.Federation;
import org.mandate.core.Ids;
import org.mandate.core.ProposalId;
import org.mandate.core.body.Body;
import org.mandate.core.plan.PlanEvent.*;
import org.mandate.core.plan.PlanTerms.*;
import org.mandate.core.proposal.Motion;
import org.mandate.core.rule.Rejection;

/**
 * The decisions of a plan period: the council opens it and adopts the plan; each body decides its own
 * proposal in a human round and ratifies its own last proposal. Whether a motion may be put (and still
 * applies when adopted), and what it brings about.
 */
public final class PlanMotions {
    /** Goods in one catalogue: every round publishes a price and an imbalance for each, in one record entry. */
    public static final int MAX_GOODS = 300;
    /** Characters of the catalogue's ids, units and names together: the opening decision is one record entry. */
    public static final int MAX_CATALOGUE = 20_000;
    /** Human rounds a period may have: a federation can manage about seven. */
    public static final int MAX_HUMAN_ROUNDS = 7;

    private PlanMotions() {}

    /** What stops the motion from applying to {@code body} at {@code now}, or null. */
    public static Rejection problem(Federation state, Body body, Motion motion, Instant now) {
        return switch (motion) {
            case Motion.OpenPlanPeriod o -> open(state, body, o);
            case Motion.ProposePlanQuantities p -> propose(state, body, p, now);
            case Motion.RatifyPlanProposal r -> ratify(state, body, r);
            case Motion.AdoptPlan a -> adopt(state, body, a);
            default -> throw new IllegalArgumentException("not a motion of planning: " + motion);
        };
    }

    /** The event an adopted motion brings about; its checks have passed at the close. */
    public static List<Event> effects(Federation state, Body body, ProposalId decision, Motion motion, Instant now) {
        return List.of(switch (motion) {
            case Motion.OpenPlanPeriod o -> new PlanPeriodOpened(now, body.id(), o.plan(), o.from(), o.to(),
                    o.goods().stream().map(g -> new PlanGood(g.id(), g.unit().strip(), g.name().strip())).toList(), o.tolerancePermille(),
                    o.humanRounds(), o.balanceAt(), decision);
            case Motion.ProposePlanQuantities p -> new QuantitiesProposed(now, p.plan(), state.plans().of(p.plan()).openHumanRound(),
                    new Quantities(body.id(), p.activities(), p.quantities()), decision);
            case Motion.RatifyPlanProposal r -> new PlanProposalRatified(now, r.plan(), body.id(), r.round(), decision);
            case Motion.AdoptPlan a -> new PlanAdopted(now, a.plan(), body.id(), state.plans().of(a.plan()).proposalsRound(), decision);
            default -> throw new IllegalArgumentException("not a motion of planning: " + motion);
        });
    }

    private static Rejection open(Federation state, Body council, Motion.OpenPlanPeriod o) {
        if (!council.isCouncil()) {
            return new Rejection.NotACouncil(council.id());
        }
        if (!Ids.valid(o.plan()) || state.plans().of(o.plan()) != null) {
            return new Rejection.IdInUse("plan", String.valueOf(o.plan()));
        }
        if (o.from() == null || o.to() == null || o.to().isBefore(o.from())) {
            return new Rejection.InvalidProposal("a plan period runs from a first day to a last day not before it");
        }
        if (o.goods().isEmpty() || o.goods().size() > MAX_GOODS) {
            return new Rejection.InvalidProposal("a plan's catalogue names from 1 to " + MAX_GOODS + " goods");
        }
        if (o.goods().stream().mapToInt(g -> g == null ? 0 : length(g.id()) + length(g.unit()) + length(g.name())).sum() > MAX_CATALOGUE) {
            return new Rejection.TooLong("catalogue (ids, units and names together)", MAX_CATALOGUE);
        }
        Set<String> ids = new HashSet<>();
        for (PlanGood g : o.goods()) {
            if (g == null || !Ids.valid(g.id()) || !ids.add(g.id())) {
                return new Rejection.InvalidProposal("each good of the catalogue has its own id (letters, digits, '.', '_', ':' or '-')");
            }
            if (g.unit() == null || g.unit().isBlank() || g.name() == null || g.name().isBlank()) {
                return new Rejection.InvalidProposal("good '" + g.id() + "' needs a name and a unit, such as 't' or 'meals'");
            }
            if (g.unit().length() > 40 || g.name().length() > 120) {
                return new Rejection.TooLong("name or unit of good '" + g.id() + "'", 120);
            }
        }
        if (o.tolerancePermille() < 1 || o.tolerancePermille() > 100) {
            return new Rejection.InvalidProposal("the tolerance is from 1 to 100 per mille of a good's supply (10 is one per cent)");
        }
        if (o.humanRounds() < 0 || o.humanRounds() > MAX_HUMAN_ROUNDS) {
            return new Rejection.InvalidProposal("a plan period has from 0 to " + MAX_HUMAN_ROUNDS + " human rounds");
        }
        return o.balanceAt() == null ? new Rejection.InvalidProposal("the period says when statements close and the first rounds run") : null;
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    private static Rejection propose(Federation state, Body body, Motion.ProposePlanQuantities p, Instant now) {
        Plan plan = state.plans().of(p.plan());
        if (plan == null) {
            return new Rejection.UnknownPlan(p.plan());
        }
        if (plan.phase(state) != PlanPhase.HUMAN_ROUND || !now.isBefore(plan.humanUntil())) {
            return new Rejection.NotInPlanPhase(plan.id(), PlanRules.phaseName(state, plan, now), "while a human round is open");
        }
        Plan.Statement statement = plan.statement(body.id());
        if (statement == null) {
            return new Rejection.NoStatement(plan.id(), body.id());
        }
        return ProposalBounds.within(statement, new Quantities(body.id(), p.activities(), p.quantities()));
    }

    private static Rejection ratify(Federation state, Body body, Motion.RatifyPlanProposal r) {
        Plan plan = state.plans().of(r.plan());
        if (plan == null) {
            return new Rejection.UnknownPlan(r.plan());
        }
        if (plan.phase(state) != PlanPhase.BALANCED) {
            return new Rejection.NotInPlanPhase(plan.id(), PlanRules.phaseName(state, plan, state.clock()), "once the plan is balanced and before it is adopted");
        }
        if (!plan.proposals().containsKey(body.id())) {
            return new Rejection.NoStatement(plan.id(), body.id());
        }
        return r.round() == plan.proposalsRound() ? null : new Rejection.ProposalSuperseded(plan.id(), body.id(), r.round(), plan.proposalsRound());
    }

    private static Rejection adopt(Federation state, Body council, Motion.AdoptPlan a) {
        Plan plan = state.plans().of(a.plan());
        if (plan == null) {
            return new Rejection.UnknownPlan(a.plan());
        }
        if (!plan.council().equals(council.id())) {
            return new Rejection.InvalidProposal("plan '" + plan.id() + "' is adopted by " + plan.council() + ", the council that opened it");
        }
        if (plan.phase(state) != PlanPhase.BALANCED) {
            return new Rejection.NotInPlanPhase(plan.id(), PlanRules.phaseName(state, plan, state.clock()), "once the plan is balanced");
        }
        List<BodyId> missing = plan.proposals().keySet().stream().filter(b -> !plan.ratifiedCurrent(b)).sorted().toList();
        return missing.isEmpty() ? null : new Rejection.NotYetRatified(plan.id(), missing);
    }

}
