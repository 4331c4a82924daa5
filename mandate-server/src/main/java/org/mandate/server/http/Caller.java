package org.mandate.server.http;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.Optional;
import org.mandate.core.MemberId;
import org.mandate.server.account.Accounts;
import org.mandate.server.account.Principal;

/**
 * Who is asking: a member by API token ({@code Authorization: Bearer …}) or by session cookie, the
 * operator by session cookie, or nobody. The one place that reads credentials from a request, shared by
 * the API and the pages, so both agree on who someone is. What they may then do comes from the record.
 */
public record Caller(Optional<Principal> principal, String sessionToken, boolean byCookie) {
    /** The session cookie: HttpOnly, SameSite=Strict, Path=/; Secure when served over HTTPS. */
    public static final String COOKIE = "mandate_session";
    /** Where a cookie-authenticated request that changes something presents its one-time CSRF token. */
    public static final String CSRF_HEADER = "X-CSRF-Token";
    public static final String CSRF_FIELD = "csrf";

    public static Caller of(Context ctx, Accounts accounts, Instant now) {
        String h = ctx.header("Authorization");
        if (h != null && h.startsWith("Bearer ")) {
            Optional<Principal> p = accounts.resolveApiToken(h.substring(7).trim()).map(Principal.Member::new);
            return new Caller(p, null, false);
        }
        String cookie = ctx.cookie(COOKIE);
        if (cookie != null && !cookie.isBlank()) {
            return new Caller(accounts.principal(cookie, now), cookie, true);
        }
        return new Caller(Optional.empty(), null, false);
    }

    /** The member asking, if a member is asking (not the operator, not nobody). */
    public Optional<MemberId> member() {
        return principal.flatMap(p -> p instanceof Principal.Member m ? Optional.of(m.id()) : Optional.empty());
    }

    public boolean anonymous() {
        return principal.isEmpty();
    }
}
