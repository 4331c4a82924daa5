package org.mandate.bench.count;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.mandate.core.count.Aggregation;
import org.mandate.core.count.TieBreak;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 3 target: a referendum of 1,000,000 members in 10,000 assemblies with the full per-body
 * breakdown under 1 s. The federation has two axes: assemblies → 500 locals → 25 regionals → the
 * confederation, and assemblies → 50 trade federations → the confederation. 5 % of members belong to
 * two assemblies; everyone votes among 3 options. Two plain passes sit beside the count: one over the
 * ballot array alone, one that also reads each member's assembly list, so the ratios say what the
 * aggregation costs over touching its input at all.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AggregationBenchmark {

    static final int MEMBERS = 1_000_000;
    static final int ASSEMBLIES = 10_000;
    static final int LOCALS = 500;
    static final int REGIONALS = 25;
    static final int TRADES = 50;
    static final int OPTIONS = 3;

    Aggregation.Input input;
    TieBreak tieBreak;

    @Setup
    public void setUp() {
        int firstLocal = ASSEMBLIES;
        int firstRegional = firstLocal + LOCALS;
        int firstTrade = firstRegional + REGIONALS;
        int confederation = firstTrade + TRADES;
        int bodies = confederation + 1;
        boolean[] assembly = new boolean[bodies];
        int[][] parents = new int[bodies][];
        for (int a = 0; a < ASSEMBLIES; a++) {
            assembly[a] = true;
            parents[a] = new int[] {firstLocal + a / (ASSEMBLIES / LOCALS), firstTrade + a % TRADES};
        }
        for (int l = 0; l < LOCALS; l++) {
            parents[firstLocal + l] = new int[] {firstRegional + l / (LOCALS / REGIONALS)};
        }
        for (int r = 0; r < REGIONALS; r++) {
            parents[firstRegional + r] = new int[] {confederation};
        }
        for (int t = 0; t < TRADES; t++) {
            parents[firstTrade + t] = new int[] {confederation};
        }
        parents[confederation] = new int[0];
        SplittableRandom rnd = new SplittableRandom(20261125L);
        int[][] memberAssemblies = new int[MEMBERS][];
        int[] ballot = new int[MEMBERS];
        for (int m = 0; m < MEMBERS; m++) {
            int first = rnd.nextInt(ASSEMBLIES);
            if (rnd.nextInt(100) < 5) {
                int second = (first + 1 + rnd.nextInt(ASSEMBLIES - 1)) % ASSEMBLIES;
                memberAssemblies[m] = new int[] {first, second};
            } else {
                memberAssemblies[m] = new int[] {first};
            }
            ballot[m] = rnd.nextInt(OPTIONS);
        }
        input = new Aggregation.Input(bodies, assembly, parents, memberAssemblies, ballot, OPTIONS);
        tieBreak = TieBreak.identity(OPTIONS);
    }

    @Benchmark
    public Aggregation.Result aggregate() {
        return Aggregation.aggregate(input);
    }

    @Benchmark
    public Aggregation.Result aggregateByAssembly() {
        return Aggregation.aggregateByAssembly(input, tieBreak);
    }

    /** One sequential read of the ballot array. */
    @Benchmark
    public long plainPassBallots() {
        long sum = 0;
        for (int b : input.ballot()) {
            sum += b;
        }
        return sum;
    }

    /** The ballot array plus each member's first assembly: the input the count cannot avoid reading. */
    @Benchmark
    public long plainPassMembership() {
        long sum = 0;
        int[] ballot = input.ballot();
        int[][] memberAssemblies = input.memberAssemblies();
        for (int m = 0; m < ballot.length; m++) {
            sum += ballot[m] + memberAssemblies[m][0];
        }
        return sum;
    }
}
