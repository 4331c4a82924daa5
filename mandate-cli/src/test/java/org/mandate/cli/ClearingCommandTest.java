package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClearingCommandTest {
    @TempDir
    Path dir;

    private Path file(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    private Path csv(String... lines) throws IOException {
        return file("invoices.csv", lines);
    }

    private Path threeCycle() throws IOException {
        return csv("id,debtor,creditor,amount", "i1,bakery,mill,10000", "i2,mill,farm,7000", "i3,farm,bakery,5000",
                "i4,shop,bakery,2500");
    }

    @Test
    void prints_the_set_off_per_invoice_the_cycles_the_bodies_and_the_totals() throws IOException {
        ReplayCommandTest.Run run = ReplayCommandTest.run("clearing", "--invoices", threeCycle().toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .contains("Clearing of 4 invoices between 4 bodies")
                .contains("set off                  15000 (61.22 % of the outstanding total)")
                .contains("net-internal-debt bound  5000 (remaining / bound = 1.9000")
                .contains("i1: bakery -> mill, outstanding 10000, set off 5000, remaining 5000  cycles #1 5000")
                .contains("i4: shop -> bakery, outstanding 2500, set off 0, remaining 2500\n")
                .contains("#1: 5000: bakery -(i1)-> mill -(i2)-> farm -(i3)-> bakery")
                .contains("bakery: owed 7500 -> 2500, owing 10000 -> 5000, net -2500");
    }

    @Test
    void prints_json_a_program_can_read() throws IOException {
        ReplayCommandTest.Run run = ReplayCommandTest.run("clearing", "--invoices", threeCycle().toString(), "--json");

        assertThat(run.exit()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.at("/totals/setOff").asLong()).isEqualTo(15000);
        assertThat(report.at("/totals/remaining").asLong()).isEqualTo(9500);
        assertThat(report.at("/invoices/1/id").asText()).isEqualTo("i2");
        assertThat(report.at("/invoices/1/setOff").asLong()).isEqualTo(5000);
        assertThat(report.at("/invoices/1/cycles/0/cycle").asInt()).isEqualTo(1);
        assertThat(report.at("/cycles/0/bodies").toString()).isEqualTo("[\"bakery\",\"mill\",\"farm\"]");
    }

    @Test
    void refuses_a_bad_file_naming_every_bad_line_and_clears_nothing() throws IOException {
        Path file = csv("id,debtor,creditor,amount", "i1,bakery,mill,100.50", "i2,mill,mill,7000", "i3,farm,bakery,5000");

        ReplayCommandTest.Run run = ReplayCommandTest.run("clearing", "--invoices", file.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(file + ":2: the amount '100.50' is not a whole number")
                .contains(file + ":3: invoice 'i2' is from 'mill' to itself")
                .contains("nothing was cleared");
    }

    @Test
    void settles_what_remains_through_mutual_credit_within_limits() throws IOException {
        Path credit = file("accounts.csv", "body,balance,limit", "bakery,0,1000", "farm,0,0", "mill,0,0", "shop,0,10000");

        ReplayCommandTest.Run run = ReplayCommandTest.run("clearing", "--invoices", threeCycle().toString(), "--credit", credit.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .contains("paid through accounts    3500")
                .contains("debt discharged          6500")
                .contains("remaining                9500 -> 3000")
                .contains("bakery: balance 0 -> -1000 (limit 1000)")
                .contains("mill: balance 0 -> 3000 (limit 0)")
                .contains("shop: balance 0 -> -2500 (limit 10000)");
        JsonNode report = new ObjectMapper().readTree(ReplayCommandTest.run("clearing", "--invoices", threeCycle().toString(),
                "--credit", credit.toString(), "--json").out());
        assertThat(report.at("/credit/remainingAfter").asLong()).isEqualTo(3000);
        assertThat(report.at("/invoices/3/settledByCredit").asLong()).isEqualTo(2500);
    }

    @Test
    void refuses_to_settle_when_a_body_has_no_account() throws IOException {
        Path credit = file("accounts.csv", "body,balance,limit", "bakery,0,1000", "mill,0,0");

        ReplayCommandTest.Run run = ReplayCommandTest.run("clearing", "--invoices", threeCycle().toString(), "--credit", credit.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("no account for 'farm'").contains("no account for 'shop'");
    }

    @Test
    void says_so_when_the_file_is_missing() {
        ReplayCommandTest.Run run = ReplayCommandTest.run("clearing", "--invoices", dir.resolve("none.csv").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("no such file");
    }
}
