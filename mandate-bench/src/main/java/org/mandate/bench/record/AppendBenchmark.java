package org.mandate.bench.record;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.mandate.record.merkle.MerkleTree;
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

/**
 * (a) Appending 300-byte events to the in-memory tree, in batches as the store does, beside the
 * two hashes every append costs at least: one SHA-256 of a 301-byte leaf input and, on average,
 * one of a 65-byte node input. The bound on appends is 1 / (1/leafRate + 1/nodeRate).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class AppendBenchmark {

    static final int BATCH = 1024;

    private final List<byte[]> batch = new ArrayList<>();
    private MerkleTree tree;
    private MessageDigest sha;
    private final byte[] leafInput = new byte[1 + Events.SIZE];
    private final byte[] nodeInput = new byte[65];
    private final byte[] out = new byte[32];

    @Setup(Level.Trial)
    public void events() throws NoSuchAlgorithmException {
        for (int i = 0; i < BATCH; i++) {
            batch.add(Events.event(i));
        }
        sha = MessageDigest.getInstance("SHA-256");
        Events.fill(7, leafInput);
        nodeInput[0] = 1;
    }

    // A fresh tree per iteration keeps memory bounded; its growth within the iteration is real.
    @Setup(Level.Iteration)
    public void freshTree() {
        tree = new MerkleTree();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long appendBatchOf300ByteEvents() {
        return tree.append(batch);
    }

    @Benchmark
    public byte[] sha256Of301ByteLeafInput() throws DigestException {
        sha.update(leafInput, 0, leafInput.length);
        sha.digest(out, 0, 32);
        return out;
    }

    @Benchmark
    public byte[] sha256Of65ByteNodeInput() throws DigestException {
        sha.update(nodeInput, 0, nodeInput.length);
        sha.digest(out, 0, 32);
        return out;
    }
}
