package org.mandate.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * How long the disk takes to make 4 KiB durable (write and fdatasync) in a directory right now: the
 * physical limit of one transaction per vote, which waits for one such flush per vote whatever else it
 * does. On a shared virtual disk it moves by an order of magnitude with the neighbours' writes, so it is
 * measured beside each rung rather than once.
 */
final class Fsync {
    private static final int SAMPLES = 100;

    private Fsync() {
    }

    /** Median and 99th percentile in milliseconds, as text. */
    static String probe(Path dir) {
        long[] nanos = new long[SAMPLES];
        try {
            Path file = Files.createTempFile(dir, "fsync-probe", ".bin");
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ByteBuffer page = ByteBuffer.allocate(4096);
                for (int i = 0; i < SAMPLES; i++) {
                    page.clear();
                    long t0 = System.nanoTime();
                    ch.write(page, (long) i * page.capacity());
                    ch.force(false);
                    nanos[i] = System.nanoTime() - t0;
                }
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Arrays.sort(nanos);
        return String.format("write+fdatasync of 4 KiB: median %.2f ms, p99 %.2f ms", nanos[SAMPLES / 2] / 1e6, nanos[SAMPLES * 99 / 100] / 1e6);
    }
}
