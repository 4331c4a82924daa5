package org.mandate.bench.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.mandate.core.Context;
import org.mandate.core.Mandate;
import org.mandate.core.MemberId;
import org.mandate.core.Outcome;
import org.mandate.core.ProposalId;
import org.mandate.core.proposal.ProposalCommand;
import org.mandate.core.vote.Ballot;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Vote commands through decide+evolve on a federation of 100,000 members in 1,000 assemblies: every
 * member votes once on their assembly's open proposal, one command at a time, as the single writer
 * would. Beside it, the floor: the same number of puts into 1,000 hash maps, which is the least any
 * in-memory record of those votes can cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, batchSize = 1)
@Measurement(iterations = 10, batchSize = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-XX:+UseParallelGC"})
public class VoteThroughputBenchmark {
    static final int MEMBERS = 100_000;
    static final int ASSEMBLIES = 1_000;

    SyntheticFederation federation;
    ProposalCommand.CastVote[] votes;
    Context[] contexts;
    int round;

    @Setup(Level.Trial)
    public void build() {
        federation = new SyntheticFederation(MEMBERS, ASSEMBLIES);
    }

    /** Each measured invocation needs proposals nobody has voted on yet. */
    @Setup(Level.Invocation)
    public void openRound() {
        List<ProposalId> open = federation.openRound("r" + (round++) + "-");
        int per = MEMBERS / ASSEMBLIES;
        votes = new ProposalCommand.CastVote[MEMBERS];
        contexts = new Context[MEMBERS];
        Ballot[] choices = {new Ballot.YesNo(Ballot.Choice.YES), new Ballot.YesNo(Ballot.Choice.NO), new Ballot.YesNo(Ballot.Choice.ABSTAIN)};
        for (int i = 0; i < MEMBERS; i++) {
            MemberId voter = SyntheticFederation.member(i);
            votes[i] = new ProposalCommand.CastVote(open.get(i / per), choices[i % 3]);
            contexts[i] = new Context(voter, federation.now().plusMillis(i));
        }
    }

    @Benchmark
    @OperationsPerInvocation(MEMBERS)
    public void decide_and_evolve_votes(Blackhole bh) {
        for (int i = 0; i < MEMBERS; i++) {
            Outcome o = Mandate.execute(federation.state, votes[i], contexts[i]);
            if (!(o instanceof Outcome.Accepted)) {
                throw new IllegalStateException("vote refused: " + o);
            }
            bh.consume(o);
        }
    }

    @Benchmark
    @OperationsPerInvocation(MEMBERS)
    public void floor_hash_map_puts(Blackhole bh) {
        int per = MEMBERS / ASSEMBLIES;
        @SuppressWarnings("unchecked")
        Map<String, Ballot>[] maps = new Map[ASSEMBLIES];
        for (int a = 0; a < ASSEMBLIES; a++) {
            maps[a] = new HashMap<>();
        }
        for (int i = 0; i < MEMBERS; i++) {
            maps[i / per].put(contexts[i].actor().value(), votes[i].ballot());
        }
        bh.consume(maps);
    }
}
