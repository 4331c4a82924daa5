package org.mandate.bench.core;

import java.util.concurrent.TimeUnit;
import org.mandate.core.Context;
import org.mandate.core.Mandate;
import org.mandate.core.ProposalId;
import org.mandate.core.clock.Tick;
import org.mandate.core.proposal.Proposal;
import org.mandate.core.proposal.ProposalCommand;
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

/**
 * Closing a referendum over 1,000,000 members in 10,000 assemblies under three council levels on the
 * territorial axis and trade federations on a second, with 5% of members in two assemblies: the tick
 * that counts it and folds the per-body breakdown at every level. Everyone votes beforehand (setup).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx12g", "-XX:+UseParallelGC"})
public class ReferendumBenchmark {
    @org.openjdk.jmh.annotations.Param("1000000:10000")
    public String shape;

    ReferendumFederation federation;
    ProposalId referendum;

    @Setup(Level.Trial)
    public void build() {
        String[] p = shape.split(":");
        federation = new ReferendumFederation(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
    }

    @Setup(Level.Invocation)
    public void everyoneVotes() {
        if (referendum != null) {
            federation.advance(java.time.Duration.ofDays(2));
        }
        referendum = federation.callReferendum();
        Proposal p = federation.state.proposal(referendum);
        Ballot[] choices = {new Ballot.YesNo(Ballot.Choice.YES), new Ballot.YesNo(Ballot.Choice.NO), new Ballot.YesNo(Ballot.Choice.ABSTAIN)};
        for (int i = 0; i < federation.members; i++) {
            federation.run(ReferendumFederation.member(i), new ProposalCommand.CastVote(referendum, choices[(i * 7) % 3]));
        }
        if (p.participants().size() != federation.members) {
            throw new IllegalStateException("not everyone voted: " + p.participants().size());
        }
    }

    /**
     * The floor the close is held against: one pass over the same million ballots, tallying yes, no and
     * abstain, without closing anything (the next invocation's setup closes this referendum).
     */
    @Benchmark
    public long floor_one_pass_over_the_ballots() {
        long[] tally = new long[3];
        for (Ballot b : federation.state.proposal(referendum).openBallots().values()) {
            tally[((Ballot.YesNo) b).choice().ordinal()]++;
        }
        return tally[0] - tally[1] + tally[2];
    }

    @Benchmark
    public Object close_count_and_break_down() {
        Proposal p = federation.state.proposal(referendum);
        Mandate.execute(federation.state, new Tick(), Context.system(p.closesAt()));
        if (p.breakdown() == null || p.breakdown().size() < federation.assemblies) {
            throw new IllegalStateException("no breakdown");
        }
        return p.result();
    }
}
