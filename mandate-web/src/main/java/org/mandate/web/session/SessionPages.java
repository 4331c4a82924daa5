package org.mandate.web.session;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mandate.core.Ids;
import org.mandate.core.MemberId;
import org.mandate.core.Outcome;
import org.mandate.core.member.MemberCommand;
import org.mandate.core.rule.Rejection;
import org.mandate.server.account.AccountRefused;
import org.mandate.server.account.Accounts;
import org.mandate.server.account.Login;
import org.mandate.server.http.Caller;
import org.mandate.web.site.Form;
import org.mandate.web.site.Site;

/**
 * Signing up, logging in and out with plain forms. A session lives in the {@code mandate_session}
 * cookie (HttpOnly, SameSite=Strict, Path=/); logging out is a post with the session's CSRF token, so
 * another site cannot end it. Signing up opens the person's account and registers them as a member in
 * the record, by the same command the API takes, as their own act.
 */
public final class SessionPages {
    private final Site site;

    public SessionPages(Site site) {
        this.site = site;
    }

    public void register(JavalinConfig config) {
        config.routes.get("/login", ctx -> showLogin(ctx, 200, Form.NONE));
        config.routes.post("/login", this::login);
        config.routes.post("/logout", this::logout);
        config.routes.get("/signup", ctx -> showSignup(ctx, 200, Form.NONE));
        config.routes.post("/signup", this::signup);
    }

    private void showLogin(Context ctx, int status, Form form) {
        site.render(ctx, status, "login.jte", site.text().plain("login.title"), next(ctx), form);
    }

    private void showSignup(Context ctx, int status, Form form) {
        site.render(ctx, status, "signup.jte", site.text().plain("signup.title"), next(ctx), form);
    }

    private void login(Context ctx) {
        Map<String, List<String>> fields = Site.fields(ctx);
        String member = ctx.formParam("member");
        String password = ctx.formParam("password");
        if (member == null || !Ids.valid(member.strip()) || password == null) {
            showLogin(ctx, 401, Form.refused("login", without(fields, "password"), site.text().plain("login.wrong")));
            return;
        }
        Login login = site.accounts().login(new MemberId(member.strip()), password, ctx.ip(), site.now());
        switch (login) {
            case Login.Refused r -> showLogin(ctx, r.why() == org.mandate.server.account.Refusal.RATE_LIMITED ? 429 : 401,
                    Form.refused("login", without(fields, "password"), r.why().message()));
            case Login.Success s -> {
                ctx.cookie(cookie(ctx, s.session().token(), (int) Accounts.SESSION_LIFETIME.toSeconds()));
                ctx.redirect(next(ctx), HttpStatus.SEE_OTHER);
            }
        }
    }

    private void logout(Context ctx) {
        Caller caller = site.caller(ctx);
        if (caller.byCookie() && caller.principal().isPresent()
                && site.accounts().useCsrfToken(caller.sessionToken(), ctx.formParam(Caller.CSRF_FIELD), site.now()).isEmpty()) {
            site.problem(ctx, 403, site.text().plain("form.expired"));
            return;
        }
        site.accounts().logout(caller.sessionToken());
        ctx.cookie(cookie(ctx, "", 0));
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    private void signup(Context ctx) {
        Map<String, List<String>> fields = without(without(Site.fields(ctx), "password"), "again");
        Map<String, String> errors = new LinkedHashMap<>();
        String member = strip(ctx.formParam("member"));
        String name = strip(ctx.formParam("name"));
        String password = ctx.formParam("password");
        if (!Ids.valid(member)) {
            errors.put("member", site.text().plain("signup.member.invalid"));
        }
        if (name.isEmpty()) {
            errors.put("name", site.text().plain("signup.name.missing"));
        }
        if (password == null || !password.equals(ctx.formParam("again"))) {
            errors.put("again", site.text().plain("signup.again.differs"));
        }
        if (!errors.isEmpty()) {
            showSignup(ctx, 422, Form.invalid("signup", fields, errors));
            return;
        }
        MemberId id = new MemberId(member);
        try {
            site.accounts().register(id, name, ctx.formParam("contact"), password, site.now(),
                    site.engine().reads().<Boolean>read(f -> f.member(id) != null));
        } catch (AccountRefused e) {
            String field = e.getMessage().contains("password") ? "password" : "member";
            showSignup(ctx, 422, Form.invalid("signup", fields, Map.of(field, e.getMessage())));
            return;
        }
        // Registering in the record is the member's own act; someone already registered there keeps their place.
        if (site.submit(new MemberCommand.RegisterMember(id), id) instanceof Outcome.Refused r
                && !(r.rejection() instanceof Rejection.AlreadyRegistered)) {
            showSignup(ctx, 422, Form.refused("signup", fields, r.rejection().message()));
            return;
        }
        if (site.accounts().login(id, password, ctx.ip(), site.now()) instanceof Login.Success s) {
            ctx.cookie(cookie(ctx, s.session().token(), (int) Accounts.SESSION_LIFETIME.toSeconds()));
        }
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    /** Where to go after logging in: a path on this site only, never another origin. */
    static String next(Context ctx) {
        String next = ctx.queryParam("next");
        if (next == null) {
            next = ctx.formParam("next");
        }
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\") ? next : "/";
    }

    private static Cookie cookie(Context ctx, String value, int maxAge) {
        Cookie c = new Cookie(Caller.COOKIE, value);
        c.setPath("/");
        c.setHttpOnly(true);
        c.setSameSite(SameSite.STRICT);
        c.setMaxAge(maxAge);
        c.setSecure("https".equals(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto")));
        return c;
    }

    private static Map<String, List<String>> without(Map<String, List<String>> fields, String field) {
        Map<String, List<String>> out = new LinkedHashMap<>(fields);
        out.remove(field);
        return out;
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
