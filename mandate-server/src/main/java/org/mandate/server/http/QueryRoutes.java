package org.mandate.server.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.mandate.core.BodyId;
import org.mandate.core.Ids;
import org.mandate.core.MemberId;
import org.mandate.core.ProposalId;
import org.mandate.record.checkpoint.SignedCheckpoint;
import org.mandate.server.query.Answer;
import org.mandate.server.query.BodyViews;
import org.mandate.server.query.CouncilViews;
import org.mandate.server.query.MandateViews;
import org.mandate.server.query.MemberView;
import org.mandate.server.query.PageRequest;
import org.mandate.server.query.PetitionViews;
import org.mandate.server.query.ProposalViews;
import org.mandate.server.query.ReadAccess;
import org.mandate.server.query.Reading;

/**
 * The queries under {@code /api/v1}: every answer is built inside one call to the read model, never from
 * the writer's state, and says the position (events folded) it reflects. {@code ?atLeast=N} waits, up to
 * {@link #MAX_WAIT}, until the read model has folded N events, so a caller reads its own write.
 */
final class QueryRoutes {
    static final Duration MAX_WAIT = Duration.ofSeconds(2);

    private QueryRoutes() {}

    static void register(JavalinConfig config, Wiring w) {
        config.routes.get("/api/v1/record", ctx -> record(ctx, w));
        config.routes.get("/api/v1/bodies", ctx -> paged(ctx, w, (r, page) ->
                BodyViews.list(r, ctx.queryParam("type"), ctx.queryParam("axis"), page)));
        config.routes.get("/api/v1/bodies/{body}", ctx -> one(ctx, w, "body", BodyId::new, BodyViews::detail));
        config.routes.get("/api/v1/bodies/{body}/members", ctx -> pagedOf(ctx, w, "body", BodyId::new, BodyViews::members));
        config.routes.get("/api/v1/bodies/{body}/proposals", ctx -> pagedOf(ctx, w, "body", BodyId::new, ProposalViews::ofBody));
        config.routes.get("/api/v1/bodies/{body}/mandates", ctx -> pagedOf(ctx, w, "body", BodyId::new, MandateViews::ofBody));
        config.routes.get("/api/v1/bodies/{body}/petitions", ctx -> pagedOf(ctx, w, "body", BodyId::new, PetitionViews::ofBody));
        config.routes.get("/api/v1/bodies/{body}/seats", ctx -> one(ctx, w, "body", BodyId::new, CouncilViews::seats));
        config.routes.get("/api/v1/bodies/{body}/delegations", ctx -> one(ctx, w, "body", BodyId::new, CouncilViews::delegations));
        config.routes.get("/api/v1/members/{member}", ctx -> one(ctx, w, "member", MemberId::new, MemberView::detail));
        config.routes.get("/api/v1/proposals/{proposal}", ctx -> one(ctx, w, "proposal", ProposalId::new, ProposalViews::detail));
        config.routes.get("/api/v1/proposals/{proposal}/ballots", ctx -> pagedOf(ctx, w, "proposal", ProposalId::new, ProposalViews::ballots));
        config.routes.get("/api/v1/petitions/{petition}", ctx -> one(ctx, w, "petition", s -> s, PetitionViews::detail));
        config.routes.get("/api/v1/referendums", ctx -> paged(ctx, w, ProposalViews::referendums));
        CreditRoutes.register(config, w);
        PlanRoutes.register(config, w);
    }

    interface Query<I> {
        Answer answer(Reading r, I id);
    }

    interface PagedQuery<I> {
        Answer answer(Reading r, I id, PageRequest page);
    }

    static <I> void one(Context ctx, Wiring w, String param, Function<String, I> id, Query<I> query) {
        I key = id(ctx, w, param, id);
        if (key != null) {
            answer(ctx, w, r -> query.answer(r, key));
        }
    }

    static <I> void pagedOf(Context ctx, Wiring w, String param, Function<String, I> id, PagedQuery<I> query) {
        I key = id(ctx, w, param, id);
        if (key != null) {
            paged(ctx, w, (r, page) -> query.answer(r, key, page));
        }
    }

