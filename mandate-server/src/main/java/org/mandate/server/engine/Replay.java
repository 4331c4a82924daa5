package org.mandate.server.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import org.mandate.core.Event;
import org.mandate.core.MandateException;
import org.mandate.record.merkle.MerkleTree;
import org.mandate.store.Store;

/**
 * Reads the whole log back at start: every event's bytes into the Merkle tree, in order, on the calling
 * thread; decoding, by far the largest part of a restart, in chunks on every core; and the decoded events
 * handed to {@code apply} in log order on one folding thread. Three stages overlap, so a restart takes
 * about the decoding divided among the cores rather than the sum of the stages.
 */
final class Replay {
    /** Events decoded as one task: large enough that a task's overhead vanishes, small enough to keep cores busy. */
    private static final int CHUNK = 2_048;
    /** Chunks decoded ahead of the fold; bounds the memory a restart holds at once. */
    private static final int AHEAD = 16;

    private Replay() {
    }

    static void run(Store store, MerkleTree tree, Function<byte[], Event> decode, Consumer<Event> apply) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService decoders = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "replay-decoder");
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<CompletableFuture<List<Event>>> decoded = new ArrayBlockingQueue<>(AHEAD);
        CompletableFuture<List<Event>> end = CompletableFuture.completedFuture(List.of());
        CompletableFuture<Void> folding = CompletableFuture.runAsync(() -> fold(decoded, end, apply),
                r -> {
                    Thread t = new Thread(r, "replay-fold");
                    t.setDaemon(true);
                    t.start();
                });
        try {
            List<byte[]> chunk = new ArrayList<>(CHUNK);
            store.read(0, store.size(), (seq, bytes) -> {
                tree.append(bytes);
                chunk.add(bytes);
                if (chunk.size() == CHUNK) {
                    hand(decoded, decoders, List.copyOf(chunk), decode, folding);
                    chunk.clear();
                }
            });
            if (!chunk.isEmpty()) {
                hand(decoded, decoders, List.copyOf(chunk), decode, folding);
            }
            put(decoded, end, folding);
            folding.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MandateException("interrupted while reading the log back", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new MandateException("reading the log back failed", cause);
        } finally {
            if (!folding.isDone()) {
                // reading failed: release the fold from its wait, or its thread would wait for ever
                decoded.clear();
                decoded.offer(end);
            }
            decoders.shutdownNow();
        }
    }

    private static void hand(BlockingQueue<CompletableFuture<List<Event>>> decoded, ExecutorService decoders, List<byte[]> chunk,
            Function<byte[], Event> decode, CompletableFuture<Void> folding) {
        put(decoded, CompletableFuture.supplyAsync(() -> {
            List<Event> events = new ArrayList<>(chunk.size());
            for (byte[] b : chunk) {
                events.add(decode.apply(b));
            }
            return events;
        }, decoders), folding);
    }

    /** Waits for room, giving up if the fold has already failed (it would never take another chunk). */
    private static void put(BlockingQueue<CompletableFuture<List<Event>>> decoded, CompletableFuture<List<Event>> chunk,
            CompletableFuture<Void> folding) {
        try {
            while (!decoded.offer(chunk, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (folding.isDone()) {
                    try {
                        folding.join();
                    } catch (java.util.concurrent.CompletionException e) {
                        throw e.getCause() instanceof RuntimeException r ? r : e;
                    }
                    throw new MandateException("the fold stopped before the log was read back");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MandateException("interrupted while reading the log back", e);
        }
    }

    private static void fold(BlockingQueue<CompletableFuture<List<Event>>> decoded, CompletableFuture<List<Event>> end,
            Consumer<Event> apply) {
        try {
            while (true) {
                CompletableFuture<List<Event>> next = decoded.take();
                if (next == end) {
                    return;
                }
                List<Event> events;
                try {
                    events = next.join();
                } catch (java.util.concurrent.CompletionException e) {
                    // the decoder's own error, as a restart without the pipeline would have thrown it
                    throw e.getCause() instanceof RuntimeException r ? r : e;
                }
                for (Event e : events) {
                    apply.accept(e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MandateException("interrupted while folding the log", e);
        }
    }
}
