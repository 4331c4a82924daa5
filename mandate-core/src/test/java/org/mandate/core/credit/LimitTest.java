package org.mandate.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.core.Councils.*;
import static org.mandate.core.Fixtures.*;
import static org.mandate.core.credit.Books.*;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandate.core.Scenario;
import org.mandate.core.credit.CreditEvent.CreditLimitSet;
import org.mandate.core.credit.CreditEvent.LimitRuleAdopted;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalCommand.SubmitProposal;
import org.mandate.core.rule.Rejection;

/** Credit limits come from the council's decisions: per body, or by a rule on each body's turnover. */
class LimitTest {

    @Test
    void the_council_sets_one_bodys_limit() {
        Scenario s = adopted();

        CreditLimitSet set = first(decide(s, "food.limit.bakery", new Motion.SetCreditLimit(b("bakery"), 500)), CreditLimitSet.class);

        assertThat(set.body()).isEqualTo(b("bakery"));
        assertThat(limit(s, "bakery")).isEqualTo(500);
        assertThat(limit(s, "mill")).isZero();
        assertReplays(s);
    }

    @Test
    void refuses_a_limit_for_a_body_without_an_account_or_below_zero() {
        Scenario s = adopted();

        s.when("ana", new SubmitProposal(p("food.limit"), b(FOOD), "Limit", "", new Motion.SetCreditLimit(b("brewery"), 5), List.of(),
                COMPETENCE)).thenRefused(Rejection.NoAccount.class);
        s.when("ana", new SubmitProposal(p("food.limit"), b(FOOD), "Limit", "", new Motion.SetCreditLimit(b("mill"), -5), List.of(),
                COMPETENCE)).thenRefused(Rejection.InvalidProposal.class);
    }

    @Test
    void a_limit_rule_gives_each_body_a_share_of_its_turnover_between_floor_and_cap() {
        Scenario s = adopted();
        decide(s, "food.limit.bakery", new Motion.SetCreditLimit(b("bakery"), 2_000));
        accepted(s, "inv-1", "bakery", "mill", 800);
        accepted(s, "inv-2", "dairy", "mill", 5_000);
        s.given("ana", pay("bakery", "mill", 600)); // a payment paying no invoice counts as the payee's turnover

        LimitRuleAdopted rule = first(decide(s, "food.rule", new Motion.AdoptLimitRule(500, 3, 100, 1_000)), LimitRuleAdopted.class);

        assertThat(rule.permille()).isEqualTo(500);
        assertThat(limit(s, "bakery")).as("half of 800, the rule replacing its own limit").isEqualTo(400);
        assertThat(limit(s, "dairy")).as("half of 5000, capped").isEqualTo(1_000);
        assertThat(limit(s, "mill")).as("half of 600").isEqualTo(300);
        assertReplays(s);
    }

    @Test
    void turnover_older_than_the_rules_window_no_longer_counts() {
        Scenario s = adopted();
        decide(s, "food.rule", new Motion.AdoptLimitRule(500, 3, 100, 1_000));
        accepted(s, "inv-1", "bakery", "mill", 800);
        assertThat(limit(s, "bakery")).isEqualTo(400);

        s.after(Duration.ofDays(93));

        assertThat(limit(s, "bakery")).as("only the floor is left").isEqualTo(100);
    }

    @Test
    void a_body_limit_set_after_the_rule_overrides_it_for_that_body() {
        Scenario s = adopted();
        decide(s, "food.rule", new Motion.AdoptLimitRule(500, 3, 100, 1_000));

        decide(s, "food.limit.mill", new Motion.SetCreditLimit(b("mill"), 5_000));

        assertThat(limit(s, "mill")).isEqualTo(5_000);
        assertThat(limit(s, "bakery")).isEqualTo(100);
        assertThat(ledger(s).rule(s.state())).isEqualTo(new LimitRule(500, 3, 100, 1_000));
    }

    @Test
    void refuses_a_rule_that_makes_no_sense() {
        Scenario s = adopted();

        for (Motion bad : List.of(new Motion.AdoptLimitRule(-1, 3, 0, 10), new Motion.AdoptLimitRule(500, 0, 0, 10),
                new Motion.AdoptLimitRule(500, 3, 20, 10), new Motion.AdoptLimitRule(500, 3, -1, 10))) {
            s.when("ana", new SubmitProposal(p("food.rule"), b(FOOD), "Rule", "", bad, List.of(), COMPETENCE))
                    .thenRefused(Rejection.InvalidProposal.class);
        }
    }

    @Test
    void when_the_member_bodies_annul_a_limit_the_one_before_it_applies_again() {
        Scenario s = adopted();
        decide(s, "food.limit.1", new Motion.SetCreditLimit(b("bakery"), 500));
        decide(s, "food.limit.2", new Motion.SetCreditLimit(b("bakery"), 50_000));
        assertThat(limit(s, "bakery")).isEqualTo(50_000);

        councilAdopts(s, FOOD, "food.annul.limit.2", new Motion.Annul(p("food.limit.2")), null);

        assertThat(limit(s, "bakery")).isEqualTo(500);
        assertReplays(s);
    }

    @Test
    void the_rule_is_exact_in_whole_units_rounding_down() {
        LimitRule rule = new LimitRule(333, 1, 0, Long.MAX_VALUE);

        assertThat(rule.limit(1_000)).isEqualTo(333);
        assertThat(rule.limit(1_001)).isEqualTo(333);
        assertThat(rule.limit(1_004)).isEqualTo(334);
        assertThat(rule.limit(CreditRules.MAX_AMOUNT)).isEqualTo(CreditRules.MAX_AMOUNT / 1000 * 333);
    }
}
