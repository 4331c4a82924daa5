package org.mandate.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.core.BodyId;
import org.mandate.core.MemberId;
import org.mandate.core.Outcome;
import org.mandate.core.body.BodyCommand;
import org.mandate.core.member.MemberCommand;

/** The queries over real HTTP: pages, problems, who may read what, secret ballots, and reading one's own write. */
class QueryRoutesTest {
    private static final int BIG = 500;

    @TempDir
    static Path dir;

    private static Served served;
    private static String member;

    @BeforeAll
    static void start() throws Exception {
        served = new Served(dir);
        served.federation();
        member = served.tokenFor("ana");
        List<CompletableFuture<Outcome>> all = new ArrayList<>();
        List<MemberId> cofounders = new ArrayList<>();
        for (int i = 0; i < BIG; i++) {
            MemberId m = new MemberId(String.format("m%03d", i));
            all.add(served.engine.writer().submit(new MemberCommand.RegisterMember(m), m));
            if (i > 0) {
                cofounders.add(m);
            }
        }
        for (String late : List.of("a-late", "z-late")) {
            all.add(served.engine.writer().submit(new MemberCommand.RegisterMember(new MemberId(late)), new MemberId(late)));
            cofounders.add(new MemberId(late));
        }
        awaitAll(all);
        served.submit(new BodyCommand.FoundAssembly(new BodyId("big"), "A big assembly", Served.publicCharter(), cofounders), "m000");
        for (int i = 1; i < BIG; i++) {
            MemberId m = new MemberId(String.format("m%03d", i));
            all.add(served.engine.writer().submit(new BodyCommand.AcceptFounding(new BodyId("big")), m));
        }
        awaitAll(all);
    }

