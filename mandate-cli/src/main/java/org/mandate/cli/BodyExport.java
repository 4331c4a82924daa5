package org.mandate.cli;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.TreeSet;
import org.mandate.codec.Codec;
import org.mandate.core.BodyHistory;
import org.mandate.core.BodyId;
import org.mandate.core.MandateException;
import org.mandate.record.checkpoint.NoteVerifier;
import org.mandate.record.checkpoint.SignedCheckpoint;
import org.mandate.record.excerpt.ExcerptWriter;
import org.mandate.record.merkle.MerkleTree;
import org.mandate.store.Store;

/**
 * One body's events (as {@link BodyHistory} selects them) among those the checkpoint covers, each with
 * its inclusion proof against that checkpoint: an excerpt the body can take away and check offline.
 */
final class BodyExport {
    private BodyExport() {}

    /** The selected positions, or empty when the record up to the checkpoint never mentions the body. */
    static Optional<TreeSet<Long>> write(Store store, NoteVerifier key, SignedCheckpoint checkpoint, BodyId body, OutputStream sink) {
        Codec codec = new Codec();
        MerkleTree tree = new MerkleTree();
        BodyHistory history = new BodyHistory(body);
        long size = checkpoint.size();
        store.read(0, size, (seq, bytes) -> {
            tree.append(bytes);
            history.read(seq, codec.readEvent(bytes));
        });
        if (!Arrays.equals(tree.root(), checkpoint.checkpoint().root())) {
            throw new MandateException("the stored events do not lead to the root the log signed; check the store with ./mandate verify --data");
        }
        if (!history.known()) {
            return Optional.empty();
        }
        TreeSet<Long> positions = history.positions();
        ExcerptWriter writer = new ExcerptWriter(sink, key, checkpoint, "body " + body.value(), positions.size());
        store.read(0, size, (seq, bytes) -> {
            if (positions.contains(seq)) {
                writer.write(seq, bytes, tree.inclusionProof(seq, size));
            }
        });
        writer.finish();
        return Optional.of(positions);
    }
}
