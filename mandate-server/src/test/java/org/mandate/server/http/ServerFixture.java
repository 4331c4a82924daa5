package org.mandate.server.http;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.codec.Codec;
import org.mandate.core.MemberId;
import org.mandate.record.checkpoint.LogKeys;
import org.mandate.server.account.Accounts;
import org.mandate.server.engine.Engine;
import org.mandate.server.engine.SettableClock;
import org.mandate.store.Store;

/** A server on the loopback over a fresh SQLite store, with a clock the test moves and a client to talk to it. */
abstract class ServerFixture {
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final String PASSWORD = "a long enough passphrase";

    @TempDir
    Path dir;

    Store store;
    Engine engine;
    Accounts accounts;
    ApiServer server;
    ApiClient api;
    final SettableClock clock = new SettableClock(T0);
    EngineScenario scenario;

    @BeforeEach
    void startServer() {
        LogKeys.generate(dir, "localhost/mandate");
        open();
    }

    /** Stops the server, the engine and the store, and opens them again on the same directory, as a restart does. */
    void restart() {
        stopServer();
        open();
    }

    private void open() {
        store = Store.sqlite(dir);
        engine = Engine.open(store, dir, clock);
        accounts = new Accounts(store.directory());
        server = ApiServer.start(new Wiring(engine, accounts, new Codec(), clock), List.of(), "127.0.0.1", 0);
        api = new ApiClient(server.port());
        scenario = new EngineScenario(engine, clock);
    }

    @AfterEach
    void stopServer() {
        server.close();
        engine.close();
        store.close();
    }

    /** Opens the member's account (with the fixture's password) and returns an API token for their scripts. */
    String account(String member) {
        accounts.register(new MemberId(member), "Member " + member, member + "@example.coop", PASSWORD, clock.instant());
        return accounts.createApiToken(new MemberId(member), "script", clock.instant()).token();
    }

    Map<String, List<String>> directory() {
        return DirectoryDump.of(dir);
    }
}
