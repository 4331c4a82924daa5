package org.mandate.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.core.Councils.*;
import static org.mandate.core.Fixtures.*;
import static org.mandate.core.credit.Books.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandate.core.Scenario;
import org.mandate.core.credit.CreditCommand.ApplyClearing;
import org.mandate.core.credit.CreditCommand.DisputeInvoice;
import org.mandate.core.credit.CreditEvent.ClearingApplied;
import org.mandate.core.credit.CreditEvent.ClearingScheduled;
import org.mandate.core.credit.CreditEvent.InvoiceCleared;
import org.mandate.core.proposal.Motion;
import org.mandate.core.rule.Rejection;

/**
 * Clearings: scheduled by the council's decision, computed by the server when due, and checked here:
 * due, set-offs within what accepted invoices owe, every net position unchanged, settlements within limits.
 *
 * <p>The invoices form a cycle: bakery owes mill 100 (m-b), mill owes dairy 70 (d-m), dairy owes bakery
 * 50 (b-d), and a fourth, bakery owing dairy 30 (d-b), is only recorded.
 */
class ClearingTest {
    private Instant due;

    private Scenario scheduled(boolean settle) {
        Scenario s = adopted();
        accepted(s, "m-b", "mill", "bakery", 100);
        accepted(s, "d-m", "dairy", "mill", 70);
        accepted(s, "b-d", "bakery", "dairy", 50);
        s.given("eve", invoice("d-b", "dairy", "bakery", 30));
        due = s.now().plus(Duration.ofDays(30));
        ClearingScheduled e = first(decide(s, "food.clear", new Motion.ScheduleClearing("c1", due, settle)), ClearingScheduled.class);
        assertThat(e.when()).isEqualTo(due);
        return s;
    }

    private static List<ClearingLine> cycle(long amount) {
        return List.of(new ClearingLine("m-b", amount, 0), new ClearingLine("d-m", amount, 0), new ClearingLine("b-d", amount, 0));
    }

    @Test
    void a_due_clearing_sets_off_a_cycle_and_moves_no_net_position() {
        Scenario s = scheduled(false);
        s.at(due);
        assertThat(s.state().credit().due(s.state(), s.now())).extracting(ScheduledClearing::id).containsExactly("c1");

        var events = s.when(null, new ApplyClearing(b(FOOD), "c1", cycle(50))).thenEvents(ClearingApplied.class, InvoiceCleared.class,
                InvoiceCleared.class, InvoiceCleared.class);

        ClearingApplied applied = (ClearingApplied) events.get(0);
        assertThat(applied.invoices()).as("the recorded invoice takes no part").isEqualTo(3);
        assertThat(applied.outstanding()).isEqualTo(220);
        assertThat(applied.setOff()).isEqualTo(150);
        assertThat(ledger(s).invoice("m-b").outstanding()).isEqualTo(50);
        assertThat(ledger(s).invoice("b-d").outstanding()).isZero();
        assertThat(ledger(s).invoice("b-d").clearable()).as("paid in full by the set-off").isFalse();
        assertThat(ledger(s).invoice("m-b").clearings()).containsExactly(new Invoice.Cleared("c1", due, 50, 0));
        ScheduledClearing c = ledger(s).clearing("c1");
        assertThat(c.participants()).extracting(ScheduledClearing.Participant::invoice).containsExactly("b-d", "d-m", "m-b");
        assertThat(c.lines()).containsOnlyKeys("b-d", "d-m", "m-b");
        assertThat(ledger(s).balances().values()).allMatch(b -> b == 0);
        assertThat(s.state().credit().due(s.state(), s.now())).isEmpty();
        assertReplays(s);
    }

    @Test
    void only_the_server_applies_a_clearing() {
        Scenario s = scheduled(false);
        s.at(due);

        s.when("ana", new ApplyClearing(b(FOOD), "c1", cycle(50))).thenRefused(Rejection.OnlyTheServerClears.class);
    }

    @Test
    void refuses_a_clearing_before_its_time_twice_or_unknown() {
        Scenario s = scheduled(false);

        assertThat(s.when(null, new ApplyClearing(b(FOOD), "c1", cycle(50))).thenRefused(Rejection.ClearingNotDue.class).due()).isEqualTo(due);
        s.at(due);
        s.when(null, new ApplyClearing(b(FOOD), "c9", cycle(50))).thenRefused(Rejection.UnknownClearing.class);
        s.given(null, new ApplyClearing(b(FOOD), "c1", cycle(50)));
        s.when(null, new ApplyClearing(b(FOOD), "c1", List.of())).thenRefused(Rejection.ClearingAlreadyApplied.class);
    }

    @Test
    void refuses_a_set_off_above_what_an_invoice_owes() {
        Scenario s = scheduled(false);
        s.at(due);

        var refused = s.when(null, new ApplyClearing(b(FOOD), "c1", cycle(70))).thenRefused(Rejection.InvalidClearing.class);

        assertThat(refused.reason()).contains("'b-d' has 50 outstanding");
    }

