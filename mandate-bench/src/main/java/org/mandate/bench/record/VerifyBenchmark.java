package org.mandate.bench.record;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.mandate.record.checkpoint.Checkpoint;
import org.mandate.record.checkpoint.NoteSigner;
import org.mandate.record.checkpoint.SignedCheckpoint;
import org.mandate.record.history.HistoryWriter;
import org.mandate.record.merkle.Hasher;
import org.mandate.record.merkle.RootBuilder;
import org.mandate.record.verify.HistoryVerifier;
import org.mandate.record.verify.ProgressListener;
import org.mandate.record.verify.VerificationReport;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (b) Full verification of an exported history of ten million 300-byte events that sits in the
 * page cache, beside one plain SHA-256 pass over the same file read the same way. The file is
 * generated once under /tmp (about 3.4 GB) and kept for later runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class VerifyBenchmark {

    @Param("10000000")
    public long events;

    private Path file;
    private Path memory;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        file = Path.of(System.getProperty("java.io.tmpdir"), "mandate-bench-history-" + events + ".bin");
        memory = Files.createTempDirectory("mandate-bench-memory");
        if (Files.exists(file)) {
            return;
        }
        // The checkpoint heads the file, so the root is computed in a first pass.
        Hasher hasher = new Hasher();
        RootBuilder root = new RootBuilder();
        byte[] event = new byte[Events.SIZE];
        byte[] leaf = new byte[32];
        for (long i = 0; i < events; i++) {
            Events.fill(i, event);
            hasher.leafInto(event, 0, Events.SIZE, leaf, 0);
            root.addLeafHash(leaf, 0);
        }
        NoteSigner signer = NoteSigner.generate("bench.example/record", new SecureRandom());
        SignedCheckpoint cp = SignedCheckpoint.sign(new Checkpoint("bench.example/record", events, root.root()), signer);
        Path tmp = Files.createTempFile(file.getParent(), "mandate-bench", ".tmp");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20)) {
            HistoryWriter.export(out, signer.verifier(), cp, i -> Events.event(i));
        }
        Files.move(tmp, file);
    }

    @TearDown(Level.Trial)
    public void forget() throws IOException {
        try (var files = Files.list(memory)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(memory);
    }

    @Benchmark
    public VerificationReport verifyWholeHistory() {
        VerificationReport report = new HistoryVerifier(memory, Optional.empty(), ProgressListener.NONE).verify(file);
        if (!report.ok()) {
            throw new IllegalStateException("the generated history does not verify: " + report.findings());
        }
        return report;
    }

    @Benchmark
    public byte[] sha256OfTheSameFileOnce() throws IOException, NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            while (ch.read(buffer.clear()) > 0) {
                sha.update(buffer.array(), 0, buffer.position());
            }
        }
        return sha.digest();
    }
}
