package org.mandate.server.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.util.ArrayList;
import java.util.List;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.mandate.codec.Codec;
import org.mandate.codec.CodecException;
import org.mandate.core.Command;
import org.mandate.core.Event;
import org.mandate.core.MemberId;
import org.mandate.core.Outcome;
import org.mandate.core.office.OfficeCommand.IssueResetCode;
import org.mandate.server.account.Accounts;
import org.mandate.server.engine.Engine;
import org.mandate.server.ops.Metrics;

/**
 * The JSON API. A script acts with an API token ({@code Authorization: Bearer …}), a browser with its
 * session cookie and a one-time CSRF token ({@link Gate}); who acts comes from these, never from the
 * request body, and what they may do comes only from the record, which the core checks. The server's
 * operator acts in nothing. The answer comes once the command's events are durable, or at once if refused.
 */
public final class ApiServer implements AutoCloseable {
    /** The largest command body accepted: far above any command, far below what could burden the server. */
    static final long MAX_BODY = 256 * 1024;

    private final Javalin app;
    private final Metrics metrics;

    private ApiServer(Javalin app, Metrics metrics) {
        this.app = app;
        this.metrics = metrics;
    }

    public static ApiServer start(Engine engine, Accounts accounts, String host, int port) {
        return start(engine, accounts, java.time.Clock.systemUTC(), host, port);
    }

    public static ApiServer start(Engine engine, Accounts accounts, java.time.Clock clock, String host, int port) {
        return start(new Wiring(engine, accounts, new Codec(), clock), List.of(), host, port);
    }

    /** The API's own groups, then {@code extra} (the pages, when the web module is present). */
    public static ApiServer start(Wiring wiring, List<RouteGroup> extra, String host, int port) {
        Metrics metrics = new Metrics(wiring.engine());
        List<RouteGroup> groups = new ArrayList<>(List.of(ApiServer::commands, ApiServer::accounts, SessionRoutes::register,
                ResetRoutes::register, RecordRoutes::register, (config, w) -> OpsRoutes.register(config, w, metrics),
                QueryRoutes::register, ApiServer::openApi));
        groups.addAll(extra);
        Codec codec = wiring.codec();
        Javalin app = Javalin.create(config -> {
            config.http.maxRequestSize = MAX_BODY;
            config.requestLogger.http(new RequestLog(metrics));
            config.routes.get("/healthz", ctx -> ctx.contentType("text/plain").result("ok\n"));
            for (RouteGroup g : groups) {
                g.register(config, wiring);
            }
            // Javalin's own refusals (a body over maxRequestSize, met as it is read) answer in the same shape as ours.
            config.routes.exception(HttpResponseException.class, (e, ctx) -> {
                if (e.getStatus() == 413) {
                    Problems.tooLarge(ctx, codec);
                } else {
                    Problems.of(ctx, codec, e.getStatus(), "HttpError", e.getMessage());
                }
            });
            config.routes.exception(Exception.class, (e, ctx) ->
                    Problems.of(ctx, codec, 500, "ServerFault", "the server could not complete the request; nothing was changed by it"));
        }).start(host, port);
        return new ApiServer(app, metrics);
    }

    /** The document describing every route above, assembled once at start from the groups' fragments. */
    private static void openApi(JavalinConfig config, Wiring w) {
        String document = OpenApi.document(w.codec().mapper());
        config.routes.get("/api/v1/openapi.json", ctx -> ctx.contentType("application/json").result(document));
    }

    private static void commands(JavalinConfig config, Wiring w) {
        config.routes.post("/api/v1/commands", ctx -> command(ctx, w));
    }

    private static void accounts(JavalinConfig config, Wiring w) {
        config.routes.post("/api/v1/accounts", ctx -> AccountRoutes.register(ctx, w.accounts(), w.codec(), w.clock(), w.engine().reads()));
        config.routes.post("/api/v1/tokens", ctx -> AccountRoutes.token(ctx, w.accounts(), w.codec(), w.clock()));
    }

    private static void command(Context ctx, Wiring w) throws Exception {
        Optional<MemberId> actor = Gate.member(ctx, w);
        if (actor.isEmpty()) {
            return;
        }
        Codec codec = w.codec();
        byte[] body = ctx.bodyAsBytes();
        if (body.length > MAX_BODY) {
            Problems.tooLarge(ctx, codec);
            return;
        }
        Command command;
        try {
            // JSON is UTF-8 (RFC 8259), whatever charset a client names: read from the bytes.
            command = codec.readCommand(body);
        } catch (CodecException e) {
            Problems.of(ctx, codec, 400, "BadCommand", e.getMessage());
            return;
        }
        if (command instanceof IssueResetCode c) {
            ResetRoutes.issue(ctx, w, actor.get(), c);
            return;
        }
        Engine engine = w.engine();
        Outcome outcome = engine.writer().submit(command, actor.get()).get(30, TimeUnit.SECONDS);
        switch (outcome) {
            case Outcome.Refused r -> Problems.refused(ctx, codec, r.rejection());
            case Outcome.Accepted a -> {
                ObjectNode node = codec.mapper().createObjectNode();
                // At least the record's size once this command's events are in: a query may ask to wait for it.
                node.put("position", engine.size());
                ArrayNode events = node.putArray("events");
                for (Event e : a.events()) {
                    events.add(codec.eventNode(e));
                }
                ctx.status(200).contentType("application/json").result(node.toString());
            }
        }
    }

    /** The running Javalin instance: for tests that compare its routes with the OpenAPI document. */
    Javalin javalin() {
        return app;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        metrics.close();
    }
}
