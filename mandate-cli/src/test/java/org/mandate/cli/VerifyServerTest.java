package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

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

/** {@code verify --url} against a real server: an imported federation served, its record read back as tiles and checked. */
class VerifyServerTest {
    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

    @TempDir
    Path dir;

    private static Server serve(Path data) {
        return Server.start(Store.sqlite(data), data, Clock.fixed(NOW, ZoneOffset.UTC), "127.0.0.1", 0);
    }

    private ReplayCommandTest.Run verify(Server server, String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("verify", "--url", "http://127.0.0.1:" + server.port(),
                "--memory", dir.resolve("mem").toString()));
        args.addAll(java.util.List.of(more));
        return ReplayCommandTest.run(args.toArray(String[]::new));
    }

    @Test
    void a_public_record_verifies_with_the_published_key_and_not_with_another() throws Exception {
        Path data = RecordFixtures.imported(dir);
        try (Server server = serve(data)) {
            ReplayCommandTest.Run run = verify(server, "--key", RecordFixtures.vkey(data), "--replay");
            assertThat(run.exit()).as(run.out() + run.err()).isZero();
            assertThat(run.out()).contains("Record at http://127.0.0.1:" + server.port() + "/record/")
                    .contains("log " + RecordFixtures.ORIGIN).contains("replayed").contains("OK: the ");

            ReplayCommandTest.Run foreign = verify(server, "--key", RecordFixtures.vkey(dir.resolve("exporter")));
            assertThat(foreign.exit()).isEqualTo(2);
            assertThat(foreign.out()).contains("is not signed by the key");
        }
    }

    @Test
    void a_record_for_members_only_is_read_with_a_members_token() throws Exception {
        Path data = RecordFixtures.imported(dir, ReplayCommandTest.example());
        try (Server server = serve(data); Store directory = Store.sqlite(data)) {
            Accounts accounts = new Accounts(directory.directory());
            accounts.register(new MemberId("ana"), "Ana", "ana@example.coop", "a long enough passphrase", NOW);
            String token = accounts.createApiToken(new MemberId("ana"), "verify", NOW).token();

            ReplayCommandTest.Run anonymous = verify(server, "--key", RecordFixtures.vkey(data));
            assertThat(anonymous.exit()).as(anonymous.out() + anonymous.err()).isEqualTo(1);
            assertThat(anonymous.err()).contains("is for members").contains("--token");

            ReplayCommandTest.Run member = verify(server, "--key", RecordFixtures.vkey(data), "--token", token);
            assertThat(member.exit()).as(member.out() + member.err()).isZero();
            assertThat(member.out()).contains("OK: the ");
        }
    }
}
