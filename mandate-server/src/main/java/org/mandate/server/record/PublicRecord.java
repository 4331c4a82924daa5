package org.mandate.server.record;

import java.util.List;
import java.util.Optional;
import org.mandate.record.checkpoint.SignedCheckpoint;
import org.mandate.record.merkle.MerkleTree;
import org.mandate.record.proof.Receipt;
import org.mandate.record.tiles.EntrySource;
import org.mandate.record.tiles.TilePath;
import org.mandate.record.tiles.Tiles;
import org.mandate.server.engine.Writer;
import org.mandate.store.Store;

/**
 * What a reader of the record can ask for, answered at the latest checkpoint the writer has made
 * durable. The tree is read without a lock (see {@link MerkleTree}); events come from the store's
 * reader connections, which read a snapshot beside the writer. Every event a durable checkpoint
 * covers is in the store, so an answer here never waits for, nor races with, a commit.
 */
public final class PublicRecord {
    private final MerkleTree tree;
    private final Store store;
    private final Writer writer;

    public PublicRecord(MerkleTree tree, Store store, Writer writer) {
        this.tree = tree;
        this.store = store;
        this.writer = writer;
    }

    /** The latest durable signed checkpoint, if the log has signed one. */
    public Optional<SignedCheckpoint> checkpoint() {
        return writer.checkpoint();
    }

    /** The bytes of a tile or entry bundle, if the latest checkpoint covers it. */
    public Optional<byte[]> tile(TilePath path) {
        return new Tiles(tree, new Bundle(path.index() * TilePath.FULL_WIDTH, path.width())).read(path, coveredSize());
    }

    /**
     * The events of one entry bundle, read from the store in one query the first time Tiles asks for
     * one (it asks only when the checkpoint covers the bundle, and never for a hash tile).
     */
    private final class Bundle implements EntrySource {
        private final long first;
        private final byte[][] events;
        private boolean loaded;

        Bundle(long first, int width) {
            this.first = first;
            this.events = new byte[width][];
        }

        @Override
        public byte[] entry(long index) {
            if (!loaded) {
                store.read(first, first + events.length, (seq, bytes) -> events[(int) (seq - first)] = bytes);
                loaded = true;
            }
            return events[(int) (index - first)];
        }
    }

    /** The receipt of event {@code index} against the latest checkpoint, if that checkpoint covers it. */
    public Optional<Receipt> receipt(long index) {
        Optional<SignedCheckpoint> cp = checkpoint();
        if (cp.isEmpty() || index < 0 || index >= cp.get().size()) {
            return Optional.empty();
        }
        return Optional.of(Receipt.issue(tree, index, store.event(index), cp.get()));
    }

    /**
     * The RFC 9162 consistency proof from the tree of {@code from} leaves to the tree of {@code to},
     * if {@code 0 < from <= to <= } the latest checkpoint's size.
     */
    public Optional<List<byte[]>> consistency(long from, long to) {
        if (from < 1 || to < from || to > coveredSize()) {
            return Optional.empty();
        }
        return Optional.of(tree.consistencyProof(from, to));
    }

    /** The size of the latest durable checkpoint, or 0 when there is none. */
    public long coveredSize() {
        return checkpoint().map(SignedCheckpoint::size).orElse(0L);
    }
}
