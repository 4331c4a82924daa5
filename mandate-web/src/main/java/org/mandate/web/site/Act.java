package org.mandate.web.site;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mandate.core.Command;
import org.mandate.core.MemberId;
import org.mandate.core.Outcome;
import org.mandate.server.http.Caller;

/**
 * A form that submits one of the core's commands, in the same steps every time: a signed-in member,
 * the session's one-time CSRF token, the fields read into a command (bad input is named per field),
 * the command through the single writer. Refused, the page comes back with the rule's sentence beside
 * the form and what the member typed still in it; accepted, the browser is sent to the page that shows
 * the result (303, so a reload does not post again).
 */
public final class Act {
    private Act() {}

    /** Reads the fields into a command, or puts a message per bad field into {@code errors} and returns null. */
    @FunctionalInterface
    public interface Parse {
        Command parse(Map<String, List<String>> fields, Map<String, String> errors, MemberId member);
    }

    /** Shows the page again with the form as sent. */
    @FunctionalInterface
    public interface Reshow {
        void show(Context ctx, int status, Form form) throws Exception;
    }

    public static void post(Site site, Context ctx, String form, Parse parse, Reshow reshow, String done) throws Exception {
        Caller caller = site.caller(ctx);
        Optional<MemberId> member = caller.member();
        if (member.isEmpty() || !caller.byCookie()) {
            ctx.redirect("/login?next=" + URLEncoder.encode(done, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
            return;
        }
        Map<String, List<String>> fields = Site.fields(ctx);
        if (site.accounts().useCsrfToken(caller.sessionToken(), ctx.formParam(Caller.CSRF_FIELD), site.now()).isEmpty()) {
            reshow.show(ctx, 403, Form.refused(form, fields, site.text().plain("form.expired")));
            return;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Command command = parse.parse(fields, errors, member.get());
        if (command == null || !errors.isEmpty()) {
            reshow.show(ctx, 422, Form.invalid(form, fields, errors));
            return;
        }
        switch (site.submit(command, member.get())) {
            case Outcome.Refused r -> reshow.show(ctx, 422, Form.refused(form, fields, r.rejection().message()));
            case Outcome.Accepted a -> ctx.redirect(done, HttpStatus.SEE_OTHER);
        }
    }
}
