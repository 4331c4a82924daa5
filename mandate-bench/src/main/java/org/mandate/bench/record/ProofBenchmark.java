package org.mandate.bench.record;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.mandate.record.merkle.Hasher;
import org.mandate.record.merkle.MerkleTree;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** (c) The inclusion proof of a random event in a log of ten million events, and a consistency proof. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ProofBenchmark {

    @Param("10000000")
    public long events;

    private MerkleTree tree;
    private final SplittableRandom random = new SplittableRandom(42);

    @Setup(Level.Trial)
    public void buildLog() {
        tree = new MerkleTree();
        Hasher hasher = new Hasher();
        byte[] event = new byte[Events.SIZE];
        for (long i = 0; i < events; i++) {
            Events.fill(i, event);
            tree.appendLeafHash(hasher.leaf(event, 0, Events.SIZE));
        }
    }

    @Benchmark
    public List<byte[]> inclusionProofOfRandomEvent() {
        return tree.inclusionProof(random.nextLong(events), events);
    }

    @Benchmark
    public List<byte[]> consistencyProofFromRandomSize() {
        return tree.consistencyProof(1 + random.nextLong(events - 1), events);
    }
}
