package org.mandate.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mandate.core.BodyId;
import org.mandate.core.Event;
import org.mandate.core.credit.CreditCommand;
import org.mandate.core.credit.CreditEvent;
import org.mandate.core.proposal.Motion;

/**
 * The writer applies a scheduled clearing on the first tick at or after its time, as the system, with
 * the economy's greatest set-off; once, and not before. Two cycles share the invoice bakery owes mill.
 */
class DueClearingTest extends ServerFixture {

    private void invoice(String by, String id, String creditor, String debtor, long amount, String accepter) {
        scenario.given(by, new CreditCommand.RecordInvoice(new BodyId("market"), id, new BodyId(creditor), new BodyId(debtor), amount, ""));
        scenario.given(accepter, new CreditCommand.AcceptInvoice(id));
    }

    @Test
    void the_writer_applies_a_due_clearing_on_its_tick_once_and_not_before() {
        scenario.assembly("bakery", EngineScenario.quickAssembly(), "ana");
        scenario.assembly("mill", EngineScenario.quickAssembly(), "cat");
        scenario.assembly("dairy", EngineScenario.quickAssembly(), "dan");
        scenario.assembly("farm", EngineScenario.quickAssembly(), "eve");
        scenario.credit("market", "bakery", "mill", "dairy", "farm");
        Instant due = scenario.now().plus(Duration.ofDays(40));
        scenario.councilAdopts("market", "market.clear", new Motion.ScheduleClearing("c1", due, false), "trade");
        scenario.treasurers(Map.of("bakery", "ana", "mill", "cat", "dairy", "dan", "farm", "eve"));
        // bakery -> mill -> dairy -> bakery can carry 7, bakery -> mill -> farm -> bakery 5; bakery -> mill (15) carries both
        invoice("cat", "bm", "mill", "bakery", 15, "ana");
        invoice("dan", "md", "dairy", "mill", 7, "cat");
        invoice("ana", "db", "bakery", "dairy", 9, "dan");
        invoice("eve", "mf", "farm", "mill", 5, "cat");
        invoice("ana", "fb", "bakery", "farm", 6, "eve");
        assertThat(scenario.now()).isBefore(due);
        assertThat(scenario.tick()).as("not yet due").noneMatch(e -> e instanceof CreditEvent);

        scenario.at(due);
        List<Event> events = scenario.tick();

        CreditEvent.ClearingApplied applied = (CreditEvent.ClearingApplied) events.stream()
                .filter(e -> e instanceof CreditEvent.ClearingApplied).findFirst().orElseThrow();
        assertThat(applied.invoices()).isEqualTo(5);
        assertThat(applied.setOff()).as("12 on bm, 7 on md and db, 5 on mf and fb").isEqualTo(36);
        assertThat(events).filteredOn(e -> e instanceof CreditEvent.InvoiceCleared).hasSize(5);
        long left = scenario.read(f -> f.credit().of(new BodyId("market")).invoice("bm").outstanding());
        assertThat(left).isEqualTo(3);
        scenario.after(Duration.ofMinutes(1));
        assertThat(scenario.tick()).as("applied once").noneMatch(e -> e instanceof CreditEvent);
    }
}
