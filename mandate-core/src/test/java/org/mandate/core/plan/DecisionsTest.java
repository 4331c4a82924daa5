package org.mandate.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.core.Councils.*;
import static org.mandate.core.Fixtures.*;
import static org.mandate.core.plan.Planners.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandate.core.Scenario;
import org.mandate.core.plan.PlanCommand.CallHumanRound;
import org.mandate.core.plan.PlanEvent.*;
import org.mandate.core.plan.PlanTerms.*;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalCommand.SubmitProposal;
import org.mandate.core.rule.Rejection;

/** The decisions of a plan period: who may take them, when, and what stops them. */
class DecisionsTest {

    private static Rejection submitted(Scenario s, String member, String body, Motion motion, String competence) {
        s.when(member, new SubmitProposal(p(body + ".m" + s.state().proposals().size()), b(body), "Plan", "", motion, List.of(), competence));
        return s.thenRefused(Rejection.class);
    }

    private static Scenario unsettled() {
        Scenario s = stated();
        s.at(balanceAt(s));
        s.given(null, stretch(1, 4, Ending.UNSETTLED, balanced()));
        return s;
    }

    @Test
    void refuses_a_plan_period_a_council_was_granted_no_competence_for_and_one_an_assembly_opens() {
        Scenario s = federation();
        assertThat(submitted(s, "ana", FOOD, period("p2", s.now().plus(GATHER)), "banking")).isInstanceOf(Rejection.OutsideCompetence.class);
        assertThat(submitted(s, "ana", "mill", period("p2", s.now().plus(GATHER)), null)).isInstanceOf(Rejection.NotACouncil.class);
    }

