package org.mandate.web.record;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.mandate.record.checkpoint.SignedCheckpoint;
import org.mandate.web.site.Form;
import org.mandate.web.site.Site;

/**
 * {@code /record}: the public record as a member meets it: how many events it holds, the latest signed
 * checkpoint, how to verify the whole history offline with the CLI, and a way to the receipt of any
 * event ({@code /record/receipt/N}, served with the record's own routes).
 */
public final class RecordPage {
    private final Site site;

    public RecordPage(Site site) {
        this.site = site;
    }

    /** What the page shows: the log's size, how far the pages have read, and the checkpoint note (null before the first). */
    public record RecordView(long size, long folded, String checkpoint, String origin) {}

    public void register(JavalinConfig config) {
        config.routes.get("/record", ctx -> show(ctx, 200, Form.NONE));
        config.routes.get("/receipt", this::receipt);
    }

    private void show(Context ctx, int status, Form form) {
        String note = site.engine().writer().checkpoint().map(SignedCheckpoint::note).orElse(null);
        String origin = note == null ? null : note.lines().findFirst().orElse(null);
        RecordView view = new RecordView(site.engine().size(), site.engine().reads().position(), note, origin);
        site.render(ctx, status, "record.jte", site.text().plain("record.title"), view, form);
    }

    /** The receipt form works without JavaScript: it asks for a number, and this sends the browser to its receipt. */
    private void receipt(Context ctx) {
        String raw = ctx.queryParam("n");
        long n;
        try {
            n = Long.parseLong(raw == null ? "" : raw.strip());
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 0 || n >= site.engine().size()) {
            show(ctx, 422, Form.invalid("receipt", java.util.Map.of("n", java.util.List.of(raw == null ? "" : raw)),
                    java.util.Map.of("n", site.text().plain("record.receipt.range", site.engine().size() - 1))));
            return;
        }
        ctx.redirect("/record/receipt/" + n, HttpStatus.SEE_OTHER);
    }
}
