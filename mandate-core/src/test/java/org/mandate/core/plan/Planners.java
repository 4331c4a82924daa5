package org.mandate.core.plan;

import static org.mandate.core.Councils.*;
import static org.mandate.core.Fixtures.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.mandate.core.Event;
import org.mandate.core.Scenario;
import org.mandate.core.office.Permission;
import org.mandate.core.plan.PlanCommand.*;
import org.mandate.core.plan.PlanTerms.*;
import org.mandate.core.proposal.Motion;

/**
 * The federation planning scenarios start from: assemblies mill (ana, ben), bakery (cat, dan) and
 * street (eve, fay) in the council food, granted the competence 'planning'; each assembly elected a
 * planner (ana, cat, eve) who may state its plan, and food elected ben its facilitator, who may call
 * human rounds. Brewery (hal) is in no council.
 *
 * <p>The economy: the mill makes flour (1 t of flour per unit, 10 hours), the bakery bread (1 t of
 * bread from 0.5 t of flour, 20 hours), the street asks for bread. With {@link #opened}, food has
 * opened plan "p1" with goods flour and bread, 1% tolerance, two human rounds, statements until
 * {@link #BALANCE}; with {@link #stated}, each body has stated its part.
 */
final class Planners {
    static final String FOOD = "food";
    static final String COMPETENCE = "planning";
    static final String PLAN = "p1";
    static final Map<String, String> PLANNER = Map.of("mill", "ana", "bakery", "cat", "street", "eve");
    static final Duration GATHER = Duration.ofDays(30);

    private Planners() {}

    static Scenario federation() {
        Scenario s = Scenario.start();
        assembly(s, "mill", quickAssembly(), "ana", "ben");
        assembly(s, "bakery", quickAssembly(), "cat", "dan");
        assembly(s, "street", quickAssembly(), "eve", "fay");
        assembly(s, "brewery", quickAssembly(), "hal");
        found(s, FOOD, "food", quickCouncil(), "mill", "bakery", "street");
        grant(s, FOOD, COMPETENCE);
        for (var t : new java.util.TreeMap<>(PLANNER).entrySet()) {
            electOffice(s, t.getKey(), "planner", List.of(Permission.PROPOSE_PLAN), t.getValue());
        }
        electOffice(s, FOOD, "facilitator", List.of(Permission.FACILITATE_PLAN), "ben", COMPETENCE);
        return s;
    }

    static Motion.OpenPlanPeriod period(String id, Instant balanceAt) {
        return new Motion.OpenPlanPeriod(id, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
                List.of(new PlanGood("flour", "t", "Flour"), new PlanGood("bread", "t", "Bread")), 10, 2, balanceAt);
    }

    static Scenario opened() {
        Scenario s = federation();
        decide(s, "food.plan", period(PLAN, s.now().plus(GATHER)));
        return s;
    }

    static Instant balanceAt(Scenario s) {
        return s.state().plans().of(PLAN).balanceAt();
    }

    static Scenario stated() {
        Scenario s = opened();
        s.given("ana", mill());
        s.given("cat", bakery());
        s.given("eve", street(100_000));
        return s;
    }

    static StateTechniques mill() {
        return new StateTechniques(PLAN, b("mill"), List.of(new Technique("milling", List.of(new PerUnit("flour", 1_000_000)), List.of(), 10_000_000, 200_000)));
    }

    static StateTechniques bakery() {
        return new StateTechniques(PLAN, b("bakery"), List.of(new Technique("baking", List.of(new PerUnit("bread", 1_000_000)),
                List.of(new PerUnit("flour", 500_000)), 20_000_000, 150_000)));
    }

    /** The street asks for up to {@code most} thousandths of a tonne of bread, valued at 100 hours a tonne. */
    static StateRequests street(long most) {
        return new StateRequests(PLAN, b("street"), List.of(new Request("bread", 0, List.of(new Step(most, 100_000_000)))));
    }

    /** The council food adopts the motion, relying on its competence 'planning'. */
    static List<Event> decide(Scenario s, String proposal, Motion motion) {
        return councilAdopts(s, FOOD, proposal, motion, COMPETENCE);
    }

    static Quantities production(String body, String technique, long level) {
        return new Quantities(b(body), List.of(new Activity(technique, level)), List.of());
    }

    static Quantities consumption(String body, String good, long quantity) {
        return new Quantities(b(body), List.of(), List.of(new Amount(good, quantity)));
    }

    /** The balanced plan: 100 t of bread from 50 t of flour. */
    static List<Quantities> balanced() {
        return List.of(production("mill", "milling", 50_000), production("bakery", "baking", 100_000), consumption("street", "bread", 100_000));
    }

    static RoundFigures round(int number, List<String> own) {
        return new RoundFigures(number, own.stream().map(org.mandate.core.Fixtures::b).toList(), 0, "", 1000, 0, 1000, List.of(30_000_000L, 80_000_000L),
                List.of(0L, 0L));
    }

    /** The server's stretch: rounds {@code from}..{@code to}, ending as said, with these proposals. */
    static RecordPlanRounds stretch(int from, int to, Ending ending, List<Quantities> proposals) {
        List<RoundFigures> rounds = new java.util.ArrayList<>();
        for (int k = from; k <= to; k++) {
            rounds.add(round(k, List.of()));
        }
        return new RecordPlanRounds(PLAN, rounds, ending, List.of(), null, proposals);
    }

    /** Stated, then the first stretch balanced after 3 rounds. */
    static Scenario balancedPlan() {
        Scenario s = stated();
        s.at(balanceAt(s));
        s.given(null, stretch(1, 3, Ending.BALANCED, balanced()));
        return s;
    }

    static Plan plan(Scenario s) {
        return s.state().plans().of(PLAN);
    }
}