    @Test
    void refuses_a_period_that_ends_before_it_starts_an_empty_catalogue_or_a_tolerance_or_human_rounds_out_of_range() {
        Scenario s = federation();
        var base = period("p2", s.now().plus(GATHER));
        List<Motion> bad = List.of(
                new Motion.OpenPlanPeriod("p2", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 1, 1), base.goods(), 10, 2, base.balanceAt()),
                new Motion.OpenPlanPeriod("p2", base.from(), base.to(), List.of(), 10, 2, base.balanceAt()),
                new Motion.OpenPlanPeriod("p2", base.from(), base.to(), List.of(base.goods().get(0), base.goods().get(0)), 10, 2, base.balanceAt()),
                new Motion.OpenPlanPeriod("p2", base.from(), base.to(), base.goods(), 0, 2, base.balanceAt()),
                new Motion.OpenPlanPeriod("p2", base.from(), base.to(), base.goods(), 10, 8, base.balanceAt()),
                new Motion.OpenPlanPeriod("p2", base.from(), base.to(), base.goods(), 10, 2, null));
        for (Motion m : bad) {
            assertThat(submitted(s, "ana", FOOD, m, COMPETENCE)).as(m.toString()).isInstanceOf(Rejection.InvalidProposal.class);
        }
    }

    @Test
    void refuses_a_catalogue_too_large_for_one_record_entry() {
        Scenario s = federation();
        List<PlanGood> goods = new java.util.ArrayList<>();
        for (int i = 0; i < PlanMotions.MAX_GOODS; i++) {
            goods.add(new PlanGood("good-" + i, "units of good " + i, "A good with a long descriptive name, number " + i + ", for the test"));
        }
        var base = period("p2", s.now().plus(GATHER));
        assertThat(submitted(s, "ana", FOOD, new Motion.OpenPlanPeriod("p2", base.from(), base.to(), goods, 10, 2, base.balanceAt()), COMPETENCE))
                .isInstanceOf(Rejection.TooLong.class);
    }

    @Test
    void refuses_a_plan_id_in_use() {
        Scenario s = opened();
        assertThat(submitted(s, "ana", FOOD, period(PLAN, s.now().plus(GATHER)), COMPETENCE)).isInstanceOf(Rejection.IdInUse.class);
    }

    @Test
    void only_the_council_s_facilitator_calls_a_human_round_and_only_as_many_as_its_decision_allows() {
        Scenario s = unsettled();
        s.when("ana", new CallHumanRound(PLAN, s.now().plus(WEEK))).thenRefused(Rejection.NotPermitted.class);
        s.when("ben", new CallHumanRound(PLAN, s.now())).thenRefused(Rejection.InvalidProposal.class);

        s.when("ben", new CallHumanRound(PLAN, s.now().plus(WEEK))).thenEvents(HumanRoundCalled.class);
        s.when("ben", new CallHumanRound(PLAN, s.now().plus(WEEK))).thenRefused(Rejection.NotInPlanPhase.class);
        s.at(plan(s).humanUntil());
        s.given(null, stretch(5, 6, Ending.UNSETTLED, balanced()));
        s.given("ben", new CallHumanRound(PLAN, s.now().plus(WEEK)));
        s.at(plan(s).humanUntil());
        s.given(null, stretch(7, 8, Ending.UNSETTLED, balanced()));

        assertThat(s.when("ben", new CallHumanRound(PLAN, s.now().plus(WEEK))).thenRefused(Rejection.NoHumanRoundsLeft.class).allowed()).isEqualTo(2);
    }

    @Test
    void refuses_a_human_round_while_statements_are_gathered() {
        Scenario s = stated();
        s.when("ben", new CallHumanRound(PLAN, s.now().plus(WEEK))).thenRefused(Rejection.NotInPlanPhase.class);
    }

    @Test
    void a_body_s_own_proposal_must_be_within_what_it_stated_and_made_while_the_round_is_open() {
        Scenario s = unsettled();
        Motion own = new Motion.ProposePlanQuantities(PLAN, List.of(), List.of(new Amount("bread", 90_000)));
        assertThat(submitted(s, "eve", "street", own, null)).isInstanceOf(Rejection.NotInPlanPhase.class);

        s.given("ben", new CallHumanRound(PLAN, s.now().plus(WEEK)));
        Motion tooMuch = new Motion.ProposePlanQuantities(PLAN, List.of(), List.of(new Amount("bread", 190_000)));
        assertThat(submitted(s, "eve", "street", tooMuch, null)).isInstanceOf(Rejection.OutsideStatement.class);
        Motion activities = new Motion.ProposePlanQuantities(PLAN, List.of(new Activity("milling", 1)), List.of());
        assertThat(submitted(s, "eve", "street", activities, null)).isInstanceOf(Rejection.OutsideStatement.class);
        assertThat(submitted(s, "hal", "brewery", own, null)).isInstanceOf(Rejection.NoStatement.class);

        assertThat(all(adopt(s, "street", "street.own", own), QuantitiesProposed.class)).hasSize(1);
        assertThat(plan(s).ownProposals().get(5)).containsOnlyKeys(b("street"));
    }

    @Test
    void an_own_proposal_whose_vote_closes_after_the_round_ends_has_no_effect() {
        Scenario s = unsettled();
        s.given("ben", new CallHumanRound(PLAN, s.now().plus(java.time.Duration.ofHours(1))));

        List<org.mandate.core.Event> closing = adopt(s, "street", "street.late", new Motion.ProposePlanQuantities(PLAN, List.of(),
                List.of(new Amount("bread", 90_000))));

        assertThat(all(closing, QuantitiesProposed.class)).isEmpty();
        assertThat(plan(s).ownProposals()).isEmpty();
    }

    @Test
    void a_ratification_names_the_body_s_current_proposal_and_a_human_round_after_it_asks_for_a_new_one() {
        Scenario s = balancedPlan();
        Motion stale = new Motion.RatifyPlanProposal(PLAN, 2);
        assertThat(submitted(s, "ana", "mill", stale, null)).isInstanceOf(Rejection.ProposalSuperseded.class);
        assertThat(submitted(s, "hal", "brewery", new Motion.RatifyPlanProposal(PLAN, 3), null)).isInstanceOf(Rejection.NoStatement.class);
        adopt(s, "mill", "mill.ratify", new Motion.RatifyPlanProposal(PLAN, 3));
        assertThat(plan(s).ratifiedCurrent(b("mill"))).isTrue();

        s.given("ben", new CallHumanRound(PLAN, s.now().plus(WEEK)));

        assertThat(plan(s).ratifiedCurrent(b("mill"))).isFalse();
        assertThat(submitted(s, "ana", "mill", new Motion.RatifyPlanProposal(PLAN, 3), null)).isInstanceOf(Rejection.NotInPlanPhase.class);
    }

    @Test
    void refuses_to_adopt_a_plan_that_is_not_balanced_or_that_another_council_opened() {
        Scenario s = unsettled();
        assertThat(submitted(s, "ana", FOOD, new Motion.AdoptPlan(PLAN), COMPETENCE)).isInstanceOf(Rejection.NotInPlanPhase.class);
        assertThat(submitted(s, "ana", FOOD, new Motion.AdoptPlan("p9"), COMPETENCE)).isInstanceOf(Rejection.UnknownPlan.class);
        found(s, "bread", "bread", quickCouncil(), "bakery", "mill");
        grant(s, "bread", COMPETENCE);
        assertThat(submitted(s, "cat", "bread", new Motion.AdoptPlan(PLAN), COMPETENCE)).isInstanceOf(Rejection.InvalidProposal.class);
    }

    @Test
    void an_annulled_opening_ends_the_period_nothing_falls_due_and_nothing_more_is_stated() {
        Scenario s = stated();
        councilAdopts(s, FOOD, "food.annul.plan", new Motion.Annul(p("food.plan")), null);

        assertThat(plan(s).phase(s.state())).isEqualTo(PlanPhase.ANNULLED);
        s.at(balanceAt(s));
        assertThat(s.state().plans().due(s.state(), s.now())).isEmpty();
        s.when("ana", mill()).thenRefused(Rejection.NotInPlanPhase.class);
        s.when(null, stretch(1, 1, Ending.BALANCED, balanced())).thenRefused(Rejection.PlanNotDue.class);
    }
}
