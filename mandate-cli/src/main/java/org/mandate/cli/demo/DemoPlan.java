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
 * The demo's plan period, so that the plan pages have a period to show in the middle of its life: the
 * Riverlands confederation, granted 'planning' by its local federations, opens the 2027 plan with the
 * catalogue of {@link DemoPlanBook} and elects a facilitator; eight co-operatives and five neighbourhood
 * assemblies elect planners, who state techniques and requests; when statements close, the first
 * stretch of rounds is recorded as the server would record it ({@link Stretch#next}). The facilitator
 * then calls a human round, in which the Canal Street assembly decides for itself to take less bread
 * than the prices would give it; the second stretch is recorded, and most bodies ratify their part,
 * leaving the plan balanced and being ratified, with the rest still to decide.
 */
final class DemoPlan {
    static final String PLAN = "riverlands-2027";
    static final String COMPETENCE = "planning";
    static final BodyId REGION = new BodyId(DemoNames.REGION_ID);
    /** The body that proposes for itself in the human round. */
    static final BodyId OWN = new BodyId("canal-street");
    /** Bodies that have not ratified when the demo ends: their votes are for a newcomer to follow. */
    static final List<BodyId> STILL_TO_RATIFY = List.of(new BodyId("docklands"), new BodyId("plumbers"), new BodyId("central-kitchen"));

    private DemoPlan() {}

    static void run(DemoGenerator g) {
        Map<BodyId, MemberId> planners = elect(g);
        MemberId facilitator = g.state.offices().office(REGION, "plan-facilitator").holders().get(0);
        DemoPlanBook.techniques().forEach((body, techniques) -> g.run(planners.get(body), new PlanCommand.StateTechniques(PLAN, body, techniques)));
        DemoPlanBook.requests().forEach((body, requests) -> g.run(planners.get(body), new PlanCommand.StateRequests(PLAN, body, requests)));
        g.tick(plan(g).balanceAt());
        g.execute(null, Stretch.next(plan(g)), null);
        g.run(facilitator, new PlanCommand.CallHumanRound(PLAN, g.now.plus(Duration.ofDays(6))));
        int round = plan(g).openHumanRound();
        g.open(OWN, "plan-own", "Our own proposal in round " + round + " of the 2027 plan: less bread, the rest as the prices give",
                "Half our street bakes at home now; we take a tenth less bread than the last round gave us, and the rest as it stands.",
                lessBread(plan(g).proposals().get(OWN), plan(g).statement(OWN)), List.of(), null, 0.75, g.yesNo(0.85));
        g.closeRound();
        g.tick(plan(g).humanUntil());
        g.execute(null, Stretch.next(plan(g)), null);
        int balanced = plan(g).proposalsRound();
        for (BodyId body : plan(g).proposals().keySet()) {
            if (!STILL_TO_RATIFY.contains(body)) {
                g.open(body, "plan-ratify", "Ratify our part of the 2027 plan (round " + balanced + ")",
                        "What we proposed after round " + balanced + " becomes our part of the region's plan for 2027.",
                        new Motion.RatifyPlanProposal(PLAN, balanced), List.of(), null, 0.7, g.yesNo(0.9));
            }
        }
        g.closeRound();
        g.logins.put("the facilitator of the Riverlands plan for 2027, who called its human round", facilitator);
        g.logins.put("the planner of the Canal Street assembly, which proposed for itself in the human round", planners.get(OWN));
    }

    /** The region opens the period and elects its facilitator while each taking part elects its planner; returns the planners. */
    private static Map<BodyId, MemberId> elect(DemoGenerator g) {
        Instant statementsClose = g.now.plus(Duration.ofDays(20));
        g.councilDecides(REGION, "plan", "Plan our co-operatives' production for 2027 together",
                "Co-operatives state what they can make and with what, neighbourhoods what they need; the rounds balance them.",
                new Motion.OpenPlanPeriod(PLAN, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), DemoPlanBook.GOODS, 10, 2, statementsClose),
                COMPETENCE, b -> DemoGenerator.yes());
        MemberId candidate = g.members(new BodyId("market-square")).get(0);
        g.councilDecides(REGION, "plan-facilitator", "Elect the facilitator of the 2027 plan", "Calls the human rounds of the plan.",
                new Motion.ElectOffice("plan-facilitator", List.of(Permission.FACILITATE_PLAN), 1), COMPETENCE, List.of(candidate),
                b -> new Ballot.Ranking(List.of(List.of(candidate.value()))));
        List<BodyId> taking = new ArrayList<>(DemoPlanBook.techniques().keySet());
        taking.addAll(DemoPlanBook.requests().keySet());
        for (BodyId body : taking) {
            List<MemberId> people = g.members(body);
            g.openElection(body, "planner", "Elect our planner for the 2027 plan", new Motion.ElectOffice("planner",
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

    private static Plan plan(DemoGenerator g) {
        return g.state.plans().of(PLAN);
    }
}
