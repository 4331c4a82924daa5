package org.mandate.cli.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mandate.core.BodyId;
import org.mandate.core.Event;
import org.mandate.core.MemberId;
import org.mandate.core.office.OfficeEvent;
import org.mandate.core.office.Permission;
import org.mandate.core.plan.Plan;
import org.mandate.core.plan.PlanCommand;
import org.mandate.core.plan.PlanTerms.Amount;
import org.mandate.core.plan.PlanTerms.Quantities;
import org.mandate.core.proposal.Motion;
import org.mandate.core.vote.Ballot;
import org.mandate.economy.planning.federation.Stretch;

/**
 * The demo's plan periods, so that the plan pages have one adopted and one in the middle of its life.
 * The Riverlands confederation, granted 'planning' by its local federations, elects a facilitator and
 * opens a plan for the last quarter of 2026 with the catalogue of {@link DemoPlanBook}, while nine
 * co-operatives and five neighbourhood assemblies elect planners, who state techniques and requests;
 * when statements close the rounds are recorded as the server would record them ({@link Stretch#next}),
 * every body ratifies its part and the region adopts the plan. Then it opens the plan for 2027: after
 * the first stretch the facilitator calls a human round, in which the Canal Street assembly decides for
 * itself to take less bread than the prices would give it; the second stretch is recorded and most
 * bodies ratify, leaving the plan balanced and being ratified, with three bodies still to decide.
 */
final class DemoPlan {
    static final String EARLIER = "riverlands-2026-q4";
    static final String PLAN = "riverlands-2027";
    static final String COMPETENCE = "planning";
    static final BodyId REGION = new BodyId(DemoNames.REGION_ID);
    /** The body that proposes for itself in the human round. */
    static final BodyId OWN = new BodyId("canal-street");
    /** Bodies that have not ratified the 2027 plan when the demo ends: their votes are for a newcomer to follow. */
    static final List<BodyId> STILL_TO_RATIFY = List.of(new BodyId("docklands"), new BodyId("plumbers"), new BodyId("central-kitchen"));

    private DemoPlan() {}

    static void run(DemoGenerator g) {
        open(g, EARLIER, "Plan our co-operatives' production for the last quarter of 2026", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));
        Map<BodyId, MemberId> planners = elect(g);
        MemberId facilitator = g.state.offices().office(REGION, "plan-facilitator").holders().get(0);
        state(g, EARLIER, 0.25, planners);
        ratify(g, EARLIER, List.of());
        // the region adopts the quarter's plan while it opens the next year's
        g.councilDecides(REGION, "plan-adopt", "Adopt the plan for the last quarter of 2026",
                "Every co-operative and neighbourhood ratified its part.", new Motion.AdoptPlan(EARLIER), COMPETENCE, b -> DemoGenerator.yes());
        open(g, PLAN, "Plan our co-operatives' production for 2027 together", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
        g.closeRound();
        g.settle();
        state(g, PLAN, 1, planners);
        g.run(facilitator, new PlanCommand.CallHumanRound(PLAN, g.now.plus(Duration.ofDays(4))));
        int round = plan(g, PLAN).openHumanRound();
        g.open(OWN, "plan-own", "Our own proposal in round " + round + " of the 2027 plan: less bread, the rest as the prices give",
                "Half our street bakes at home now; we take a tenth less bread than the last round gave us, and the rest as it stands.",
                lessBread(plan(g, PLAN).proposals().get(OWN), plan(g, PLAN).statement(OWN)), List.of(), null, 0.75, g.yesNo(0.85));
        g.closeRound();
        g.tick(plan(g, PLAN).humanUntil());
        g.execute(null, Stretch.next(plan(g, PLAN)), null);
        ratify(g, PLAN, STILL_TO_RATIFY);
        g.logins.put("the facilitator of the Riverlands plans, who called the 2027 plan's human round", facilitator);
        g.logins.put("the planner of the Canal Street assembly, which proposed for itself in the human round", planners.get(OWN));
    }