    static void paged(Context ctx, Wiring w, BiFunction<Reading, PageRequest, Answer> query) {
        String limit = ctx.queryParam("limit");
        String after = ctx.queryParam("after");
        Answer.Problem bad = PageRequest.problem(limit, after);
        if (bad != null) {
            write(ctx, w, bad);
            return;
        }
        PageRequest page = PageRequest.of(limit, after);
        answer(ctx, w, r -> query.apply(r, page));
    }

    /** The id in the path; a text that cannot be an id names nothing, so it is answered as unknown. */
    static <I> I id(Context ctx, Wiring w, String param, Function<String, I> id) {
        String raw = ctx.pathParam(param);
        if (!Ids.valid(raw)) {
            Problems.of(ctx, w.codec(), 404, "Unknown" + Character.toUpperCase(param.charAt(0)) + param.substring(1),
                    "'" + raw + "' is not an id, so there is no such " + param);
            return null;
        }
        return id.apply(raw);
    }

    /** Who asks, then the wait for {@code ?atLeast=}, then one read of the read model. */
    private static void answer(Context ctx, Wiring w, Function<Reading, Answer> query) {
        Caller caller = Caller.of(ctx, w.accounts(), w.clock().instant());
        if (ctx.header("Authorization") != null && caller.anonymous()) {
            ctx.header("WWW-Authenticate", "Bearer");
            Problems.of(ctx, w.codec(), 401, "Unauthenticated", "the API token sent is not valid; send a member's token, or none to read what is public");
            return;
        }
        if (!caughtUp(ctx, w)) {
            return;
        }
        Optional<MemberId> member = caller.member();
        Answer a = w.engine().reads().read((state, indexes) ->
                query.apply(new Reading(state, indexes, ReadAccess.of(member, state), w.codec().mapper())));
        write(ctx, w, a);
    }

    /** Read-your-writes: waits until the read model has folded {@code ?atLeast=} events; false once a problem is answered. */
    private static boolean caughtUp(Context ctx, Wiring w) {
        String text = ctx.queryParam("atLeast");
        if (text == null) {
            return true;
        }
        long n;
        try {
            n = Long.parseLong(text);
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 0) {
            Problems.of(ctx, w.codec(), 400, "BadRequest", "'atLeast' must be a number of events, such as the 'position' a command answered; got '" + text + "'");
            return false;
        }
        long size = w.engine().size();
        if (n > size) {
            Problems.of(ctx, w.codec(), 400, "BeyondRecord", "the record holds " + size + " events, fewer than the " + n + " asked for");
            return false;
        }
        if (!w.engine().reads().await(n, MAX_WAIT)) {
            ctx.header("Retry-After", "1");
            Problems.of(ctx, w.codec(), 503, "NotYetRead", "the read model has not yet folded " + n + " events; ask again in a moment");
            return false;
        }
        return true;
    }

    private static void write(Context ctx, Wiring w, Answer a) {
        switch (a) {
            case Answer.Found f -> ctx.status(200).contentType("application/json").result(f.json().toString());
            case Answer.Problem p -> Problems.of(ctx, w.codec(), p.status(), p.kind(), p.detail());
        }
    }

    /**
     * The record's durable size, the read model's position and the latest checkpoint the log signed: read
     * by whoever may read the record itself (the core's rule, as under {@code /record/}).
     */
    private static void record(Context ctx, Wiring w) {
        if (RecordRoutes.scope(ctx, w) == null) {
            return;
        }
        answer(ctx, w, r -> {
            // read after the position is fixed, so the size is never below it
            ObjectNode node = r.object().put("size", w.engine().writer().durableSize());
            Optional<SignedCheckpoint> cp = w.engine().writer().checkpoint();
            cp.ifPresent(c -> node.putObject("checkpoint").put("origin", c.checkpoint().origin()).put("size", c.size())
                    .put("root", Base64.getEncoder().encodeToString(c.checkpoint().root())).put("note", c.note()));
            return r.found(node);
        });
    }
}
