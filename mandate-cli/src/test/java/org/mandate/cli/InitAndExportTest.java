package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.core.MemberId;
import org.mandate.core.Outcome;
import org.mandate.core.member.MemberCommand;
import org.mandate.server.engine.Engine;
import org.mandate.store.Store;

/** {@code mandate init}, the writer filling the store, and {@code mandate export} of what the log signed, verified offline. */
class InitAndExportTest {
    @TempDir
    Path dir;

    @Test
    void a_new_federation_is_initialised_once_written_to_and_exported_as_a_history_that_verifies() throws Exception {
        Path data = dir.resolve("data");
        ReplayCommandTest.Run init = ReplayCommandTest.run("init", "--data", data.toString(), "--origin", "record.example.coop/mandate");
        assertThat(init.exit()).as(init.err()).isZero();
        assertThat(init.out()).contains("Log origin: record.example.coop/mandate").contains("Public key");

        ReplayCommandTest.Run again = ReplayCommandTest.run("init", "--data", data.toString());
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("already holds");

        try (Store store = Store.sqlite(data);
                Engine engine = Engine.open(store, data, Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC))) {
            for (int i = 0; i < 5; i++) {
                MemberId m = new MemberId("m" + i);
                assertThat(engine.writer().submit(new MemberCommand.RegisterMember(m), m).get(30, TimeUnit.SECONDS))
                        .isInstanceOf(Outcome.Accepted.class);
            }
        }

        Path history = dir.resolve("history.mlog");
        ReplayCommandTest.Run export = ReplayCommandTest.run("export", "--data", data.toString(), "--out", history.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.err()).contains("exported");

        String vkey = java.nio.file.Files.readString(data.resolve("log-key.vkey")).trim();
        ReplayCommandTest.Run verify = ReplayCommandTest.run("verify", history.toString(), "--key", vkey, "--memory", dir.resolve("mem").toString(),
                "--replay");
        assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out()).contains("OK").contains("members");
    }

    @Test
    void serve_refuses_a_data_directory_that_holds_no_federation() {
        ReplayCommandTest.Run serve = ReplayCommandTest.run("serve", "--data", dir.resolve("empty").toString(), "--port", "0");
        assertThat(serve.exit()).isEqualTo(1);
        assertThat(serve.err()).contains("holds no federation yet").contains("./mandate init");
    }
}
