package org.mandate.web.site;

import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.mandate.core.Command;
import org.mandate.core.Federation;
import org.mandate.core.MemberId;
import org.mandate.core.Outcome;
import org.mandate.server.account.Accounts;
import org.mandate.server.engine.Engine;
import org.mandate.server.http.Caller;
import org.mandate.server.http.Wiring;

/**
 * What every page handler is given: the engine, the accounts, the clock, the templates and the words.
 * Pages read only through the read model ({@link #read}); forms submit the core's own commands through
 * the single writer ({@link #submit}), exactly as the API does, so a page holds no rule of its own.
 */
public final class Site {
    /** How long a page waits for the read model to fold a command it just submitted, before showing the page anyway. */
    static final Duration CATCH_UP = Duration.ofSeconds(5);

    private final Wiring wiring;
    private final Pages pages = new Pages();
    private final Text text = Text.english();
    private final Assets assets;

    public Site(Wiring wiring) {
        this.wiring = wiring;
        this.assets = Assets.load();
    }

    public Text text() {
        return text;
    }

    public Assets assets() {
        return assets;
    }

    public Accounts accounts() {
        return wiring.accounts();
    }

    public Engine engine() {
        return wiring.engine();
    }

    public Instant now() {
        return wiring.clock().instant();
    }

    public Caller caller(Context ctx) {
        return Caller.of(ctx, wiring.accounts(), now());
    }

    /** A query over the readers' state; the view it returns must hold no reference into that state. */
    public <T> T read(Function<Federation, T> query) {
        return wiring.engine().reads().read(query);
    }

    /**
     * Submits a command as {@code member} and waits until its events are durable; when accepted, also
     * until the read model has folded them, so the page shown next already shows what the member did.
     */
    public Outcome submit(Command command, MemberId member) {
        Outcome o;
        try {
            o = wiring.engine().writer().submit(command, member).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the writer did not answer: " + e.getMessage(), e);
        }
        if (o instanceof Outcome.Accepted) {
            wiring.engine().reads().await(wiring.engine().size(), CATCH_UP);
        }
        return o;
    }

    /** The frame of a page for this request: who is signed in and the CSRF token their forms carry. */
    public Frame frame(Context ctx, String title) {
        Caller c = caller(ctx);
        Optional<MemberId> member = c.member();
        String csrf = c.byCookie() && c.principal().isPresent() ? wiring.accounts().csrfToken(c.sessionToken(), now()).orElse(null) : null;
        return new Frame(text, title, member.map(MemberId::value).orElse(null), csrf, assets.htmxPath(), assets.cssPath(), ctx.path());
    }

    /** Renders a page: the frame and the named view as the template's parameters. */
    public void render(Context ctx, int status, String template, String title, Object view, Form form) {
        Map<String, Object> params = new HashMap<>();
        params.put("f", frame(ctx, title));
        params.put("v", view);
        params.put("form", form);
        ctx.status(status).contentType("text/html; charset=utf-8").header("Cache-Control", "no-store").result(pages.render(template, params));
    }

    /** A page that says what went wrong, in words, with the status that fits. */
    public void problem(Context ctx, int status, String sentence) {
        render(ctx, status, "problem.jte", text.plain("problem.title"), sentence, Form.NONE);
    }

    /** The form's fields as sent: every value of every field, in order. */
    public static Map<String, List<String>> fields(Context ctx) {
        return ctx.formParamMap();
    }
}
