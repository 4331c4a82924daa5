package org.mandate.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.mandate.core.MemberId;
import org.mandate.core.member.RecordReaders;
import org.mandate.record.proof.Receipt;
import org.mandate.record.tiles.TilePath;
import org.mandate.server.record.PublicRecord;

/**
 * The record under {@code /record/}, laid out as C2SP tlog-tiles (docs/record-format.md sections 5
 * and 6): the checkpoint, hash tiles, entry bundles, receipts and consistency proofs, all at the latest
 * durable checkpoint. Who may read it is the core's rule ({@link RecordReaders}); a members-only
 * record is marked {@code private} so that no shared cache hands a member's copy to anyone else.
 */
final class RecordRoutes {
    static final String TEXT = "text/plain; charset=utf-8";
    /** Full tiles and bundles never change once complete. */
    private static final String FOREVER = "max-age=31536000, immutable";
    /** The checkpoint and what is answered against it move on within a second. */
    private static final String MOMENT = "max-age=1";
    /** A partial tile's bytes do not change either, but the log may stop serving it once the tile is full. */
    private static final String PARTIAL = "max-age=60";

    private RecordRoutes() {}

    static void register(JavalinConfig config, Wiring w) {
        config.routes.get("/record/checkpoint", ctx -> checkpoint(ctx, w));
        config.routes.get("/record/tile/<tile>", ctx -> tile(ctx, w));
        config.routes.get("/record/receipt/{index}", ctx -> receipt(ctx, w));
        config.routes.get("/record/consistency", ctx -> consistency(ctx, w));
    }

    private static void checkpoint(Context ctx, Wiring w) {
        String scope = scope(ctx, w);
        if (scope == null) {
            return;
        }
        var cp = w.engine().record().checkpoint();
        if (cp.isEmpty()) {
            Problems.of(ctx, w.codec(), 404, "NoCheckpoint", "the log has signed no checkpoint yet");
            return;
        }
        ctx.header("Cache-Control", scope + ", " + MOMENT).contentType(TEXT).result(cp.get().note());
    }

    private static void tile(Context ctx, Wiring w) {
        String scope = scope(ctx, w);
        if (scope == null) {
            return;
        }
        Optional<TilePath> path = TilePath.parse("tile/" + ctx.pathParam("tile"));
        if (path.isEmpty()) {
            Problems.of(ctx, w.codec(), 404, "NoSuchTile", "not a tile path: tile/<L>/<N>[.p/<W>] or tile/entries/<N>[.p/<W>], "
                    + "with N in groups of three digits (see docs/record-format.md)");
            return;
        }
        Optional<byte[]> bytes = w.engine().record().tile(path.get());
        if (bytes.isEmpty()) {
            Problems.of(ctx, w.codec(), 404, "NoSuchTile", "the latest checkpoint (size " + w.engine().record().coveredSize()
                    + ") does not cover " + path.get().path());
            return;
        }
        ctx.header("Cache-Control", scope + ", " + (path.get().isPartial() ? PARTIAL : FOREVER))
                .contentType("application/octet-stream").result(bytes.get());
    }

    private static void receipt(Context ctx, Wiring w) {
        String scope = scope(ctx, w);
        if (scope == null) {
            return;
        }
        Long index = decimal(ctx.pathParam("index"));
        if (index == null) {
            Problems.of(ctx, w.codec(), 400, "BadRequest", "an event's index is a decimal number from 0, without leading zeroes");
            return;
        }
        PublicRecord record = w.engine().record();
        Optional<Receipt> receipt = record.receipt(index);
        if (receipt.isEmpty()) {
            long durable = w.engine().writer().durableSize();
            Problems.of(ctx, w.codec(), 404, "NotCovered", index >= durable
                    ? "the record has " + durable + " events; there is no event " + index
                    : "event " + index + " is not yet covered by a signed checkpoint (the latest covers " + record.coveredSize()
                            + " events); one follows within a second or two");
            return;
        }
        ctx.header("Cache-Control", scope + ", " + MOMENT).contentType(TEXT).result(receipt.get().encode());
    }

    private static void consistency(Context ctx, Wiring w) {
        String scope = scope(ctx, w);
        if (scope == null) {
            return;
        }
        PublicRecord record = w.engine().record();
        String toParam = ctx.queryParam("to");
        Long from = decimal(ctx.queryParam("from"));
        Long to = toParam == null ? Long.valueOf(record.coveredSize()) : decimal(toParam);
        if (from == null || to == null || from < 1 || to < from) {
            Problems.of(ctx, w.codec(), 400, "BadRequest",
                    "give 'from' and optionally 'to' (default: the latest checkpoint's size) as tree sizes with 1 <= from <= to");
            return;
        }
        Optional<List<byte[]>> proof = record.consistency(from, to);
        if (proof.isEmpty()) {
            Problems.of(ctx, w.codec(), 404, "NotCovered", "the latest checkpoint covers " + record.coveredSize() + " events, not " + to);
            return;
        }
        StringBuilder body = new StringBuilder();
        for (byte[] hash : proof.get()) {
            body.append(Base64.getEncoder().encodeToString(hash)).append('\n');
        }
        // With both sizes given the proof can never change; without 'to' it follows the checkpoint.
        ctx.header("Cache-Control", scope + ", " + (toParam == null ? MOMENT : FOREVER)).contentType(TEXT)
                .result(body.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * "public" or "private" when the caller may read the record (the cache scope to answer with);
     * null when not, the problem then already answered: 401 for nobody, 403 for a non-member.
     */
    static String scope(Context ctx, Wiring w) {
        if (w.engine().reads().read(RecordReaders::isPublic)) {
            return "public";
        }
        Caller caller = Caller.of(ctx, w.accounts(), w.clock().instant());
        if (caller.anonymous()) {
            ctx.header("WWW-Authenticate", "Bearer");
            Problems.of(ctx, w.codec(), 401, "RecordForMembers", "this federation's record is for its members: sign in, "
                    + "or send a member's API token as 'Authorization: Bearer TOKEN'");
            return null;
        }
        Optional<MemberId> member = caller.member();
        if (member.isPresent() && w.engine().reads().read(f -> RecordReaders.mayRead(f, member.get()))) {
            return "private";
        }
        Problems.of(ctx, w.codec(), 403, "RecordForMembers",
                "this federation's record is for the members of its assemblies, and you belong to none of them");
        return null;
    }

    private static Long decimal(String text) {
        return text != null && text.matches("0|[1-9][0-9]{0,17}") ? Long.valueOf(text) : null;
    }
}
