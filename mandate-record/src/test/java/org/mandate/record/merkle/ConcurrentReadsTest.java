package org.mandate.record.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import org.junit.jupiter.api.Test;
import org.mandate.record.proof.ProofVerifier;
import org.mandate.record.proof.Verdict;
import org.mandate.record.testing.Seeded;
import org.mandate.record.tiles.TilePath;
import org.mandate.record.tiles.Tiles;

/**
 * Readers on several threads ask for roots, inclusion and consistency proofs and tiles while one
 * writer appends batches, past the growth of the first chunk and into several chunks. Every answer
 * must verify: a reader that saw a half-written hash or a stale chunk directory would fail here.
 */
class ConcurrentReadsTest {

    private static final int LEAVES = 40_000;
    private static final int READERS = 3;

    /** Leaf {@code i}'s bytes, so every thread can compute any leaf hash on its own. */
    private static byte[] leaf(long i) {
        return ByteBuffer.allocate(12).putLong(i).putInt((int) (i * 2_654_435_761L)).array();
    }

    @Test
    void proofs_and_tiles_read_during_appends_all_verify() {
        Seeded.check("concurrent reads", random -> {
            MerkleTree tree = new MerkleTree();
            // Roots computed by the writer's thread alone, at every size it published.
            Map<Long, byte[]> roots = new ConcurrentHashMap<>();
            AtomicBoolean done = new AtomicBoolean();
            AtomicLong checks = new AtomicLong();
            long readerSeed = random.nextLong();
            Tiles tiles = new Tiles(tree, ConcurrentReadsTest::leaf);
            CountDownLatch started = new CountDownLatch(READERS);
            ExecutorService pool = Executors.newFixedThreadPool(READERS);
            try {
                List<Future<?>> readers = new ArrayList<>();
                for (int r = 0; r < READERS; r++) {
                    RandomGenerator own = RandomGeneratorFactory.of("L64X128MixRandom").create(readerSeed + r);
                    readers.add(pool.submit(() -> {
                        started.countDown();
                        while (!done.get()) {
                            read(tree, tiles, own);
                            checks.incrementAndGet();
                        }
                        return null;
                    }));
                }
                await(started);
                long n = 0;
                while (n < LEAVES) {
                    int batch = (int) Math.min(LEAVES - n, random.nextInt(1, 300));
                    List<byte[]> events = new ArrayList<>(batch);
                    for (int i = 0; i < batch; i++) {
                        events.add(leaf(n + i));
                    }
                    n = tree.append(events);
                    roots.put(n, tree.root(n));
                }
                done.set(true);
                for (Future<?> f : readers) {
                    f.get();
                }
            } catch (Exception e) {
                throw new AssertionError(e);
            } finally {
                pool.shutdownNow();
            }
            assertThat(checks.get()).as("reads done while appending").isPositive();
            // Every root a reader could have used is the one the writer saw at that size.
            roots.forEach((size, root) -> assertThat(tree.root(size)).isEqualTo(root));
        });
    }

    private static void read(MerkleTree tree, Tiles tiles, RandomGenerator random) {
        long size = tree.size();
        if (size < 2) {
            return;
        }
        byte[] root = tree.root(size);
        long index = random.nextLong(size);
        Verdict inclusion = ProofVerifier.verifyInclusion(index, size, Hashes.leafHash(leaf(index)), tree.inclusionProof(index, size), root);
        assertThat(inclusion.ok()).as("inclusion of %d at size %d: %s", index, size, inclusion.reason()).isTrue();

        long older = random.nextLong(1, size + 1);
        Verdict consistency = ProofVerifier.verifyConsistency(older, size, tree.root(older), root, tree.consistencyProof(older, size));
        assertThat(consistency.ok()).as("consistency %d to %d: %s", older, size, consistency.reason()).isTrue();

        // The level-0 tile holding the newest leaf: each hash is the leaf hash of its position.
        long last = size - 1;
        int width = (int) (size - last / 256 * 256);
        byte[] tile = tiles.read(new TilePath(0, last / 256, width), size).orElseThrow();
        for (int j = 0; j < width; j++) {
            long at = last / 256 * 256 + j;
            assertThat(Arrays.copyOfRange(tile, j * Hashes.SIZE, (j + 1) * Hashes.SIZE)).as("tile hash of leaf %d", at)
                    .isEqualTo(Hashes.leafHash(leaf(at)));
        }
        // A level-1 hash: the root of a complete run of 256 leaves, rebuilt here from the leaves.
        if (size >= 256) {
            long run = random.nextLong(size / 256);
            byte[] upper = tiles.read(new TilePath(1, run / 256, (int) (run % 256) + 1), size).orElseThrow();
            RootBuilder expected = new RootBuilder();
            for (long at = run * 256; at < run * 256 + 256; at++) {
                expected.addLeafHash(Hashes.leafHash(leaf(at)), 0);
            }
            assertThat(Arrays.copyOfRange(upper, upper.length - Hashes.SIZE, upper.length)).as("level-1 hash %d", run)
                    .isEqualTo(expected.root());
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
