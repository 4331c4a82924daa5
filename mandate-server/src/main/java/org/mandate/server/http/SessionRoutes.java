package org.mandate.server.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mandate.core.Ids;
import org.mandate.core.MemberId;
import org.mandate.core.office.OfficeEvent.ResetCodeIssued;
import org.mandate.server.account.Login;
import org.mandate.server.account.Operator;
import org.mandate.server.account.Principal;
import org.mandate.server.account.Refusal;
import org.mandate.server.account.Session;

/**
 * Browser sessions over the API: logging in sets the {@code mandate_session} cookie (HttpOnly,
 * SameSite=Strict, Path=/, Secure over HTTPS) and returns the first CSRF token; logging out ends the
 * session; {@code GET /api/v1/me} says who the caller is. A member is shown, at login and on
 * {@code /me}, every reset code given for them since their previous login, read from the record.
 */
final class SessionRoutes {
    private SessionRoutes() {}

    static void register(JavalinConfig config, Wiring w) {
        config.routes.post("/api/v1/sessions", ctx -> login(ctx, w));
        config.routes.delete("/api/v1/sessions/current", ctx -> logout(ctx, w));
        config.routes.get("/api/v1/me", ctx -> me(ctx, w));
    }

    /** {@code {"member" | "operator", "password"}}: a session for a member, or for the server's operator. */
    static void login(Context ctx, Wiring w) {
        Optional<ObjectNode> body = JsonInput.object(ctx, w.codec(), List.of("password"), List.of("member", "operator"));
        if (body.isEmpty()) {
            return;
        }
        String member = JsonInput.text(body.get(), "member");
        String operator = JsonInput.text(body.get(), "operator");
        if ((member == null) == (operator == null)) {
            Problems.of(ctx, w.codec(), 400, "BadRequest", "name either 'member' or 'operator', not both");
            return;
        }
        String password = JsonInput.text(body.get(), "password");
        Instant now = w.clock().instant();
        Login login;
        if (member != null) {
            if (!Ids.valid(member)) {
                Problems.of(ctx, w.codec(), 401, "WrongCredentials", Refusal.WRONG_CREDENTIALS.message());
                return;
            }
            login = w.accounts().login(new MemberId(member), password, ctx.ip(), now);
        } else {
            login = w.accounts().loginOperator(operator, password, ctx.ip(), now);
        }
        switch (login) {
            case Login.Refused r when r.why() == Refusal.RATE_LIMITED -> Problems.rateLimited(ctx, w.codec());
            case Login.Refused r -> Problems.of(ctx, w.codec(), 401, "WrongCredentials", r.why().message());
            case Login.Success s -> {
                Session session = s.session();
                ctx.cookie(new Cookie(Caller.COOKIE, session.token(), "/", (int) Duration.between(now, session.expires()).toSeconds(),
                        secure(ctx), true, null, SameSite.STRICT));
                ctx.header(Caller.CSRF_HEADER, session.csrfToken());
                ObjectNode node = who(w, session.principal());
                node.put("expires", session.expires().toString());
                node.put("csrf", session.csrfToken());
                ctx.status(201).contentType("application/json").result(node.toString());
            }
        }
    }

    /** Ends the caller's session; a cookie session needs its CSRF token like any other change. */
    static void logout(Context ctx, Wiring w) {
        Optional<Caller> caller = Gate.changing(ctx, w);
        if (caller.isEmpty()) {
            return;
        }
        if (!caller.get().byCookie()) {
            Problems.of(ctx, w.codec(), 400, "NoSession", "an API token is not a session; revoke it instead");
            return;
        }
        w.accounts().logout(caller.get().sessionToken());
        ctx.removeCookie(Caller.COOKIE, "/");
        ctx.status(204);
    }

    /** Who is asking, with the reset codes given for a member since their previous login, and a cookie session's current CSRF token. */
    static void me(Context ctx, Wiring w) {
        Instant now = w.clock().instant();
        Caller caller = Caller.of(ctx, w.accounts(), now);
        if (caller.anonymous()) {
            Problems.of(ctx, w.codec(), 401, caller.byCookie() ? "SessionExpired" : "Unauthenticated",
                    "log in (POST /api/v1/sessions) or send a member's API token as 'Authorization: Bearer TOKEN'");
            return;
        }
        ObjectNode node = who(w, caller.principal().get());
        if (caller.byCookie()) {
            w.accounts().csrfToken(caller.sessionToken(), now).ifPresent(t -> {
                ctx.header(Caller.CSRF_HEADER, t);
                node.put("csrf", t);
            });
        }
        ctx.contentType("application/json").result(node.toString());
    }

    private static ObjectNode who(Wiring w, Principal principal) {
        ObjectNode node = w.codec().mapper().createObjectNode();
        switch (principal) {
            case Operator o -> node.put("operator", o.name());
            case Principal.Member m -> {
                node.put("member", m.id().value());
                Optional<Instant> since = w.accounts().previousLogin(m.id());
                node.put("previousLogin", since.map(Instant::toString).orElse(null));
                ArrayNode resets = node.putArray("resets");
                resetsSince(w, m.id(), since).forEach(e -> resets.add(w.codec().eventNode(e)));
            }
        }
        return node;
    }

    /**
     * The reset codes given for the member after {@code since} (all of them before a second login), from
     * the read model once it holds every event recorded so far: a query, no rule.
     */
    static List<ResetCodeIssued> resetsSince(Wiring w, MemberId member, Optional<Instant> since) {
        w.engine().reads().await(w.engine().size(), Duration.ofSeconds(2));
        return w.engine().reads().read(f -> f.offices().resetCodesFor(member).stream()
                .filter(e -> since.isEmpty() || e.at().isAfter(since.get())).toList());
    }

    /** HTTPS, directly or behind a proxy that says so: then the cookie is never sent over plain HTTP. */
    private static boolean secure(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }
}
