package org.mandate.server.http;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import io.javalin.router.Endpoint;
import java.util.Locale;
import org.mandate.server.ops.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line and one metric per request: method, route template, status and duration. The template
 * ({@code /record/receipt/{index}}), never the concrete path or the query string, so that no token,
 * reset code or personal detail a client put in a URL reaches the log, and the metric's routes stay
 * few. Headers and cookies are never read here.
 */
final class RequestLog implements RequestLogger {
    static final Logger LOG = LoggerFactory.getLogger(RequestLog.class);
    /** What a request that matched no route is logged as. */
    static final String UNMATCHED = "(no route)";

    private final Metrics metrics;

    RequestLog(Metrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void handle(Context ctx, Float millis) {
        String route = route(ctx);
        String method = ctx.method().name();
        int status = ctx.statusCode();
        metrics.request(method, route, status, (long) (millis * 1_000_000L));
        if (LOG.isInfoEnabled()) {
            LOG.info("{} {} {} {} ms", method, route, status, String.format(Locale.ROOT, "%.1f", millis));
        }
    }

    static String route(Context ctx) {
        try {
            Endpoint matched = ctx.endpoints().lastHttpEndpoint();
            return matched == null ? UNMATCHED : matched.path;
        } catch (RuntimeException e) {
            return UNMATCHED;
        }
    }
}
