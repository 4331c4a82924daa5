package org.mandate.server;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.mandate.core.clock.Tick;
import org.mandate.server.account.Accounts;
import org.mandate.server.engine.Engine;
import org.mandate.codec.Codec;
import org.mandate.server.http.ApiServer;
import org.mandate.server.http.RouteGroup;
import org.mandate.server.http.Wiring;
import org.mandate.store.Store;

/**
 * One federation's server: its store, its single writer, the clock command once a second (so what
 * falls due becomes events without anyone asking), and the HTTP surface.
 */
public final class Server implements AutoCloseable {
    private final Store store;
    private final Engine engine;
    private final ApiServer api;
    private final ScheduledExecutorService ticker;

    private Server(Store store, Engine engine, ApiServer api, ScheduledExecutorService ticker) {
        this.store = store;
        this.engine = engine;
        this.api = api;
        this.ticker = ticker;
    }

    public static Server start(Store store, Path dataDir, Clock clock, String host, int port) {
        return start(store, dataDir, clock, host, port, java.util.List.of());
    }

    /** A server with extra route groups beside the API's own (the web pages, from their module). */
    public static Server start(Store store, Path dataDir, Clock clock, String host, int port, java.util.List<RouteGroup> extra) {
        return start(store, dataDir, clock, host, port, extra, org.mandate.server.engine.Writer.BATCH);
    }

    /** As above, with at most {@code writerBatch} commands per store transaction: 1 is the load generator's baseline. */
    public static Server start(Store store, Path dataDir, Clock clock, String host, int port, java.util.List<RouteGroup> extra,
            int writerBatch) {
        Engine engine = Engine.open(store, dataDir, clock, writerBatch);
        ApiServer api = ApiServer.start(new Wiring(engine, new Accounts(store.directory()), new Codec(), clock), extra, host, port);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().name("mandate-clock").daemon().unstarted(r));
        ticker.scheduleAtFixedRate(() -> engine.writer().submit(new Tick(), null), 1, 1, TimeUnit.SECONDS);
        return new Server(store, engine, api, ticker);
    }

    public int port() {
        return api.port();
    }

    public Engine engine() {
        return engine;
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        api.close();
        engine.close();
        store.close();
    }
}
