package org.mandate.server.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.mandate.core.BodyId;
import org.mandate.core.Ids;
import org.mandate.core.MemberId;
import org.mandate.core.Outcome;
import org.mandate.core.office.OfficeCommand.IssueResetCode;
import org.mandate.server.account.AccountRefused;
import org.mandate.server.account.Accounts;
import org.mandate.server.account.Refusal;
import org.mandate.server.account.Reset;

/**
 * Password resets through the record. Who may give a member a reset code is the core's to decide
 * ({@code issue-reset-code}); only once the record has accepted it does the server make the code, show
 * it once to the office-holder, and keep only its hash. The operator can never reset a password.
 */
final class ResetRoutes {
    private ResetRoutes() {}

    static void register(JavalinConfig config, Wiring w) {
        config.routes.post("/api/v1/reset-codes", ctx -> issue(ctx, w));
        config.routes.post("/api/v1/password-resets", ctx -> redeem(ctx, w));
    }

    /** {@code {"body", "member"}} by an office-holder of the member's assembly: the code, once. */
    static void issue(Context ctx, Wiring w) throws Exception {
        Optional<MemberId> actor = Gate.member(ctx, w);
        if (actor.isEmpty()) {
            return;
        }
        Optional<ObjectNode> in = JsonInput.object(ctx, w.codec(), List.of("body", "member"), List.of());
        if (in.isEmpty()) {
            return;
        }
        String body = JsonInput.text(in.get(), "body");
        String member = JsonInput.text(in.get(), "member");
        if (!Ids.valid(body) || !Ids.valid(member)) {
            Problems.of(ctx, w.codec(), 400, "BadRequest", "'body' and 'member' must be ids: 1 to 128 letters, digits, '.', '_', ':' or '-'");
            return;
        }
        issue(ctx, w, actor.get(), new IssueResetCode(new BodyId(body), new MemberId(member)));
    }

    /**
     * Submits the command and, only if the record accepts it, makes the code: 201 with the code, shown
     * this once. The command endpoint hands {@code issue-reset-code} here too, so no path records a code
     * that was not made.
     */
    static void issue(Context ctx, Wiring w, MemberId actor, IssueResetCode command) throws Exception {
        Outcome outcome = w.engine().writer().submit(command, actor).get(30, TimeUnit.SECONDS);
        switch (outcome) {
            case Outcome.Refused r -> Problems.refused(ctx, w.codec(), r.rejection());
            case Outcome.Accepted a -> {
                Instant now = w.clock().instant();
                String code = w.accounts().issueResetCode(command.member(), actor, now);
                ObjectNode node = w.codec().mapper().createObjectNode();
                node.put("member", command.member().value());
                node.put("body", command.body().value());
                node.put("code", code);
                node.put("expires", now.plus(Accounts.RESET_CODE_LIFETIME).toString());
                node.put("position", w.engine().size());
                ArrayNode events = node.putArray("events");
                a.events().forEach(e -> events.add(w.codec().eventNode(e)));
                ctx.status(201).contentType("application/json").result(node.toString());
            }
        }
    }

    /** {@code {"member", "code", "password"}}: a new password, once per code; every session of the member ends. */
    static void redeem(Context ctx, Wiring w) {
        Optional<ObjectNode> in = JsonInput.object(ctx, w.codec(), List.of("member", "code", "password"), List.of());
        if (in.isEmpty()) {
            return;
        }
        String member = JsonInput.text(in.get(), "member");
        if (!Ids.valid(member)) {
            Problems.of(ctx, w.codec(), 400, "InvalidCode", Refusal.INVALID_CODE.message());
            return;
        }
        Reset reset;
        try {
            reset = w.accounts().redeemResetCode(new MemberId(member), JsonInput.text(in.get(), "code"),
                    JsonInput.text(in.get(), "password"), ctx.ip(), w.clock().instant());
        } catch (AccountRefused e) {
            Problems.of(ctx, w.codec(), 400, "AccountRefused", e.getMessage());
            return;
        }
        switch (reset) {
            case Reset.Refused r when r.why() == Refusal.RATE_LIMITED -> Problems.rateLimited(ctx, w.codec());
            case Reset.Refused r -> Problems.of(ctx, w.codec(), 400, "InvalidCode", r.why().message());
            case Reset.Done d -> {
                ObjectNode node = w.codec().mapper().createObjectNode();
                node.put("member", d.member().value());
                node.put("issuedBy", d.issuedBy().value());
                node.put("issuedAt", d.issuedAt().toString());
                ctx.status(200).contentType("application/json").result(node.toString());
            }
        }
    }
}
