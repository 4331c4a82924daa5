package org.mandate.server.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.core.BodyId;
import org.mandate.core.MandateException;
import org.mandate.core.MemberId;
import org.mandate.core.Outcome;
import org.mandate.core.ProposalId;
import org.mandate.core.body.BodyCommand;
import org.mandate.core.clock.Tick;
import org.mandate.core.member.MemberCommand;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.Phase;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.vote.Ballot;
import org.mandate.record.checkpoint.LogKeys;
import org.mandate.store.Store;

/**
 * The writer on a store, run on SQLite and on a real PostgreSQL: group commit, acknowledgement after
 * durability, and a restart that rebuilds the same federation.
 */
abstract class EngineContract {
    @TempDir
    Path dir;

    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final List<Store> opened = new ArrayList<>();

    /** Opens this test's store: the same one on every call within a test, a fresh one for each test. */
    protected abstract Store openStore() throws Exception;

    /** Replaces {@code from} by {@code to} inside the stored record bytes of event {@code seq}, behind the engine's back. */
    protected abstract void alterStoredEvent(long seq, String from, String to) throws Exception;

    protected final Store store() throws Exception {
        Store s = openStore();
        opened.add(s);
        return s;
    }

    @AfterEach
    void closeStores() {
        opened.forEach(Store::close);
    }

    private Engine open() throws Exception {
        if (!dir.resolve(LogKeys.PRIVATE_FILE).toFile().exists()) {
            LogKeys.generate(dir, "localhost/mandate");
        }
        return Engine.open(store(), dir, clock);
    }

    private static Outcome await(CompletableFuture<Outcome> f) throws Exception {
        return f.get(30, TimeUnit.SECONDS);
    }

    private static MemberId m(int i) {
        return new MemberId("m" + i);
    }

    /** Forty members, an assembly of all of them, and a secret election with its vote open. */
    private void populate(Engine engine) throws Exception {
        List<CompletableFuture<Outcome>> all = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            all.add(engine.writer().submit(new MemberCommand.RegisterMember(m(i)), m(i)));
        }
        for (var f : all) {
            assertThat(await(f)).isInstanceOf(Outcome.Accepted.class);
        }
        List<MemberId> cofounders = new ArrayList<>();
        for (int i = 1; i < 40; i++) {
            cofounders.add(m(i));
        }
        assertThat(await(engine.writer().submit(new BodyCommand.FoundAssembly(new BodyId("bakery"), "Bakery", null, cofounders), m(0))))
                .isInstanceOf(Outcome.Accepted.class);
        all.clear();
        for (int i = 1; i < 40; i++) {
            all.add(engine.writer().submit(new BodyCommand.AcceptFounding(new BodyId("bakery")), m(i)));
        }
        for (var f : all) {
            assertThat(await(f)).isInstanceOf(Outcome.Accepted.class);
        }
        ProposalId election = new ProposalId("secretary");
        await(engine.writer().submit(new ProposalCommand.SubmitProposal(election, new BodyId("bakery"), "Secretary", "",
                new Motion.Election("secretary", 1), List.of("m1", "m2", "m3"), null), m(0)));
        await(engine.writer().submit(new ProposalCommand.PublishProposal(election, null, null), m(0)));
        clock.advance(Duration.ofDays(3));
        await(engine.writer().submit(new Tick(), null));
        all.clear();
        for (int i = 0; i < 30; i++) {
            List<List<String>> ranking = i % 3 == 0 ? List.of(List.of("m2"), List.of("m1")) : List.of(List.of("m1"), List.of("m3"));
            all.add(engine.writer().submit(new ProposalCommand.CastVote(election, new Ballot.Ranking(ranking)), m(i)));
        }
        for (var f : all) {
            assertThat(await(f)).isInstanceOf(Outcome.Accepted.class);
        }
    }

    @Test
    void concurrent_commands_are_acknowledged_once_durable_and_a_restart_rebuilds_the_same_federation() throws Exception {
        long size;
        byte[] root;
        try (Engine engine = open()) {
            populate(engine);
            size = engine.size();
            root = engine.root();
            assertThat(engine.state().proposal(new ProposalId("secretary")).participants()).hasSize(30);
        }
        try (Engine again = open()) {
            assertThat(again.size()).isEqualTo(size);
            assertThat(again.root()).isEqualTo(root);
            var p = again.state().proposal(new ProposalId("secretary"));
            assertThat(p.phase()).isEqualTo(Phase.VOTING);
            assertThat(p.participants()).hasSize(30);

            // the sealed ballots were kept beside the log, so the election closes and counts after the restart
            clock.advance(Duration.ofDays(5));
            Outcome closed = await(again.writer().submit(new Tick(), null));
            assertThat(closed).isInstanceOf(Outcome.Accepted.class);
            assertThat(p.result().winners()).containsExactly("m1");
            assertThat(p.unsealedBallots()).hasSize(30);
        }
        try (Store store = openStore()) {
            assertThat(store.sealedBallots()).as("no voter-ballot link is kept after the close").isEmpty();
        }
    }

    @Test
    void a_refused_command_is_answered_at_once_and_stores_nothing() throws Exception {
        try (Engine engine = open()) {
            await(engine.writer().submit(new MemberCommand.RegisterMember(m(1)), m(1)));
            long size = engine.size();
            Outcome o = await(engine.writer().submit(new MemberCommand.RegisterMember(m(1)), m(1)));
            assertThat(o).isInstanceOf(Outcome.Refused.class);
            assertThat(engine.size()).isEqualTo(size);
        }
    }

    @Test
    void a_store_whose_events_were_altered_refuses_to_start() throws Exception {
        try (Engine engine = open()) {
            populate(engine);
            clock.advance(Duration.ofSeconds(2));
            await(engine.writer().submit(new MemberCommand.RegisterMember(m(100)), m(100)));
            assertThat(engine.writer().checkpoint()).isPresent();
        }
        alterStoredEvent(7, "m7", "m8");
        assertThatThrownBy(this::open).isInstanceOf(MandateException.class).hasMessageContaining("do not agree");
    }
}
