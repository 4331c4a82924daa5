package org.mandate.core.plan;

import java.time.Instant;
import org.mandate.core.BodyId;
import org.mandate.core.Context;
import org.mandate.core.Federation;
import org.mandate.core.MemberId;
import org.mandate.core.Outcome;
import org.mandate.core.body.Body;
import org.mandate.core.office.Office;
import org.mandate.core.office.Permission;
import org.mandate.core.plan.PlanCommand.*;
import org.mandate.core.plan.PlanEvent.*;
import org.mandate.core.rule.Rejection;

/**
 * Decides what office-holders do in a plan period: a body's planning office states its techniques or
 * requests while the period gathers them; the council's facilitators call human rounds. Rounds are
 * recorded only by the server ({@link RoundRules}).
 */
public final class PlanRules {
    private PlanRules() {}

    public static Outcome decide(Federation state, PlanCommand command, Context ctx) {
        if (command instanceof RecordPlanRounds c) {
            return ctx.actor() != null ? Outcome.refuse(new Rejection.OnlyTheServerPlans(ctx.actor())) : RoundRules.record(state, c, ctx.now());
        }
        Rejection acting = ctx.notAMemberActing(state);
        if (acting != null) {
            return Outcome.refuse(acting);
        }
        MemberId actor = ctx.actor();
        return switch (command) {
            case StateTechniques c -> state(state, c.plan(), c.body(), actor, ctx.now(), true, c);
            case StateRequests c -> state(state, c.plan(), c.body(), actor, ctx.now(), false, c);
            case CallHumanRound c -> humanRound(state, c, actor, ctx.now());
            case RecordPlanRounds c -> throw new IllegalStateException("handled above");
        };
    }

    private static Outcome state(Federation state, String planId, BodyId body, MemberId actor, Instant now, boolean workers, PlanCommand c) {
        Plan plan = state.plans().of(planId);
        if (plan == null) {
            return Outcome.refuse(new Rejection.UnknownPlan(planId));
        }
        Rejection r = taking(state, plan, body);
        if (r != null) {
            return Outcome.refuse(r);
        }
        if (plan.phase(state) != PlanPhase.GATHERING || !now.isBefore(plan.balanceAt())) {
            return Outcome.refuse(new Rejection.NotInPlanPhase(plan.id(), phaseName(state, plan, now), "while the period gathers statements, before "
                    + plan.balanceAt()));
        }
        Office office = state.offices().permitting(body, actor, Permission.PROPOSE_PLAN, now);
        if (office == null) {
            return Outcome.refuse(new Rejection.NotPermitted(actor, body, "propose-plan"));
        }
        if (workers) {
            StateTechniques t = (StateTechniques) c;
            r = StatementRules.techniques(plan, body, t.techniques());
            return r != null ? Outcome.refuse(r) : Outcome.accept(new TechniquesStated(now, plan.id(), body, t.techniques(), actor, office.name()));
        }
        StateRequests q = (StateRequests) c;
        r = StatementRules.requests(plan, body, q.requests());
        return r != null ? Outcome.refuse(r) : Outcome.accept(new RequestsStated(now, plan.id(), body, q.requests(), actor, office.name()));
    }

    /** Whether {@code body} takes part in the plan: a body beneath the council that opened it, not the council itself. */
    static Rejection taking(Federation state, Plan plan, BodyId body) {
        Body b = state.body(body);
        if (b == null) {
            return new Rejection.UnknownBody(body);
        }
        return body.equals(plan.council()) || !state.reachesUpward(body, plan.council())
                ? new Rejection.NotBeneathCouncil(body, plan.council(), plan.id()) : null;
    }

    private static Outcome humanRound(Federation state, CallHumanRound c, MemberId actor, Instant now) {
        Plan plan = state.plans().of(c.plan());
        if (plan == null) {
            return Outcome.refuse(new Rejection.UnknownPlan(c.plan()));
        }
        PlanPhase phase = plan.phase(state);
        if (phase != PlanPhase.UNSETTLED && phase != PlanPhase.BALANCED) {
            return Outcome.refuse(new Rejection.NotInPlanPhase(plan.id(), phaseName(state, plan, now),
                    "after a stretch of rounds, while the plan is unsettled or balanced and not yet adopted"));
        }
        Office office = state.offices().permitting(plan.council(), actor, Permission.FACILITATE_PLAN, now);
        if (office == null) {
            return Outcome.refuse(new Rejection.NotPermitted(actor, plan.council(), "facilitate-plan"));
        }
        if (plan.humanRoundsLeft() <= 0) {
            return Outcome.refuse(new Rejection.NoHumanRoundsLeft(plan.id(), plan.humanRoundsAllowed()));
        }
        if (c.until() == null || !c.until().isAfter(now)) {
            return Outcome.refuse(new Rejection.InvalidProposal("a human round ends at a time after now, leaving the bodies time to decide"));
        }
        return Outcome.accept(new HumanRoundCalled(now, plan.id(), plan.lastRound() + 1, c.until(), actor, office.name()));
    }

    /** The phase as members read it. */
    static String phaseName(Federation state, Plan plan, Instant now) {
        PlanPhase phase = plan.phase(state);
        if (phase == PlanPhase.GATHERING && !now.isBefore(plan.balanceAt())) {
            return "past its gathering of statements, waiting for its first rounds";
        }
        return switch (phase) {
            case GATHERING -> "gathering statements";
            case HUMAN_ROUND -> "in human round " + plan.openHumanRound();
            case UNSETTLED -> "unsettled after round " + plan.lastRound();
            case BALANCED -> "balanced after round " + plan.lastRound();
            case BLOCKED -> "blocked";
            case ADOPTED -> "adopted";
            case ANNULLED -> "annulled";
        };
    }
}
