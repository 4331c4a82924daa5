package org.mandate.cli.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.mandate.core.BodyId;
import org.mandate.core.Federation;
import org.mandate.core.Mandate;
import org.mandate.core.MemberId;
import org.mandate.core.ProposalId;
import org.mandate.core.plan.Plan;
import org.mandate.core.plan.PlanCommand.RecordPlanRounds;
import org.mandate.core.plan.PlanEvent;
import org.mandate.core.plan.PlanTerms.*;
import org.mandate.economy.planning.federation.Stretch;

/**
 * A small recorded plan period, folded from plan events directly (the governance around them is not
 * what these tests are about): food's plan "p1" of flour and bread, statements closing a minute after
 * {@link #AT}, two human rounds allowed.
 */
final class PlanRecords {
    static final Instant AT = Instant.parse("2026-10-01T09:00:00Z");
    static final String PLAN = "p1";
    static final BodyId MILL = new BodyId("mill");
    static final BodyId BAKERY = new BodyId("bakery");
    static final BodyId STREET = new BodyId("street");

    private PlanRecords() {}

    /** The mill makes flour (10 hours a tonne), the bakery bread from half a tonne of flour (20 hours), the street asks for bread. */
    static Federation stated() {
        return stated(0);
    }

    /** As above, the street needing at least {@code need} thousandths of a tonne of bread. */
    static Federation stated(long need) {
        Federation state = new Federation();
        MemberId planner = new MemberId("ana");
        Mandate.evolve(state, new PlanEvent.PlanPeriodOpened(AT, new BodyId("food"), PLAN, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
                List.of(new PlanGood("flour", "t", "Flour"), new PlanGood("bread", "t", "Bread")), 10, 2, AT.plusSeconds(60), new ProposalId("food.plan")));
        Mandate.evolve(state, new PlanEvent.TechniquesStated(AT, PLAN, MILL, List.of(new Technique("milling", List.of(new PerUnit("flour", 1_000_000)),
                List.of(), 10_000_000, 200_000)), planner, "planner"));
        Mandate.evolve(state, new PlanEvent.TechniquesStated(AT, PLAN, BAKERY, List.of(new Technique("baking", List.of(new PerUnit("bread", 1_000_000)),
                List.of(new PerUnit("flour", 500_000)), 20_000_000, 150_000)), planner, "planner"));
        Request bread = new Request("bread", need, List.of(new Step(Math.max(need, 100_000), 100_000_000)));
        Mandate.evolve(state, new PlanEvent.RequestsStated(AT, PLAN, STREET, List.of(bread), planner, "planner"));
        return state;
    }

    /** Folds the stretch as the core would record it. */
    static Plan record(Federation state, RecordPlanRounds c) {
        Instant at = AT.plusSeconds(60);
        c.rounds().forEach(r -> Mandate.evolve(state, new PlanEvent.PlanRoundPublished(at, PLAN, r)));
        int last = state.plans().of(PLAN).lastRound();
        c.proposals().forEach(q -> Mandate.evolve(state, new PlanEvent.PlanProposalComputed(at, PLAN, last, q)));
        Mandate.evolve(state, new PlanEvent.PlanStretchEnded(at, PLAN, last, c.ending(), c.blocking(), c.why()));
        return state.plans().of(PLAN);
    }

    /** The next stretch, as the server would compute it. */
    static RecordPlanRounds stretch(Federation state) {
        return Stretch.next(plan(state));
    }

    static Plan plan(Federation state) {
        return state.plans().of(PLAN);
    }
}
