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
 * event ({@code /record/receipt/N}, served with the record's own routes). With JavaScript, the page
 * also remembers the last checkpoint this browser saw and checks the new one extends it (checkpoint.js);
 * without, it says how the CLI does the same.
 */
public final class RecordPage {
    private final Site site;

    public RecordPage(Site site) {
        this.site = site;
    }

    /**
     * What the page shows: the log's size, how far the pages have read, the checkpoint note (null before
     * the first) with its origin, tree size and root (base64) for the page's script to remember, and this
     * server's address for the command that verifies it.
     */
    public record RecordView(long size, long folded, String checkpoint, String origin, long treeSize, String root, String url) {}

    public void register(JavalinConfig config) {
        config.routes.get("/record", ctx -> show(ctx, 200, Form.NONE));
        config.routes.get("/receipt", this::receipt);
    }

    private void show(Context ctx, int status, Form form) {
        SignedCheckpoint cp = site.engine().record().checkpoint().orElse(null);
        String scheme = "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto")) ? "https" : ctx.scheme();
        RecordView view = cp == null
                ? new RecordView(site.engine().size(), site.engine().reads().position(), null, null, 0, null, scheme + "://" + ctx.host())
                : new RecordView(site.engine().size(), site.engine().reads().position(), cp.note(), cp.checkpoint().origin(), cp.size(),
                        java.util.Base64.getEncoder().encodeToString(cp.checkpoint().root()), scheme + "://" + ctx.host());
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
