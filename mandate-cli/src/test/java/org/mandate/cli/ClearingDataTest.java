package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code clearing --data DIR}: the accepted, unpaid invoices of a council as the federation's store holds
 * them (here docs/examples/credit.jsonl, after its first clearing), cleared offline as the server would.
 * Left are mill and dairy owing each other 50 both ways, and the bakery owing the mill 20.
 */
class ClearingDataTest {
    @TempDir
    Path dir;

    @Test
    void clears_a_councils_accepted_invoices_from_the_store() throws Exception {
        Path data = RecordFixtures.imported(dir, RecordFixtures.creditExample());

        ReplayCommandTest.Run text = ReplayCommandTest.run("clearing", "--data", data.toString());
        ReplayCommandTest.Run json = ReplayCommandTest.run("clearing", "--data", data.toString(), "--council", "market", "--json", "--settle");

        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("Council market, mutual credit in hours").contains("Clearing of 4 invoices between 3 bodies")
                .contains("set off                  100 ");
        assertThat(json.exit()).as(json.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(json.out());
        assertThat(report.at("/totals/setOff").asLong()).isEqualTo(100);
        assertThat(report.at("/totals/remaining").asLong()).isEqualTo(20);
        assertThat(report.at("/credit/accounts").size()).isEqualTo(3);
    }

    @Test
    void says_what_is_wrong_and_clears_nothing() throws Exception {
        Path data = RecordFixtures.imported(dir, RecordFixtures.creditExample());

        ReplayCommandTest.Run unknown = ReplayCommandTest.run("clearing", "--data", data.toString(), "--council", "guild");
        ReplayCommandTest.Run both = ReplayCommandTest.run("clearing", "--data", data.toString(), "--invoices", "x.csv");
        ReplayCommandTest.Run empty = ReplayCommandTest.run("clearing", "--data", dir.resolve("nothing").toString());
        ReplayCommandTest.Run plain = ReplayCommandTest.run("clearing", "--data", RecordFixtures.imported(dir.resolve("f"),
                RecordFixtures.federationExample()).toString());

        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("council 'guild' does not run mutual credit").contains("[market]");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(empty.exit()).isEqualTo(1);
        assertThat(empty.err()).contains("holds no federation's database");
        assertThat(plain.exit()).isEqualTo(1);
        assertThat(plain.err()).contains("no council in this federation runs mutual credit");
    }
}
