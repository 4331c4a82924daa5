package org.mandate.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.Clock;
import org.mandate.codec.Codec;
import org.mandate.core.Ids;
import org.mandate.core.MemberId;
import org.mandate.server.account.AccountRefused;
import org.mandate.server.account.Accounts;
import org.mandate.server.account.Login;
import org.mandate.server.account.NewApiToken;
import org.mandate.server.account.Refusal;

/**
 * Opening an account and getting an API token for scripts. An account is a person's own act, as
 * registering as a member is; nobody, the server's operator included, opens one for someone else.
 */
final class AccountRoutes {
    private AccountRoutes() {}

    /** {@code {"member", "name", "contact", "password"}}: the account of the member id the person chose. */
    static void register(Context ctx, Accounts accounts, Codec codec, Clock clock) {
        JsonNode body = body(ctx, codec);
        if (body == null) {
            return;
        }
        String member = text(body, "member");
        if (!Ids.valid(member)) {
            Problems.of(ctx, codec, 400, "BadRequest", "'member' must be an id: 1 to 128 letters, digits, '.', '_', ':' or '-'");
            return;
        }
        try {
            accounts.register(new MemberId(member), text(body, "name"), text(body, "contact"), text(body, "password"), clock.instant());
        } catch (AccountRefused e) {
            Problems.of(ctx, codec, 400, "AccountRefused", e.getMessage());
            return;
        }
        ctx.status(201).contentType("application/json").result(codec.mapper().createObjectNode().put("member", member).toString());
    }

    /** {@code {"member", "password", "label"}}: a new API token, shown once. */
    static void token(Context ctx, Accounts accounts, Codec codec, Clock clock) {
        JsonNode body = body(ctx, codec);
        if (body == null) {
            return;
        }
        String member = text(body, "member");
        String password = text(body, "password");
        if (!Ids.valid(member) || password == null) {
            Problems.of(ctx, codec, 401, "WrongCredentials", Refusal.WRONG_CREDENTIALS.message());
            return;
        }
        Login login = accounts.login(new MemberId(member), password, ctx.ip(), clock.instant());
        switch (login) {
            case Login.Refused r -> Problems.of(ctx, codec, r.why() == Refusal.RATE_LIMITED ? 429 : 401,
                    r.why() == Refusal.RATE_LIMITED ? "RateLimited" : "WrongCredentials", r.why().message());
            case Login.Success s -> {
                String label = text(body, "label");
                NewApiToken t = accounts.createApiToken(new MemberId(member), label == null ? "script" : label, clock.instant());
                ctx.status(201).contentType("application/json")
                        .result(codec.mapper().createObjectNode().put("id", t.id()).put("token", t.token()).toString());
            }
        }
    }

    private static JsonNode body(Context ctx, Codec codec) {
        try {
            JsonNode node = codec.mapper().readTree(ctx.body());
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // answered below
        }
        Problems.of(ctx, codec, 400, "BadRequest", "the body must be a JSON object");
        return null;
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }
}
