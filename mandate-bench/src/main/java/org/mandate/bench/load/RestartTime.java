package org.mandate.bench.load;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.mandate.codec.Codec;
import org.mandate.core.BodyId;
import org.mandate.core.Event;
import org.mandate.core.Federation;
import org.mandate.core.Mandate;
import org.mandate.core.MemberId;
import org.mandate.core.ProposalId;
import org.mandate.core.body.BodyCommand;
import org.mandate.core.clock.Tick;
import org.mandate.core.member.MemberCommand;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.vote.Ballot;
import org.mandate.record.merkle.MerkleTree;
import org.mandate.server.engine.Engine;
import org.mandate.store.Store;

/**
 * Restart time (issue 5: a restart with 1,000,000 events under 10 s). A federation of 200 assemblies of
 * 100 is grown through the core until the log holds {@code --events} events — rounds in which every
 * assembly submits a proposal all its members vote on, every fourth an election by secret ranked ballots —
 * and stored as the writer stores it. The server's engine is then opened on the store {@code --runs}
 * times, each timed to the moment it could take a command and to the moment the read model, which folds
 * the same events on its own thread, has caught up. Beside them, each stage alone over the whole log
 * (read, read and hash, read and decode, fold), so the total can be held against its parts.
 *
 * <pre>java -cp mandate-bench/target/benchmarks.jar org.mandate.bench.load.RestartTime --db sqlite</pre>
 * With {@code --data DIR} (SQLite) the store is kept in {@code DIR} and grown only if absent, so running the
 * program again times a restart in a fresh JVM, as a server's restart is.
 */
public final class RestartTime {
    private static final int ASSEMBLIES = 200;
    private static final int PER = 100;

