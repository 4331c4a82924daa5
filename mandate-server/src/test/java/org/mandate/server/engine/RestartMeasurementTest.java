package org.mandate.server.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.codec.Codec;
import org.mandate.core.BodyId;
import org.mandate.core.Command;
import org.mandate.core.Context;
import org.mandate.core.Event;
import org.mandate.core.Federation;
import org.mandate.core.Mandate;
import org.mandate.core.MemberId;
import org.mandate.core.Outcome;
import org.mandate.core.ProposalId;
import org.mandate.core.body.BodyCommand;
import org.mandate.core.clock.Tick;
import org.mandate.core.member.MemberCommand;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.proposal.ProposalEvent.BallotsUnsealed;
import org.mandate.core.proposal.ProposalEvent.SealedVoteCast;
import org.mandate.core.vote.Ballot;
import org.mandate.record.checkpoint.CheckpointPublisher;
import org.mandate.record.checkpoint.LogKeys;
import org.mandate.record.checkpoint.SignedCheckpoint;
import org.mandate.record.merkle.MerkleTree;
import org.mandate.store.Batch;
import org.mandate.store.Sealed;
import org.mandate.store.Store;

/**
 * Restart time (issue 5): a million realistic events generated through the core (members registering,
 * founding assemblies, and rounds of proposals every member of each assembly votes on), written into the
 * store as the writer would write them, then {@link Engine#open} timed: read, hash, decode and fold.
 * Timings are printed, not asserted. Run with
 * {@code mvn -pl mandate-server -am verify -Dserver.excludedGroups= -Dgroups=measurement -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("measurement")
class RestartMeasurementTest {

    static final long EVENTS = 1_000_000;
    static final int ASSEMBLIES = 200;
    static final int PER_ASSEMBLY = 100;
    static final int STORE_BATCH = 10_000;

    @TempDir
    Path dir;

    private final Codec codec = new Codec();
    private final Federation state = new Federation();
    private Instant now = Instant.parse("2026-01-05T09:00:00Z");

    private final List<byte[]> records = new ArrayList<>();
    private final List<Sealed> sealed = new ArrayList<>();
    private final List<String> unsealed = new ArrayList<>();
    private final MerkleTree tree = new MerkleTree();
    private Store store;
    private CheckpointPublisher publisher;

    @Test
    void restart_of_a_million_events_on_sqlite() throws Exception {
        generateInto(() -> Store.sqlite(dir));
        measure("SQLite", () -> Store.sqlite(dir));
    }

    @Test
    void restart_of_a_million_events_on_postgresql() throws Exception {
        try (var postgres = EmbeddedPg.start()) {
            String url = EmbeddedPg.createDatabase(postgres, "restart");
            generateInto(() -> Store.postgres(url, "postgres", null));
            measure("PostgreSQL", () -> Store.postgres(url, "postgres", null));
        }
    }

    private void generateInto(Opener opener) {
        LogKeys.generate(dir, "localhost/mandate");
        publisher = new CheckpointPublisher(tree, LogKeys.load(dir).signer(), Optional.empty());
        try (Store s = opener.open()) {
            store = s;
            long t0 = System.nanoTime();
            generate();
            System.out.printf("[restart] generated and stored %,d events in %.1f s%n", s.size(), (System.nanoTime() - t0) / 1e9);
        }
    }

    interface Opener {
        Store open();
    }

    private void measure(String label, Opener opener) {
        try (Store s = opener.open()) {
            long t0 = System.nanoTime();
            long size;
            double open;
            double caughtUp;
            try (Engine engine = Engine.open(s, dir, Clock.fixed(now, ZoneOffset.UTC))) {
                open = (System.nanoTime() - t0) / 1e9;
                size = engine.size();
                // The read model folds the same events on its own thread while Engine.open reads and decodes
                // them; queries answer once it has caught up.
                assertThat(engine.reads().await(size, Duration.ofMinutes(5))).isTrue();
                caughtUp = (System.nanoTime() - t0) / 1e9;
            }
            System.out.printf("[restart] %s: Engine.open of %,d events (first in this test): %.2f s; read model caught up at %.2f s%n",
                    label, size, open, caughtUp);
            assertThat(size).isGreaterThanOrEqualTo(EVENTS);

            // rough profile: each stage alone, on the now warm JVM
            long[] n = {0};
            t0 = System.nanoTime();
            s.read(0, s.size(), (seq, bytes) -> n[0] += bytes.length);
            double read = (System.nanoTime() - t0) / 1e9;
            MerkleTree t = new MerkleTree();
            t0 = System.nanoTime();
            s.read(0, s.size(), (seq, bytes) -> t.append(bytes));
            double readHash = (System.nanoTime() - t0) / 1e9;
            List<Event> events = new ArrayList<>((int) s.size());
            t0 = System.nanoTime();
            s.read(0, s.size(), (seq, bytes) -> events.add(codec.readEvent(bytes)));
            double readDecode = (System.nanoTime() - t0) / 1e9;
            Federation f = new Federation();
            t0 = System.nanoTime();
            for (Event e : events) {
                Mandate.evolve(f, e);
            }
            double fold = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            double warm;
            double warmCaughtUp;
            try (Engine engine = Engine.open(s, dir, Clock.fixed(now, ZoneOffset.UTC))) {
                warm = (System.nanoTime() - t0) / 1e9;
                assertThat(engine.size()).isEqualTo(size);
                assertThat(engine.reads().await(size, Duration.ofMinutes(5))).isTrue();
                warmCaughtUp = (System.nanoTime() - t0) / 1e9;
            }
            System.out.printf("[restart] %s profile (warm): read %.2f s (%,d bytes), read+hash %.2f s, read+decode %.2f s,"
                    + " fold %.2f s; Engine.open again %.2f s, read model caught up at %.2f s%n",
                    label, read, n[0], readHash, readDecode, fold, warm, warmCaughtUp);
        }
    }

    private void generate() {
        int members = ASSEMBLIES * PER_ASSEMBLY;
        for (int i = 0; i < members; i++) {
            run(new MemberCommand.RegisterMember(m(i)), m(i));
        }
        for (int a = 0; a < ASSEMBLIES; a++) {
            List<MemberId> cofounders = new ArrayList<>();
            for (int j = 1; j < PER_ASSEMBLY; j++) {
                cofounders.add(m(a * PER_ASSEMBLY + j));
            }
            run(new BodyCommand.FoundAssembly(body(a), "Assembly " + a, null, cofounders), m(a * PER_ASSEMBLY));
            for (int j = 1; j < PER_ASSEMBLY; j++) {
                run(new BodyCommand.AcceptFounding(body(a)), m(a * PER_ASSEMBLY + j));
            }
        }
        for (int round = 0; tree.size() + records.size() < EVENTS; round++) {
            for (int a = 0; a < ASSEMBLIES; a++) {
                ProposalId p = new ProposalId("p" + round + "-" + a);
                MemberId proposer = m(a * PER_ASSEMBLY + round % PER_ASSEMBLY);
                // every fourth round an election with secret ballots, the others open resolutions
                Motion motion = round % 4 == 3 ? new Motion.Election("secretary", 1) : new Motion.Resolution();
                List<String> options = round % 4 == 3
                        ? List.of(m(a * PER_ASSEMBLY).value(), m(a * PER_ASSEMBLY + 1).value(), m(a * PER_ASSEMBLY + 2).value())
                        : null;
                run(new ProposalCommand.SubmitProposal(p, body(a), "Motion " + round + " of assembly " + a,
                        "Whereas the assembly meets; resolved that round " + round + " be decided.", motion, options, null), proposer);
                run(new ProposalCommand.PublishProposal(p, null, null), proposer);
            }
            now = now.plus(Duration.ofDays(3));
            run(new Tick(), null);
            for (int a = 0; a < ASSEMBLIES; a++) {
                ProposalId p = new ProposalId("p" + round + "-" + a);
                for (int j = 0; j < PER_ASSEMBLY; j++) {
                    Ballot b = round % 4 == 3
                            ? new Ballot.Ranking(List.of(List.of(m(a * PER_ASSEMBLY + j % 3).value()), List.of(m(a * PER_ASSEMBLY + (j + 1) % 3).value())))
                            : new Ballot.YesNo(j % 5 == 0 ? Ballot.Choice.NO : j % 7 == 0 ? Ballot.Choice.ABSTAIN : Ballot.Choice.YES);
                    run(new ProposalCommand.CastVote(p, b), m(a * PER_ASSEMBLY + j));
                }
            }
            now = now.plus(Duration.ofDays(5));
            run(new Tick(), null);
        }
        flush();
    }

    private void run(Command c, MemberId actor) {
        now = now.plusMillis(10);
        Outcome o = Mandate.execute(state, c, new Context(actor, now));
        if (!(o instanceof Outcome.Accepted a)) {
            throw new AssertionError(c + " by " + actor + ": " + o);
        }
        for (Event e : a.events()) {
            records.add(codec.recordBytes(e));
            if (e instanceof SealedVoteCast v && v.sealed() != null) {
                sealed.add(new Sealed(v.proposal().value(), v.voter().value(), codec.mapper().valueToTree(v.sealed()).toString()));
            } else if (e instanceof BallotsUnsealed u) {
                unsealed.add(u.proposal().value());
            }
        }
        if (records.size() >= STORE_BATCH) {
            flush();
        }
    }

    private void flush() {
        long first = tree.size();
        tree.append(records);
        String checkpoint = publisher.publishIfDue(now.toEpochMilli()).map(SignedCheckpoint::note).orElse(null);
        store.append(new Batch(first, List.copyOf(records), List.copyOf(sealed), List.copyOf(unsealed), checkpoint));
        records.clear();
        sealed.clear();
        unsealed.clear();
    }

    private static MemberId m(int i) {
        return new MemberId("m" + i);
    }

    private static BodyId body(int a) {
        return new BodyId("a" + a);
    }
}
