package org.mandate.server.engine;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.mandate.core.BodyId;
import org.mandate.core.Command;
import org.mandate.core.MemberId;
import org.mandate.core.Outcome;
import org.mandate.core.ProposalId;
import org.mandate.core.body.BodyCommand;
import org.mandate.core.clock.Tick;
import org.mandate.core.member.MemberCommand;
import org.mandate.core.proposal.Motion;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.vote.Ballot;
import org.mandate.store.Store;

/**
 * The process {@link EngineContract}'s crash test kills. Registers {@value #MEMBERS} members, founds an
 * assembly of all of them and opens a secret election, then casts their votes from {@value #THREADS}
 * threads, each waiting for its acknowledgement and then printing {@code V <member>} and flushing, so the
 * parent knows exactly which votes were acknowledged. When every vote is in it goes on registering new
 * members, so that the kill always lands in the middle of a stream of writes.
 *
 * <p>Arguments: the data directory (holding the log's keys), then {@code sqlite} or a PostgreSQL JDBC URL.
 */
final class CrashChild {

    static final int MEMBERS = 2_000;
    static final int THREADS = 8;
    static final ProposalId ELECTION = new ProposalId("secretary");
    static final BodyId ASSEMBLY = new BodyId("assembly");

    private CrashChild() {
    }

    /** The real clock, shifted forward on demand: checkpoints come at their real pace and windows of days pass at once. */
    static final class ShiftedClock extends Clock {
        private volatile Duration shift;

        ShiftedClock(Duration shift) {
            this.shift = shift;
        }

        void advance(Duration d) {
            shift = shift.plus(d);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(shift);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    static MemberId m(int i) {
        return new MemberId("m" + i);
    }

    static Store store(Path dir, String spec) {
        return spec.equals("sqlite") ? Store.sqlite(dir) : Store.postgres(spec, "postgres", null);
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        PrintStream out = System.out;
        ShiftedClock clock = new ShiftedClock(Duration.ZERO);
        Engine engine = Engine.open(store(dir, args[1]), dir, clock);
        List<CompletableFuture<Outcome>> all = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            all.add(engine.writer().submit(new MemberCommand.RegisterMember(m(i)), m(i)));
        }
        expectAll(all);
        List<MemberId> cofounders = new ArrayList<>();
        for (int i = 1; i < MEMBERS; i++) {
            cofounders.add(m(i));
        }
        expect(engine, new BodyCommand.FoundAssembly(ASSEMBLY, "Assembly", null, cofounders), m(0));
        for (int i = 1; i < MEMBERS; i++) {
            all.add(engine.writer().submit(new BodyCommand.AcceptFounding(ASSEMBLY), m(i)));
        }
        expectAll(all);
        expect(engine, new ProposalCommand.SubmitProposal(ELECTION, ASSEMBLY, "Secretary", "",
                new Motion.Election("secretary", 1), List.of("m1", "m2", "m3"), null), m(0));
        expect(engine, new ProposalCommand.PublishProposal(ELECTION, null, null), m(0));
        clock.advance(Duration.ofDays(3));
        expect(engine, new Tick(), null);
        out.println("READY");
        out.flush();

        List<Thread> voters = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int first = t;
            voters.add(Thread.ofPlatform().start(() -> {
                for (int i = first; i < MEMBERS; i += THREADS) {
                    List<List<String>> ranking = i % 3 == 0 ? List.of(List.of("m2"), List.of("m1")) : List.of(List.of("m1"), List.of("m3"));
                    Outcome o = engine.writer().submit(new ProposalCommand.CastVote(ELECTION, new Ballot.Ranking(ranking)), m(i)).join();
                    if (!(o instanceof Outcome.Accepted)) {
                        throw new IllegalStateException("the vote of " + m(i) + " was not accepted: " + o);
                    }
                    synchronized (out) {
                        out.println("V " + m(i).value());
                        out.flush();
                    }
                }
            }));
        }
        for (Thread t : voters) {
            t.join();
        }
        for (int i = MEMBERS; ; i++) {
            expect(engine, new MemberCommand.RegisterMember(m(i)), m(i));
            out.println("R " + m(i).value());
            out.flush();
        }
    }

    private static void expect(Engine engine, Command c, MemberId actor) {
        Outcome o = engine.writer().submit(c, actor).join();
        if (!(o instanceof Outcome.Accepted)) {
            throw new IllegalStateException(c + " was not accepted: " + o);
        }
    }

    private static void expectAll(List<CompletableFuture<Outcome>> all) {
        for (var f : all) {
            Outcome o = f.join();
            if (!(o instanceof Outcome.Accepted)) {
                throw new IllegalStateException("not accepted: " + o);
            }
        }
        all.clear();
    }
}
