package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.core.MemberId;
import org.mandate.server.Server;
import org.mandate.server.account.Accounts;
import org.mandate.store.Store;

/**
 * {@code invoices import}: a CSV file's invoices recorded through a running server as the member whose
 * token is given (ana, the bakery's treasurer in docs/examples/credit.jsonl): the core decides each one,
 * so an invoice in another body's name or under a used id is refused by its rule, and a bad file sends
 * nothing.
 */
class InvoiceImportTest {
    private static final Instant NOW = Instant.parse("2026-05-07T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void records_each_invoice_as_the_member_and_names_the_rule_of_each_refusal() throws Exception {
        Path data = RecordFixtures.imported(dir, RecordFixtures.creditExample());
        Path csv = dir.resolve("june.csv");
        Files.writeString(csv, "id,debtor,creditor,amount\nbakery-101,mill,bakery,25\n\nbakery-102,bakery,mill,10\nmill-001,dairy,bakery,5\n");
        try (Server server = Server.start(Store.sqlite(data), data, Clock.fixed(NOW, ZoneOffset.UTC), "127.0.0.1", 0);
                Store directory = Store.sqlite(data)) {
            Accounts accounts = new Accounts(directory.directory());
            accounts.register(new MemberId("ana"), "Ana", "ana@example.coop", "a long enough passphrase", NOW);
            String token = accounts.createApiToken(new MemberId("ana"), "import", NOW).token();
            long before = server.engine().size();

            ReplayCommandTest.Run run = ReplayCommandTest.run("invoices", "import", csv.toString(), "--url", "http://127.0.0.1:" + server.port(),
                    "--council", "market", "--token", token);

            assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(1);
            assertThat(run.out()).contains("june.csv:2: recorded bakery-101")
                    .contains("june.csv:4: bakery-102 refused: NotPermitted")
                    .contains("june.csv:5: mill-001 refused: IdInUse")
                    .contains("1 recorded, 2 refused");
            assertThat(server.engine().size()).isEqualTo(before + 1);
            String description = server.engine().reads().read(f -> f.credit().invoice("bakery-101").description());
            assertThat(description).isEqualTo("Imported from june.csv, line 2");
        }
    }

    @Test
    void a_bad_file_or_no_token_sends_nothing() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "id,debtor,creditor,amount\ni1,mill,bakery,12.5\n");

        ReplayCommandTest.Run bad = ReplayCommandTest.run("invoices", "import", csv.toString(), "--url", "http://127.0.0.1:9",
                "--council", "market", "--token", "t");
        ReplayCommandTest.Run noToken = ReplayCommandTest.run("invoices", "import", csv.toString(), "--url", "http://127.0.0.1:9",
                "--council", "market");

        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("bad.csv:2:").contains("nothing was sent");
        assertThat(noToken.exit()).isEqualTo(System.getenv("MANDATE_TOKEN") == null ? 2 : 1);
    }
}
