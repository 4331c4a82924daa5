package org.mandate.bench.count;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.mandate.core.count.MeekStv;
import org.mandate.core.count.Schulze;
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
 * Issue 2 targets: Schulze over 1,000,000 ranked ballots of 10 options (under 0.3 s) and Meek STV
 * over 100,000 ballots, 20 candidates, 5 seats (under 1 s). Each count has a "plain pass" beside it
 * that only reads the same input once, so the ratio says how much the method costs over touching the
 * data at all, whatever the machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CountBenchmark {

    static final int SCHULZE_BALLOTS = 1_000_000;
    static final int SCHULZE_OPTIONS = 10;
    static final int MEEK_BALLOTS = 100_000;
    static final int MEEK_CANDIDATES = 20;
    static final int MEEK_SEATS = 5;

    int[] ranks;
    TieBreak schulzeTieBreak;
    int[][] preferences;
    TieBreak meekTieBreak;

    @Setup
    public void setUp() {
        SplittableRandom rnd = new SplittableRandom(20261125L);
        ranks = new int[SCHULZE_BALLOTS * SCHULZE_OPTIONS];
        for (int b = 0; b < SCHULZE_BALLOTS; b++) {
            int[] order = BallotMaker.popularityOrder(rnd, SCHULZE_OPTIONS);
            int ranked = 1 + rnd.nextInt(SCHULZE_OPTIONS);
            for (int i = 0; i < SCHULZE_OPTIONS; i++) {
                ranks[b * SCHULZE_OPTIONS + order[i]] = i < ranked ? i + 1 : Schulze.UNRANKED;
            }
        }
        schulzeTieBreak = TieBreak.identity(SCHULZE_OPTIONS);
        preferences = new int[MEEK_BALLOTS][];
        for (int b = 0; b < MEEK_BALLOTS; b++) {
            int[] order = BallotMaker.popularityOrder(rnd, MEEK_CANDIDATES);
            preferences[b] = java.util.Arrays.copyOf(order, 1 + rnd.nextInt(MEEK_CANDIDATES));
        }
        meekTieBreak = TieBreak.identity(MEEK_CANDIDATES);
    }

    @Benchmark
    public Schulze.Result schulze() {
        return Schulze.count(SCHULZE_OPTIONS, ranks, null, schulzeTieBreak);
    }

    /** One sequential read of the Schulze input: the floor any count of it must pay. */
    @Benchmark
    public long schulzePlainPass() {
        long sum = 0;
        for (int r : ranks) {
            sum += r;
        }
        return sum;
    }

    @Benchmark
    public MeekStv.Result meek() {
        return MeekStv.count(MEEK_CANDIDATES, MEEK_SEATS, preferences, null, meekTieBreak);
    }

    /** One read of every preference of the Meek input. */
    @Benchmark
    public long meekPlainPass() {
        long sum = 0;
        for (int[] p : preferences) {
            for (int c : p) {
                sum += c;
            }
        }
        return sum;
    }
}
