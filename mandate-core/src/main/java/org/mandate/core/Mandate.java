package org.mandate.core;

import java.util.ArrayList;
import java.util.List;
import org.mandate.core.body.BodyCommand;
import org.mandate.core.body.BodyEvent;
import org.mandate.core.body.BodyEvolution;
import org.mandate.core.body.BodyRules;
import org.mandate.core.clock.ClockRules;
import org.mandate.core.clock.Tick;
import org.mandate.core.member.MemberCommand;
import org.mandate.core.member.MemberEvent;
import org.mandate.core.member.MemberRules;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.proposal.ProposalEvent;
import org.mandate.core.proposal.ProposalEvolution;
import org.mandate.core.proposal.ProposalRules;
import org.mandate.core.rule.Rejection;

/**
 * The two functions of the domain, and their composition for the single writer.
 *
 * <p>{@code decide} never changes the state; {@code evolve} applies one event. A command is accepted
 * whole or refused whole: its events are computed first, and only then folded.
 */
public final class Mandate {
    private Mandate() {}

    /**
     * Decides a command against the state. For a {@link Tick}, returns the events of the earliest item
     * due by then (use {@link #execute} to run a whole tick).
     */
    public static Outcome decide(Federation state, Command command, Context ctx) {
        if (ctx.now().isBefore(state.clock())) {
            return Outcome.refuse(new Rejection.ClockWentBackwards(ctx.now(), state.clock()));
        }
        Rejection tooLong = org.mandate.core.rule.Limits.check(command);
        if (tooLong != null) {
            return Outcome.refuse(tooLong);
        }
        return switch (command) {
            case Tick t -> ctx.actor() != null ? Outcome.refuse(new Rejection.OnlyTheClock(ctx.actor()))
                    : Outcome.accept(ClockRules.nextDue(state, ctx.now()));
            case MemberCommand c -> MemberRules.decide(state, c, ctx);
            case BodyCommand c -> BodyRules.decide(state, c, ctx);
            case ProposalCommand c -> ProposalRules.decide(state, c, ctx);
            case org.mandate.core.council.CouncilCommand c -> org.mandate.core.council.SessionRules.decide(state, c, ctx);
            case org.mandate.core.office.OfficeCommand c -> org.mandate.core.office.OfficeRules.decide(state, c, ctx);
            case org.mandate.core.petition.PetitionCommand c -> org.mandate.core.petition.PetitionRules.decide(state, c, ctx);
            case org.mandate.core.credit.CreditCommand c -> org.mandate.core.credit.CreditRules.decide(state, c, ctx);
            case org.mandate.core.plan.PlanCommand c -> org.mandate.core.plan.PlanRules.decide(state, c, ctx);
            default -> throw new MandateException("no rules for command " + command.getClass().getName());
        };
    }

    /** Folds one event into the state, in place, and returns the state. */
    public static Federation evolve(Federation state, Event event) {
        switch (event) {
            case MemberEvent e -> MemberRules.evolve(state, e);
            case BodyEvent e -> BodyEvolution.evolve(state, e);
            case ProposalEvent e -> ProposalEvolution.evolve(state, e);
            case org.mandate.core.council.CouncilEvent e -> org.mandate.core.council.SessionEvolution.evolve(state, e);
            case org.mandate.core.office.OfficeEvent e -> org.mandate.core.office.OfficeRules.evolve(state, e);
            case org.mandate.core.petition.PetitionEvent e -> org.mandate.core.petition.PetitionRules.evolve(state, e);
            case org.mandate.core.credit.CreditEvent e -> org.mandate.core.credit.CreditEvolution.evolve(state, e);
            case org.mandate.core.plan.PlanEvent e -> org.mandate.core.plan.PlanEvolution.evolve(state, e);
            default -> throw new MandateException("no evolution for event " + event.getClass().getName());
        }
        state.advance(event);
        return state;
    }

    /**
     * Decides and, when accepted, folds: what the single writer does with each command. A tick runs
     * item by item until nothing more is due, each item seeing the effects of the ones before it.
     */
    public static Outcome execute(Federation state, Command command, Context ctx) {
        if (!(command instanceof Tick)) {
            Outcome outcome = decide(state, command, ctx);
            if (outcome instanceof Outcome.Accepted a) {
                a.events().forEach(e -> evolve(state, e));
            }
            return outcome;
        }
        List<Event> all = new ArrayList<>();
        while (true) {
            Outcome outcome = decide(state, command, ctx);
            if (outcome instanceof Outcome.Refused) {
                return outcome;
            }
            List<Event> events = ((Outcome.Accepted) outcome).events();
            if (events.isEmpty()) {
                return Outcome.accept(all);
            }
            events.forEach(e -> evolve(state, e));
            all.addAll(events);
        }
    }

    /** Rebuilds a state from the start by folding every event, as a restart or a verifier does. */
    public static Federation replay(Iterable<? extends Event> events) {
        Federation state = new Federation();
        for (Event e : events) {
            evolve(state, e);
        }
        return state;
    }
}
