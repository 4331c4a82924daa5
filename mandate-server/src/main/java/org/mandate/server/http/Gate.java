package org.mandate.server.http;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.Optional;
import org.mandate.core.MemberId;

/**
 * The door every request that changes something goes through, before its body is read: who is asking
 * ({@link Caller}), and, for a browser's session cookie, the session's one-time CSRF token, used up here
 * and replaced by the next one, which goes back in the {@code X-CSRF-Token} header so that a page or
 * script can chain its posts. A cross-site form can send the cookie but cannot know the token.
 */
final class Gate {
    private Gate() {}

    /** The caller, once authenticated and, for a cookie session, with a valid CSRF token; otherwise answers 401 or 403. */
    static Optional<Caller> changing(Context ctx, Wiring w) {
        Instant now = w.clock().instant();
        Caller caller = Caller.of(ctx, w.accounts(), now);
        if (caller.anonymous()) {
            if (caller.byCookie()) {
                Problems.of(ctx, w.codec(), 401, "SessionExpired", "the session has ended or expired; log in again (POST /api/v1/sessions)");
            } else {
                ctx.header("WWW-Authenticate", "Bearer");
                Problems.of(ctx, w.codec(), 401, "Unauthenticated",
                        "log in (POST /api/v1/sessions) or send a member's API token as 'Authorization: Bearer TOKEN'");
            }
            return Optional.empty();
        }
        if (caller.byCookie()) {
            String presented = presentedCsrf(ctx);
            if (presented == null || presented.isBlank()) {
                Problems.of(ctx, w.codec(), 403, "CsrfMissing", "a request made with the session cookie that changes something must carry "
                        + "the session's one-time token, in the " + Caller.CSRF_HEADER + " header or the '" + Caller.CSRF_FIELD + "' form field");
                return Optional.empty();
            }
            Optional<String> next = w.accounts().useCsrfToken(caller.sessionToken(), presented, now);
            if (next.isEmpty()) {
                Problems.of(ctx, w.codec(), 403, "CsrfRejected", "this one-time token was used already or is not this session's; "
                        + "fetch the current one (GET /api/v1/me) and try again");
                return Optional.empty();
            }
            ctx.header(Caller.CSRF_HEADER, next.get());
        }
        return Optional.of(caller);
    }

    /**
     * The member acting in the federation, as {@link #changing}; the server's operator is refused here, by
     * name: they run the server and are no member, so they issue no command and give no reset code.
     */
    static Optional<MemberId> member(Context ctx, Wiring w) {
        Optional<Caller> caller = changing(ctx, w);
        if (caller.isEmpty()) {
            return Optional.empty();
        }
        if (caller.get().member().isEmpty()) {
            Problems.of(ctx, w.codec(), 403, "OperatorCannotAct", "the server's operator runs the server but is no member: the operator "
                    + "cannot issue commands, vote or give reset codes; every act in the federation is a member's own");
            return Optional.empty();
        }
        return caller.get().member();
    }

    private static String presentedCsrf(Context ctx) {
        String header = ctx.header(Caller.CSRF_HEADER);
        if (header != null) {
            return header;
        }
        String type = ctx.contentType();
        boolean form = type != null && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"));
        return form ? ctx.formParam(Caller.CSRF_FIELD) : null;
    }
}