    @Test
    void refuses_a_set_off_that_moves_a_net_position() {
        Scenario s = scheduled(false);
        s.at(due);

        var refused = s.when(null, new ApplyClearing(b(FOOD), "c1", List.of(new ClearingLine("m-b", 40, 0), new ClearingLine("d-m", 40, 0))))
                .thenRefused(Rejection.InvalidClearing.class);

        assertThat(refused.reason()).contains("net position of bakery");
    }

    @Test
    void refuses_invoices_not_accepted_negative_amounts_and_lines_twice() {
        Scenario s = scheduled(false);
        s.at(due);

        assertThat(s.when(null, new ApplyClearing(b(FOOD), "c1", List.of(new ClearingLine("d-b", 10, 0))))
                .thenRefused(Rejection.InvalidClearing.class).reason()).contains("awaiting the debtor's answer");
        s.when(null, new ApplyClearing(b(FOOD), "c1", List.of(new ClearingLine("m-b", -1, 0)))).thenRefused(Rejection.InvalidClearing.class);
        s.when(null, new ApplyClearing(b(FOOD), "c1", List.of(new ClearingLine("m-b", 0, 0), new ClearingLine("m-b", 0, 0))))
                .thenRefused(Rejection.InvalidClearing.class);
        s.when(null, new ApplyClearing(b(FOOD), "c1", List.of(new ClearingLine("zz", 0, 0)))).thenRefused(Rejection.InvalidClearing.class);
    }

    @Test
    void a_disputed_invoice_takes_no_part() {
        Scenario s = adopted();
        s.given("cat", invoice("m-b", "mill", "bakery", 100));
        s.given("ana", new DisputeInvoice("m-b", "Never delivered"));
        decide(s, "food.clear", new Motion.ScheduleClearing("c1", s.now(), false));

        s.when(null, new ApplyClearing(b(FOOD), "c1", List.of(new ClearingLine("m-b", 10, 0)))).thenRefused(Rejection.InvalidClearing.class);
        var applied = (ClearingApplied) s.when(null, new ApplyClearing(b(FOOD), "c1", List.of())).thenEvents(ClearingApplied.class).get(0);

        assertThat(applied.invoices()).isZero();
    }

    @Test
    void a_settlement_pays_what_remains_through_the_accounts_within_limits() {
        Scenario s = scheduled(true);
        decide(s, "food.limit.mill", new Motion.SetCreditLimit(b("mill"), 20));
        decide(s, "food.limit.bakery", new Motion.SetCreditLimit(b("bakery"), 50));
        s.at(max(due, s.now()));
        // after the cycle: bakery owes mill 50, mill owes dairy 20; bakery pays 50 into mill, mill 20 into dairy
        List<ClearingLine> lines = List.of(new ClearingLine("m-b", 50, 50), new ClearingLine("d-m", 50, 20), new ClearingLine("b-d", 50, 0));

        var events = s.when(null, new ApplyClearing(b(FOOD), "c1", lines)).thenAccepted();

        assertThat(((ClearingApplied) events.get(0)).settled()).isEqualTo(70);
        assertThat(balance(s, "bakery")).isEqualTo(-50);
        assertThat(balance(s, "mill")).isEqualTo(30);
        assertThat(balance(s, "dairy")).isEqualTo(20);
        assertThat(ledger(s).total()).isZero();
        assertThat(ledger(s).history(b("mill"))).extracting(Movement::clearing).containsOnly("c1");
        assertReplays(s);
    }

    @Test
    void refuses_a_settlement_beyond_a_limit_or_one_the_council_did_not_choose() {
        Scenario s = scheduled(true);
        decide(s, "food.limit.bakery", new Motion.SetCreditLimit(b("bakery"), 49));
        s.at(max(due, s.now()));

        var refused = s.when(null, new ApplyClearing(b(FOOD), "c1", List.of(new ClearingLine("m-b", 50, 50), new ClearingLine("d-m", 50, 0),
                new ClearingLine("b-d", 50, 0)))).thenRefused(Rejection.BeyondCreditLimit.class);
        assertThat(refused.body()).isEqualTo(b("bakery"));

        Scenario plain = scheduled(false);
        plain.at(due);
        plain.when(null, new ApplyClearing(b(FOOD), "c1", List.of(new ClearingLine("m-b", 0, 10)))).thenRefused(Rejection.InvalidClearing.class);
    }

    @Test
    void an_annulled_clearing_never_falls_due() {
        Scenario s = scheduled(false);
        councilAdopts(s, FOOD, "food.annul.clear", new Motion.Annul(p("food.clear")), null);
        s.at(max(due, s.now()));

        assertThat(s.state().credit().due(s.state(), s.now())).isEmpty();
        s.when(null, new ApplyClearing(b(FOOD), "c1", cycle(50))).thenRefused(Rejection.UnknownClearing.class);
    }

    @Test
    void refuses_scheduling_a_clearing_id_twice() {
        Scenario s = scheduled(false);

        s.when("ana", new org.mandate.core.proposal.ProposalCommand.SubmitProposal(p("food.clear.2"), b(FOOD), "Again", "",
                new Motion.ScheduleClearing("c1", due, false), List.of(), COMPETENCE)).thenRefused(Rejection.IdInUse.class);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