    /** The region puts the period to its member bodies; statements close ten days on, two after the decision closes. */
    private static void open(DemoGenerator g, String plan, String title, LocalDate from, LocalDate to) {
        Instant statementsClose = g.now.plus(Duration.ofDays(10));
        g.councilDecides(REGION, "plan", title,
                "Co-operatives state what they can make and with what, neighbourhoods what they need; the rounds balance them.",
                new Motion.OpenPlanPeriod(plan, from, to, DemoPlanBook.GOODS, 10, 2, statementsClose), COMPETENCE, b -> DemoGenerator.yes());
    }

    /** Each planner states the body's part of {@code share} of a year; when statements close, the first stretch is recorded. */
    private static void state(DemoGenerator g, String plan, double share, Map<BodyId, MemberId> planners) {
        DemoPlanBook.techniques(share).forEach((body, techniques) -> g.run(planners.get(body), new PlanCommand.StateTechniques(plan, body, techniques)));
        DemoPlanBook.requests(share).forEach((body, requests) -> g.run(planners.get(body), new PlanCommand.StateRequests(plan, body, requests)));
        g.tick(plan(g, plan).balanceAt());
        g.execute(null, Stretch.next(plan(g, plan)), null);
    }

    /** Each body but those named ratifies its current proposal in its own assembly. */
    private static void ratify(DemoGenerator g, String id, List<BodyId> notYet) {
        Plan plan = plan(g, id);
        int balanced = plan.proposalsRound();
        for (BodyId body : plan.proposals().keySet()) {
            if (!notYet.contains(body)) {
                g.open(body, "plan-ratify", "Ratify our part of the plan " + id + " (round " + balanced + ")",
                        "What we proposed after round " + balanced + " becomes our part of the region's plan.",
                        new Motion.RatifyPlanProposal(id, balanced), List.of(), null, 0.7, g.yesNo(0.9));
            }
        }
        g.closeRound();
    }

    /** The region elects its facilitator while each body taking part elects its planner, as the opening is decided; returns the planners. */
    private static Map<BodyId, MemberId> elect(DemoGenerator g) {
        MemberId candidate = g.members(new BodyId("market-square")).get(0);
        g.councilDecides(REGION, "plan-facilitator", "Elect the facilitator of our plans", "Calls the human rounds of the region's plans.",
                new Motion.ElectOffice("plan-facilitator", List.of(Permission.FACILITATE_PLAN), 1), COMPETENCE, List.of(candidate),
                b -> new Ballot.Ranking(List.of(List.of(candidate.value()))));
        List<BodyId> taking = new ArrayList<>(DemoPlanBook.techniques(1).keySet());
        taking.addAll(DemoPlanBook.requests(1).keySet());
        for (BodyId body : taking) {
            List<MemberId> people = g.members(body);
            g.openElection(body, "planner", "Elect our planner", new Motion.ElectOffice("planner",
                    List.of(Permission.PROPOSE_PLAN), 1), people.subList(people.size() - 2, people.size()));
        }
        Map<BodyId, MemberId> planners = new LinkedHashMap<>();
        for (Event e : g.closeRound()) {
            if (e instanceof OfficeEvent.OfficeFilled f && f.office().equals("planner") && !f.holders().isEmpty()) {
                planners.put(f.body(), f.holders().get(0));
            }
        }
        g.settle();
        return planners;
    }

    /** The body's last proposal with a tenth less of each request's first good, never below its need. */
    private static Motion lessBread(Quantities last, Plan.Statement statement) {
        List<Amount> amounts = new ArrayList<>();
        for (Amount a : last.quantities()) {
            long need = statement.requests().stream().filter(r -> r.good().equals(a.good())).findFirst().orElseThrow().minimum();
            amounts.add(a.good().equals("bread") ? new Amount("bread", Math.max(need, a.thousandths() * 9 / 10)) : a);
        }
        return new Motion.ProposePlanQuantities(PLAN, List.of(), amounts);
    }

    private static Plan plan(DemoGenerator g, String id) {
        return g.state.plans().of(id);
    }
}
