package org.mandate.server.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.mandate.codec.Codec;
import org.mandate.core.proposal.ProposalEvent.SealedVoteCast;
import org.mandate.record.checkpoint.SignatureStatus;
import org.mandate.record.checkpoint.SignedCheckpoint;
import org.mandate.record.merkle.MerkleTree;
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

    /** How the crash test's child process reaches this test's store: {@code sqlite} or a JDBC URL. */
    protected abstract String childStoreSpec();

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
    void readers_see_what_the_writer_made_durable_as_of_a_whole_number_of_events() throws Exception {
        try (Engine engine = open()) {
            populate(engine);
            long size = engine.size();
            assertThat(engine.reads().await(size, Duration.ofSeconds(10))).isTrue();
            assertThat(engine.reads().<Long>read(f -> f.eventCount())).isEqualTo(size);
            assertThat(engine.reads().<Integer>read(f -> f.proposal(new ProposalId("secretary")).participants().size())).isEqualTo(30);
            assertThat(engine.reads().<Integer>read(f -> f.body(new BodyId("bakery")).members().size())).isEqualTo(40);
        }
        try (Engine again = open()) {
            assertThat(again.reads().await(again.size(), Duration.ofSeconds(10))).isTrue();
            assertThat(again.reads().<Integer>read(f -> f.proposal(new ProposalId("secretary")).participants().size())).isEqualTo(30);
        }
    }

    @Test
    void a_reader_holding_the_read_model_does_not_hold_up_a_command() throws Exception {
        try (Engine engine = open()) {
            populate(engine);
            java.util.concurrent.CountDownLatch holding = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
            Thread reader = Thread.ofPlatform().start(() -> engine.reads().read(f -> {
                holding.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            holding.await();
            long before = engine.size();
            // While the reader holds on, a command is still decided, made durable and acknowledged.
            assertThat(await(engine.writer().submit(new MemberCommand.RegisterMember(m(99)), m(99)))).isInstanceOf(Outcome.Accepted.class);
            assertThat(engine.size()).isGreaterThan(before);
            assertThat(engine.reads().position()).isLessThan(engine.size());
            release.countDown();
            reader.join();
            assertThat(engine.reads().await(engine.size(), Duration.ofSeconds(10))).isTrue();
            assertThat(engine.reads().<Boolean>read(f -> f.member(m(99)) != null)).isTrue();
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

    /**
     * Nothing acknowledged is lost: a child JVM runs the engine and casts votes from several threads, printing
     * each acknowledged one; it is killed with SIGKILL after some hundreds. The engine restarted here on the
     * same store holds every acknowledged vote exactly once, and the record verifies against the store's
     * events and the stored checkpoint.
     */
    @Test
    void every_acknowledged_vote_survives_a_sigkill_exactly_once() throws Exception {
        LogKeys.generate(dir, "localhost/mandate");
        Path err = dir.resolve("child.err");
        String javaCmd = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(javaCmd, "-cp", System.getProperty("java.class.path"),
                CrashChild.class.getName(), dir.toString(), childStoreSpec())
                .redirectError(err.toFile())
                .start();
        Set<String> acknowledged = new HashSet<>();
        int lines = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
            String line;
            while (acknowledged.size() < 400 && (line = out.readLine()) != null) {
                if (line.startsWith("V ")) {
                    assertThat(acknowledged.add(line.substring(2))).as("acknowledged twice: " + line).isTrue();
                }
            }
            // SIGKILL through the handle: Process.destroy would also close our end of the pipe.
            child.toHandle().destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            // Lines printed between our last read and the kill were acknowledged too.
            while ((line = out.readLine()) != null) {
                if (line.startsWith("V ")) {
                    assertThat(acknowledged.add(line.substring(2))).as("acknowledged twice: " + line).isTrue();
                }
            }
        }
        assertThat(acknowledged).as(() -> "the child's stderr: " + read(err)).hasSizeGreaterThanOrEqualTo(400);

        Codec codec = new Codec();
        MerkleTree recomputed = new MerkleTree();
        Map<String, Integer> votesInLog = new HashMap<>();
        Store store = store();
        store.read(0, store.size(), (seq, bytes) -> {
            recomputed.append(bytes);
            if (codec.readEvent(bytes) instanceof SealedVoteCast v && v.proposal().equals(CrashChild.ELECTION)) {
                votesInLog.merge(v.voter().value(), 1, Integer::sum);
            }
        });
        System.out.printf("[%s] killed after %d acknowledged votes; the store holds %d votes in %d events%n",
                getClass().getSimpleName(), acknowledged.size(), votesInLog.size(), store.size());
        assertThat(votesInLog).as("no vote is in the log twice").allSatisfy((voter, n) -> assertThat(n).isEqualTo(1));
        assertThat(votesInLog.keySet()).as("every acknowledged vote is in the log").containsAll(acknowledged);

        try (Engine again = Engine.open(store, dir, Clock.offset(Clock.systemUTC(), Duration.ofDays(3)))) {
            var p = again.state().proposal(CrashChild.ELECTION);
            assertThat(p.phase()).isEqualTo(Phase.VOTING);
            assertThat(p.participants()).containsAll(acknowledged).isEqualTo(votesInLog.keySet());
            assertThat(store.sealedBallots().get(CrashChild.ELECTION.value()).keySet()).isEqualTo(votesInLog.keySet());

            // the record: the rebuilt root is the one recomputed from the stored events, and the stored
            // checkpoint is signed by the log's key over a prefix of them
            assertThat(again.size()).isEqualTo(recomputed.size()).isEqualTo(store.size());
            assertThat(again.root()).isEqualTo(recomputed.root());
            SignedCheckpoint cp = SignedCheckpoint.parse(store.checkpoint().orElseThrow());
            assertThat(cp.check(LogKeys.load(dir).verifier())).isEqualTo(SignatureStatus.VALID);
            assertThat(cp.size()).isLessThanOrEqualTo(recomputed.size());
            assertThat(cp.checkpoint().root()).isEqualTo(recomputed.root(cp.size()));

            // and the restarted engine goes on: an acknowledged voter cannot vote again, one who had not can
            String voted = acknowledged.iterator().next();
            Ballot ballot = new Ballot.Ranking(List.of(List.of("m1")));
            assertThat(await(again.writer().submit(new ProposalCommand.CastVote(CrashChild.ELECTION, ballot), new MemberId(voted))))
                    .isInstanceOf(Outcome.Refused.class);
            MemberId fresh = java.util.stream.IntStream.range(0, CrashChild.MEMBERS).mapToObj(CrashChild::m)
                    .filter(m -> !p.participants().contains(m.value())).findFirst().orElseThrow();
            assertThat(await(again.writer().submit(new ProposalCommand.CastVote(CrashChild.ELECTION, ballot), fresh)))
                    .isInstanceOf(Outcome.Accepted.class);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
