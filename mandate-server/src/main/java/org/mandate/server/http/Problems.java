package org.mandate.server.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.mandate.codec.Codec;
import org.mandate.core.rule.Rejection;

/**
 * Every problem the API reports, as RFC 9457 problem+json: a refused command names the rule it broke
 * (its {@code type} is {@code /problems/RULE}, its {@code detail} the rule's sentence, and the facts it
 * names follow as members); bad input and missing credentials say what is wrong in the same shape.
 */
final class Problems {
    static final String TYPE = "application/problem+json";

    private Problems() {}

    static void refused(Context ctx, Codec codec, Rejection rejection) {
        ObjectNode node = codec.rejection(rejection);
        node.put("type", "/problems/" + rejection.rule());
        node.put("title", rejection.rule());
        node.put("status", 422);
        node.put("detail", rejection.message());
        ctx.status(422).contentType(TYPE).result(node.toString());
    }

    /** A body over {@link ApiServer#MAX_BODY}: refused before it is read as anything. */
    static void tooLarge(Context ctx, Codec codec) {
        of(ctx, codec, 413, "TooLarge", "a request body is at most " + ApiServer.MAX_BODY + " bytes");
    }

    /** Too many failed logins or reset tries: 429, and when the oldest failure stops counting at the latest. */
    static void rateLimited(Context ctx, Codec codec) {
        ctx.header("Retry-After", Long.toString(org.mandate.server.account.Accounts.RATE_WINDOW.toSeconds()));
        of(ctx, codec, 429, "RateLimited", org.mandate.server.account.Refusal.RATE_LIMITED.message());
    }

    static void of(Context ctx, Codec codec, int status, String kind, String detail) {
        ObjectNode node = codec.mapper().createObjectNode();
        node.put("type", "/problems/" + kind);
        node.put("title", kind);
        node.put("status", status);
        node.put("detail", detail);
        ctx.status(status).contentType(TYPE).result(node.toString());
    }
}
