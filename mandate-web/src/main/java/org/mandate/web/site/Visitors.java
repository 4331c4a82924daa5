package org.mandate.web.site;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.mandate.core.member.RecordReaders;

/**
 * The pages keep the record's own rule of who may read it (core {@link RecordReaders}, the same rule the
 * API and {@code /record/} follow): while any body keeps its record for members, a visitor who is not
 * signed in sees only the login and sign-up pages and is asked to log in. Without this, a closed
 * assembly's members and proposals would be readable by anyone through the pages though not through
 * the API.
 */
public final class Visitors {
    private Visitors() {}

    /** Paths that are not pages of this module, or are the way in: left to their own rules. */
    static boolean isPage(String path) {
        return !(path.startsWith("/api/") || path.startsWith("/record/") || path.startsWith("/assets/")
                || path.equals("/metrics") || path.equals("/healthz")
                || path.equals("/login") || path.equals("/signup") || path.equals("/logout"));
    }

    public static void gate(Context ctx, Site site) {
        if (!isPage(ctx.path()) || !site.caller(ctx).anonymous() || site.<Boolean>read(RecordReaders::isPublic)) {
            return;
        }
        String here = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
        ctx.redirect("/login?next=" + URLEncoder.encode(here, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
        ctx.skipRemainingHandlers();
    }
}