    private RestartTime() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv, java.util.Map.of("db", "sqlite", "events", "1000000", "runs", "5", "data", ""));
        PrintStream out = System.out;
        out.println(Args.banner("RestartTime", argv));
        if (!args.get("data").isEmpty()) {
            // A kept SQLite directory: grown once, then each run of this program is a restart in a fresh JVM.
            Path dir = Path.of(args.get("data"));
            Instant end = Instant.parse("2026-01-05T09:00:00Z");
            if (!Files.exists(dir.resolve("mandate.db"))) {
                Files.createDirectories(dir);
                end = store(() -> Store.sqlite(dir), dir, args.integer("events"), out, "sqlite");
                Files.writeString(dir.resolve("clock.txt"), end.toString());
            } else {
                end = Instant.parse(Files.readString(dir.resolve("clock.txt")).strip());
            }
            restarts(() -> Store.sqlite(dir), dir, end, args.integer("runs"), out, "sqlite (fresh JVM)");
            return;
        }
        try (Database db = Database.start(args.get("db"))) {
            db.create("restart");
            Instant end = store(() -> db.open("restart"), db.dataDir("restart"), args.integer("events"), out, db.kind());
            restarts(() -> db.open("restart"), db.dataDir("restart"), end, args.integer("runs"), out, db.kind());
            try (Store store = db.open("restart")) {
                stages(store, out, db.kind());
            }
        }
    }

    /** Grows the federation into a new store; returns the generator's clock at the end. */
    private static Instant store(Supplier<Store> opener, Path dataDir, long events, PrintStream out, String kind) {
        long t0 = System.nanoTime();
        try (Store store = opener.get()) {
            StoreFeeder feeder = new StoreFeeder(store, dataDir, Instant.parse("2026-01-05T09:00:00Z"));
            grow(feeder, events);
            feeder.flush();
            out.printf("%s: stored %,d events in %.1f s%n", kind, store.size(), (System.nanoTime() - t0) / 1e9);
            return feeder.now();
        }
    }

    private static void restarts(Supplier<Store> opener, Path dataDir, Instant end, int runs, PrintStream out, String kind) {
        for (int run = 1; run <= runs; run++) {
            try (Store store = opener.get()) {
                long t0 = System.nanoTime();
                try (Engine engine = Engine.open(store, dataDir, Clock.fixed(end, ZoneOffset.UTC))) {
                    double open = (System.nanoTime() - t0) / 1e9;
                    if (!engine.reads().await(engine.size(), Duration.ofMinutes(5))) {
                        throw new IllegalStateException("the read model did not catch up");
                    }
                    double caughtUp = (System.nanoTime() - t0) / 1e9;
                    out.printf("%s restart %d: %,d events; ready for commands at %.2f s, read model caught up at %.2f s; load %s%n",
                            kind, run, engine.size(), open, caughtUp, Ladder.loadAverage());
                }
            }
        }
    }

    /** Each stage of a restart alone over the whole log, on the now warm JVM. */
    private static void stages(Store s, PrintStream out, String kind) {
        long[] bytes = {0};
        long t0 = System.nanoTime();
        s.read(0, s.size(), (seq, b) -> bytes[0] += b.length);
        double read = (System.nanoTime() - t0) / 1e9;
        MerkleTree tree = new MerkleTree();
        t0 = System.nanoTime();
        s.read(0, s.size(), (seq, b) -> tree.append(b));
        double hash = (System.nanoTime() - t0) / 1e9;
        Codec codec = new Codec();
        List<Event> events = new ArrayList<>((int) s.size());
        t0 = System.nanoTime();
        s.read(0, s.size(), (seq, b) -> events.add(codec.readEvent(b)));
        double decode = (System.nanoTime() - t0) / 1e9;
        Federation f = new Federation();
        t0 = System.nanoTime();
        for (Event e : events) {
            Mandate.evolve(f, e);
        }
        double fold = (System.nanoTime() - t0) / 1e9;
        out.printf("%s stages alone: read %.2f s (%,d bytes), read+hash %.2f s, read+decode %.2f s, fold %.2f s%n",
                kind, read, bytes[0], hash, decode, fold);
    }

    private static void grow(StoreFeeder f, long events) {
        for (int i = 0; i < ASSEMBLIES * PER; i++) {
            f.run(m(i), new MemberCommand.RegisterMember(m(i)));
        }
        for (int a = 0; a < ASSEMBLIES; a++) {
            List<MemberId> cofounders = new ArrayList<>();
            for (int j = 1; j < PER; j++) {
                cofounders.add(m(a * PER + j));
            }
            f.run(m(a * PER), new BodyCommand.FoundAssembly(body(a), "Assembly " + a, null, cofounders));
            for (MemberId c : cofounders) {
                f.run(c, new BodyCommand.AcceptFounding(body(a)));
            }
        }
        for (int round = 0; f.events() < events; round++) {
            boolean election = round % 4 == 3;
            for (int a = 0; a < ASSEMBLIES; a++) {
                ProposalId p = new ProposalId("p" + round + "-" + a);
                MemberId proposer = m(a * PER + round % PER);
                Motion motion = election ? new Motion.Election("secretary", 1) : new Motion.Resolution();
                List<String> options = election ? List.of(m(a * PER).value(), m(a * PER + 1).value(), m(a * PER + 2).value()) : null;
                f.run(proposer, new ProposalCommand.SubmitProposal(p, body(a), "Motion " + round + " of assembly " + a,
                        "Whereas the assembly meets; resolved that round " + round + " be decided.", motion, options, null));
                f.run(proposer, new ProposalCommand.PublishProposal(p, null, null));
            }
            f.advance(Duration.ofDays(3));
            f.run(null, new Tick());
            for (int a = 0; a < ASSEMBLIES; a++) {
                ProposalId p = new ProposalId("p" + round + "-" + a);
                for (int j = 0; j < PER; j++) {
                    Ballot b = election
                            ? new Ballot.Ranking(List.of(List.of(m(a * PER + j % 3).value()), List.of(m(a * PER + (j + 1) % 3).value())))
                            : new Ballot.YesNo(j % 5 == 0 ? Ballot.Choice.NO : j % 7 == 0 ? Ballot.Choice.ABSTAIN : Ballot.Choice.YES);
                    f.run(m(a * PER + j), new ProposalCommand.CastVote(p, b));
                }
            }
            f.advance(Duration.ofDays(5));
            f.run(null, new Tick());
        }
    }

    private static MemberId m(int i) {
        return new MemberId("m" + i);
    }

    private static BodyId body(int a) {
        return new BodyId("a" + a);
    }
}