    private static void awaitAll(List<CompletableFuture<Outcome>> all) throws Exception {
        for (var f : all) {
            assertThat(f.get(30, TimeUnit.SECONDS)).isInstanceOf(Outcome.Accepted.class);
        }
        all.clear();
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    private static JsonNode ok(String path, String token) throws Exception {
        HttpResponse<String> r = served.get(path, token);
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
        return served.json(r);
    }

    private static JsonNode problem(String path, String token, int status) throws Exception {
        HttpResponse<String> r = served.get(path, token);
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValue(Problems.TYPE);
        return served.json(r);
    }

    @Test
    void pagination_walks_a_500_member_body_exactly_once_in_order_while_members_join() throws Exception {
        ok("/api/v1/bodies/big/members?limit=1&atLeast=" + served.engine.size(), member);
        List<String> seen = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            JsonNode page = ok("/api/v1/bodies/big/members?limit=37" + (next == null ? "" : "&after=" + next), null);
            page.get("items").forEach(i -> seen.add(i.get("member").asText()));
            next = page.get("next").isNull() ? null : page.get("next").asText();
            if (++pages == 3) {
                // two members join mid-walk: one sorting before the cursor, one after it
                for (String late : List.of("a-late", "z-late")) {
                    served.command(late, "{\"type\":\"accept-founding\",\"body\":\"big\"}");
                }
                ok("/api/v1/bodies/big/members?limit=1&atLeast=" + served.engine.size(), null);
            }
        } while (next != null);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < BIG; i++) {
            expected.add(String.format("m%03d", i));
        }
        expected.add("z-late");
        assertThat(seen).as("every member once, in order; a joiner behind the cursor is not seen, one ahead of it is").isEqualTo(expected);
        assertThat(pages).isEqualTo((BIG + 1 + 36) / 37);
    }

    @Test
    void a_limit_out_of_range_or_a_cursor_not_given_by_the_server_is_a_400_problem() throws Exception {
        for (String limit : List.of("0", "201", "abc", "-1", "", "1e2")) {
            assertThat(problem("/api/v1/bodies/big/members?limit=" + limit, member, 400).get("title").asText()).isEqualTo("BadLimit");
        }
        assertThat(problem("/api/v1/bodies/big/members?after=%25%25", member, 400).get("title").asText()).isEqualTo("BadCursor");
        assertThat(ok("/api/v1/bodies/big/members?limit=200", member).get("items")).hasSize(200);
        assertThat(ok("/api/v1/bodies/big/members", member).get("items")).hasSize(50);
    }

    @Test
    void an_unknown_id_is_a_404_problem_naming_what_is_unknown() throws Exception {
        assertThat(problem("/api/v1/bodies/nowhere", member, 404).get("type").asText()).isEqualTo("/problems/UnknownBody");
        assertThat(problem("/api/v1/bodies/nowhere/proposals", member, 404).get("type").asText()).isEqualTo("/problems/UnknownBody");
        assertThat(problem("/api/v1/proposals/nothing", member, 404).get("type").asText()).isEqualTo("/problems/UnknownProposal");
        assertThat(problem("/api/v1/members/nobody", member, 404).get("type").asText()).isEqualTo("/problems/UnknownMember");
        assertThat(problem("/api/v1/petitions/none", member, 404).get("type").asText()).isEqualTo("/problems/UnknownPetition");
        assertThat(problem("/api/v1/bodies/bakery/seats", member, 404).get("type").asText()).isEqualTo("/problems/NotACouncil");
    }

    @Test
    void an_anonymous_caller_sees_only_bodies_whose_record_is_public() throws Exception {
        List<String> asMember = ids(ok("/api/v1/bodies?limit=200", member));
        List<String> anonymous = ids(ok("/api/v1/bodies?limit=200", null));
        assertThat(asMember).contains("night-shift", "bakery", "fed");
        assertThat(anonymous).contains("bakery", "fed", "mill", "big").doesNotContain("night-shift");

        ok("/api/v1/bodies/night-shift", member);
        JsonNode closed = problem("/api/v1/bodies/night-shift", null, 404);
        JsonNode missing = problem("/api/v1/bodies/no-such-body", null, 404);
        assertThat(closed.get("detail").asText()).as("a closed body reads as a missing one")
                .isEqualTo(missing.get("detail").asText().replace("no-such-body", "night-shift"));
        problem("/api/v1/bodies/night-shift/members", null, 404);
        problem("/api/v1/bodies/night-shift/proposals", null, 404);

        JsonNode gus = ok("/api/v1/members/gus", null);
        assertThat(gus.get("bodies").findValuesAsText("body")).containsExactly("mill");
        assertThat(ok("/api/v1/members/gus", member).get("bodies").findValuesAsText("body")).containsExactly("mill", "night-shift");
        served.command("hal", "{\"type\":\"register-member\",\"member\":\"hal\"}");
        ok("/api/v1/members/hal?atLeast=" + served.engine.size(), member);
        problem("/api/v1/members/hal", null, 404);
    }

    private static List<String> ids(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("items").forEach(i -> out.add(i.get("id").asText()));
        return out;
    }

    @Test
    void a_secret_vote_shows_who_took_part_and_never_a_ballot() throws Exception {
        for (String secret : List.of("recall-ana.vote", "bakery-elect-delegates")) {
            JsonNode ballots = ok("/api/v1/proposals/" + secret + "/ballots", member);
            assertThat(ballots.get("items")).isNotEmpty();
            ballots.get("items").forEach(b -> assertThat(b.has("ballot")).as(secret + ": " + b).isFalse());
            String detail = served.get("/api/v1/proposals/" + secret, member).body();
            assertThat(detail).doesNotContain("\"ballot\"").doesNotContain("ranking");
        }
        assertThat(ok("/api/v1/proposals/recall-ana.vote", member).get("participation").asInt()).isEqualTo(1);
        // an open vote's ballots are public, each with its voter
        JsonNode open = ok("/api/v1/proposals/bakery-founds-fed/ballots", null);
        assertThat(open.get("items").get(0).get("ballot").get("choice").asText()).isEqualTo("yes");
    }

    @Test
    void at_least_returns_the_callers_own_write_and_says_so_when_the_read_model_cannot_catch_up_in_time() throws Exception {
        String dee = served.tokenFor("dee");
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // a reader that holds the read model keeps it from folding new events; the writer goes on
        Thread reader = Thread.ofPlatform().start(() -> served.engine.reads().read(f -> {
            holding.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        try {
            holding.await();
            HttpResponse<String> founded = served.post("/api/v1/commands", "{\"type\":\"found-assembly\",\"body\":\"bread-co\",\"name\":\"Bread co-op\"}", dee);
            assertThat(founded.statusCode()).as(founded.body()).isEqualTo(200);
            long position = served.json(founded).get("position").asLong();
            long before = System.nanoTime();
            JsonNode late = problem("/api/v1/bodies/bread-co?atLeast=" + position, dee, 503);
            assertThat(late.get("title").asText()).isEqualTo("NotYetRead");
            assertThat(Duration.ofNanos(System.nanoTime() - before)).isGreaterThanOrEqualTo(QueryRoutes.MAX_WAIT);
        } finally {
            release.countDown();
            reader.join();
        }
        long position = served.engine.size();
        JsonNode body = ok("/api/v1/bodies/bread-co?atLeast=" + position, dee);
        assertThat(body.get("name").asText()).isEqualTo("Bread co-op");
        assertThat(body.get("position").asLong()).isGreaterThanOrEqualTo(position);
    }
}
