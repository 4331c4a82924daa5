package org.mandate.web.acts;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import org.mandate.core.Event;
import org.mandate.core.MemberId;
import org.mandate.web.site.Form;
import org.mandate.web.site.Site;

/**
 * {@code /me/acts}: everything the record says the signed-in member did, a page at a time
 * ({@code ?before=N} shows the acts older than event N). The read side lists the event numbers; the
 * events themselves are read from the store, outside the read model's lock, and put in words against
 * the readers' state.
 */
public final class ActsPage {
    private final Site site;

    public ActsPage(Site site) {
        this.site = site;
    }

    public void register(JavalinConfig config) {
        config.routes.get("/me/acts", this::show);
    }

    private void show(Context ctx) {
        MemberId me = site.caller(ctx).member().orElse(null);
        if (me == null) {
            ctx.redirect("/login?next=/me/acts", HttpStatus.SEE_OTHER);
            return;
        }
        long before = before(ctx.queryParam("before"));
        record Listed(long[] numbers, int count) {}
        Listed listed = site.read((state, indexes) -> new Listed(indexes.acts(me, before, ActsView.PAGE + 1), indexes.actCount(me)));
        List<Event> events = new ArrayList<>(listed.numbers().length);
        for (int i = 0; i < Math.min(ActsView.PAGE, listed.numbers().length); i++) {
            long n = listed.numbers()[i];
            events.add(site.codec().readEvent(site.engine().record().event(n)
                    .orElseThrow(() -> new IllegalStateException("event " + n + " was indexed but is not in the store"))));
        }
        long covered = site.engine().record().coveredSize();
        ActsView view = site.read(state -> ActsView.of(state, me.value(), listed.count(), listed.numbers(), events, covered, before < 0, site.text()));
        site.render(ctx, 200, "acts.jte", site.text().plain("acts.title"), view, Form.NONE);
    }

    /** The cursor: an event number, or -1 (the newest) for anything that is not one. */
    static long before(String raw) {
        try {
            return raw == null ? -1 : Math.max(-1, Long.parseLong(raw));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
