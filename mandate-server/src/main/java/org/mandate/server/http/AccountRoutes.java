package org.mandate.server.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;
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
    static void register(Context ctx, Accounts accounts, Codec codec, Clock clock, org.mandate.server.read.ReadModel reads) {
        ObjectNode body = JsonInput.object(ctx, codec, List.of("member", "name", "password"), List.of("contact")).orElse(null);
        if (body == null) {
            return;
        }
        String member = JsonInput.text(body, "member");
        if (!Ids.valid(member)) {
            Problems.of(ctx, codec, 400, "BadRequest", "'member' must be an id: 1 to 128 letters, digits, '.', '_', ':' or '-'");
            return;
        }
        try {
            MemberId id = new MemberId(member);
            accounts.register(id, JsonInput.text(body, "name"), JsonInput.text(body, "contact"), JsonInput.text(body, "password"),
                    clock.instant(), reads.<Boolean>read(f -> f.member(id) != null));
        } catch (AccountRefused e) {
            Problems.of(ctx, codec, 400, "AccountRefused", e.getMessage());
            return;
        }
        ctx.status(201).contentType("application/json").result(codec.mapper().createObjectNode().put("member", member).toString());
    }

    /** {@code {"member", "password", "label"}}: a new API token, shown once. */
    static void token(Context ctx, Accounts accounts, Codec codec, Clock clock) {
        ObjectNode body = JsonInput.object(ctx, codec, List.of("member", "password"), List.of("label")).orElse(null);
        if (body == null) {
            return;
        }
        String member = JsonInput.text(body, "member");
        String password = JsonInput.text(body, "password");
        if (!Ids.valid(member) || password == null) {
            Problems.of(ctx, codec, 401, "WrongCredentials", Refusal.WRONG_CREDENTIALS.message());
            return;
        }
        Login login = accounts.login(new MemberId(member), password, ctx.ip(), clock.instant());
        switch (login) {
            case Login.Refused r when r.why() == Refusal.RATE_LIMITED -> Problems.rateLimited(ctx, codec);
            case Login.Refused r -> Problems.of(ctx, codec, 401, "WrongCredentials", r.why().message());
            case Login.Success s -> {
                String label = JsonInput.text(body, "label");
                NewApiToken t = accounts.createApiToken(new MemberId(member), label == null ? "script" : label, clock.instant());
                ctx.status(201).contentType("application/json")
                        .result(codec.mapper().createObjectNode().put("id", t.id()).put("token", t.token()).toString());
            }
        }
    }
}
