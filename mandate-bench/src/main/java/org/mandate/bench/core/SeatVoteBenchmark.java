package org.mandate.bench.core;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mandate.core.Context;
import org.mandate.core.Mandate;
import org.mandate.core.Outcome;
import org.mandate.core.ProposalId;
import org.mandate.core.clock.Tick;
import org.mandate.core.council.CouncilCommand.CastSeatVote;
import org.mandate.core.vote.Ballot;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * 200,000 delegates' votes (2,000 seats of 1,000 bodies on 100 items), each checked against its body's
 * mandate for that item, then the 100 items closed and counted, all through decide+evolve. Beside it,
 * the same 200,000 votes on a council twenty times smaller in bodies and items: if the check were not
 * constant in the number of bodies and items, the time per vote would differ.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-XX:+UseParallelGC"})
public class SeatVoteBenchmark {
    @org.openjdk.jmh.annotations.Param({"1000:100", "50:2000"})
    public String shape;

    DelegateFederation federation;
    List<ProposalId> items;
    CastSeatVote[] votes;
    Context[] contexts;

    @Setup(Level.Trial)
    public void build() {
        federation = new DelegateFederation(Integer.parseInt(shape.split(":")[0]));
    }

    @Setup(Level.Invocation)
    public void openItems() {
        federation.advance(java.time.Duration.ofDays(2));
        int bodies = federation.bodies;
        items = federation.openItemsWithMandates(Integer.parseInt(shape.split(":")[1]));
        votes = new CastSeatVote[items.size() * bodies * 2];
        contexts = new Context[votes.length];
        int n = 0;
        for (ProposalId item : items) {
            Ballot instruction = DelegateFederation.instructionFor(item);
            for (int a = 0; a < bodies; a++) {
                for (int seat = 0; seat < 2; seat++) {
                    votes[n] = new CastSeatVote(item, DelegateFederation.assembly(a), instruction);
                    contexts[n++] = new Context(DelegateFederation.member(4 * a + seat), federation.now());
                }
            }
        }
    }

    /**
     * The checks alone: all 200,000 seat votes checked against their mandates and recorded. The items
     * are left open; the next invocation's setup closes them before opening new ones.
     */
    @Benchmark
    public void check_seat_votes(Blackhole bh) {
        for (int i = 0; i < votes.length; i++) {
            Outcome o = Mandate.execute(federation.state, votes[i], contexts[i]);
            if (!(o instanceof Outcome.Accepted)) {
                throw new IllegalStateException("seat vote refused: " + o);
            }
            bh.consume(o);
        }
    }

    /** All 200,000 seat votes checked against their mandates and recorded, then every item closed and counted. */
    @Benchmark
    public void check_and_count_seat_votes(Blackhole bh) {
        for (int i = 0; i < votes.length; i++) {
            Outcome o = Mandate.execute(federation.state, votes[i], contexts[i]);
            if (!(o instanceof Outcome.Accepted)) {
                throw new IllegalStateException("seat vote refused: " + o);
            }
            bh.consume(o);
        }
        federation.advance(java.time.Duration.ofDays(1));
        bh.consume(federation.state.proposal(items.get(0)).result());
    }
}
