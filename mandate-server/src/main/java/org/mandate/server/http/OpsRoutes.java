package org.mandate.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.mandate.server.account.Operator;
import org.mandate.server.ops.Metrics;

/**
 * {@code /metrics} for the server's operator: their Prometheus on the same host (a loopback address,
 * with no proxy's forwarding header, so a request relayed by a reverse proxy on the host does not count
 * as local), or the operator's own session. Anyone else is refused: the figures are not secret, but how
 * busy the server is and when is nobody else's business. See docs/decisions/2026-11-25-metrics-and-request-log.md.
 */
final class OpsRoutes {
    private OpsRoutes() {}

    static void register(JavalinConfig config, Wiring w, Metrics metrics) {
        config.routes.get("/metrics", ctx -> {
            if (local(ctx) || operator(ctx, w)) {
                ctx.header("Cache-Control", "no-store").contentType(Metrics.CONTENT_TYPE).result(metrics.scrape());
                return;
            }
            Problems.of(ctx, w.codec(), 403, "MetricsForOperator",
                    "the server's figures are for its operator: scrape them from the server's own host, or sign in as the operator");
        });
    }

    private static boolean local(Context ctx) {
        if (ctx.header("Forwarded") != null || ctx.header("X-Forwarded-For") != null || ctx.header("X-Real-IP") != null) {
            return false;
        }
        try {
            // A literal address: no name is looked up.
            return InetAddress.getByName(ctx.req().getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static boolean operator(Context ctx, Wiring w) {
        return Caller.of(ctx, w.accounts(), w.clock().instant()).principal().filter(p -> p instanceof Operator).isPresent();
    }
}
