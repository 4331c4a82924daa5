package org.mandate.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.core.Councils.*;
import static org.mandate.core.Fixtures.*;
import static org.mandate.core.credit.Books.*;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandate.core.Scenario;
import org.mandate.core.credit.CreditEvent.MutualCreditAdopted;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalCommand.PublishProposal;
import org.mandate.core.proposal.ProposalCommand.SubmitProposal;
import org.mandate.core.proposal.ProposalEvent.EffectLapsed;
import org.mandate.core.rule.Rejection;

/** A council adopts mutual credit by its own decision, relying on a granted competence; every member body then has an account. */
class AdoptionTest {

    @Test
    void a_council_adopts_mutual_credit_and_every_member_body_has_an_account_at_zero() {
        Scenario s = federation();

        MutualCreditAdopted adopted = first(decide(s, "food.credit", new Motion.AdoptMutualCredit("hours")), MutualCreditAdopted.class);

        assertThat(adopted.unit()).isEqualTo("hours");
        assertThat(adopted.decision()).isEqualTo(p("food.credit"));
        Ledger ledger = ledger(s);
        assertThat(ledger.accounts(s.state())).containsExactly(b("bakery"), b("dairy"), b("mill"));
        assertThat(ledger.accounts(s.state())).allSatisfy(body -> assertThat(ledger.balance(body)).isZero());
        assertThat(ledger.hasAccount(s.state(), b("brewery"))).isFalse();
        assertReplays(s);
    }

    @Test
    void a_body_admitted_later_has_an_account_too() {
        Scenario s = adopted();
        adopt(s, "brewery", "brewery.apply", new Motion.ApplyToCouncil(b(FOOD), p("food.admit.brewery")));
        for (String body : List.of("bakery", "dairy", "mill")) {
            bodyVotes(s, body, "food.admit.brewery", yes());
        }
        closeVote(s, "food.admit.brewery");

        assertThat(s.state().body(b(FOOD)).memberBodies()).containsKey(b("brewery"));
        assertThat(ledger(s).hasAccount(s.state(), b("brewery"))).isTrue();
        assertThat(ledger(s).accounts(s.state())).contains(b("brewery"));
    }

    @Test
    void refuses_mutual_credit_a_council_was_granted_no_competence_for() {
        Scenario s = federation();

        s.when("ana", new SubmitProposal(p("food.credit"), b(FOOD), "Mutual credit", "", new Motion.AdoptMutualCredit("hours"), List.of(),
                "banking"));

        s.thenRefused(Rejection.OutsideCompetence.class);
    }

    @Test
    void refuses_adopting_mutual_credit_twice() {
        Scenario s = adopted();

        s.when("ana", new SubmitProposal(p("food.credit.2"), b(FOOD), "Again", "", new Motion.AdoptMutualCredit("euro cents"), List.of(),
                COMPETENCE));

        assertThat(s.thenRefused(Rejection.MutualCreditAlreadyAdopted.class).unit()).isEqualTo("hours");
    }

    @Test
    void refuses_mutual_credit_in_an_assembly_and_without_a_unit() {
        Scenario s = federation();

        s.when("ana", submit("bakery.credit", "bakery", new Motion.AdoptMutualCredit("hours")));
        s.thenRefused(Rejection.NotACouncil.class);
        s.when("ana", new SubmitProposal(p("food.credit"), b(FOOD), "Credit", "", new Motion.AdoptMutualCredit(" "), List.of(), COMPETENCE));
        s.thenRefused(Rejection.InvalidProposal.class);
    }

    @Test
    void refuses_limits_and_clearings_before_the_council_adopts_mutual_credit() {
        Scenario s = federation();

        s.when("ana", new SubmitProposal(p("food.limit"), b(FOOD), "Limit", "", new Motion.SetCreditLimit(b("bakery"), 100), List.of(),
                COMPETENCE));
        s.thenRefused(Rejection.NoMutualCredit.class);
        s.when("ana", pay("bakery", "mill", 10));
        s.thenRefused(Rejection.NoMutualCredit.class);
    }

    @Test
    void an_adoption_that_no_longer_fits_when_adopted_lapses() {
        Scenario s = federation();
        s.given("ana", new SubmitProposal(p("food.credit.a"), b(FOOD), "Credit in hours", "", new Motion.AdoptMutualCredit("hours"), List.of(),
                COMPETENCE));
        s.given("ana", new PublishProposal(p("food.credit.a"), null, Duration.ofDays(30)));
        for (String body : List.of("bakery", "dairy", "mill")) {
            bodyVotes(s, body, "food.credit.a", yes());
        }
        decide(s, "food.credit.b", new Motion.AdoptMutualCredit("euro cents"));

        var events = closeVote(s, "food.credit.a");

        assertThat(first(events, EffectLapsed.class).reason()).contains("already runs mutual credit");
        assertThat(ledger(s).unit()).isEqualTo("euro cents");
    }
}
