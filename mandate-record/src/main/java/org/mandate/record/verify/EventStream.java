package org.mandate.record.verify;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.mandate.record.history.HistoryFormatException;
import org.mandate.record.history.HistoryReader;
import org.mandate.record.merkle.Hasher;
import org.mandate.record.merkle.Hashes;
import org.mandate.record.merkle.RootBuilder;

/**
 * One pass over a history's events: each leaf hash recomputed from the stored bytes and held
 * against the listed one, the tree built from the listed hashes, and the root taken at the
 * remembered size on the way. This is the verifier's hot loop: one leaf hash and on average one
 * node hash per event, no allocation.
 */
final class EventStream {

    private static final int PROGRESS_EVERY = 1 << 16;

    boolean complete;
    long count;
    byte[] root;
    byte[] rootAtRemembered;
    long firstBadLeaf = -1;
    long badLeaves;

    private EventStream() {
    }

    static EventStream read(HistoryReader reader, long rememberedSize, long total, ProgressListener progress,
            List<Finding> findings) throws IOException {
        EventStream s = new EventStream();
        Hasher hasher = new Hasher();
        RootBuilder tree = new RootBuilder();
        byte[] computed = new byte[Hashes.SIZE];
        if (rememberedSize == 0) {
            s.rootAtRemembered = Hashes.emptyRoot();
        }
        try {
            byte[] buf = reader.buffer();
            while (reader.next()) {
                hasher.leafInto(buf, reader.eventOffset(), reader.length(), computed, 0);
                int listed = reader.leafHashOffset();
                if (!Arrays.equals(computed, 0, Hashes.SIZE, buf, listed, listed + Hashes.SIZE)) {
                    if (s.firstBadLeaf < 0) {
                        s.firstBadLeaf = reader.index();
                    }
                    s.badLeaves++;
                }
                tree.addLeafHash(buf, listed);
                if (tree.size() == rememberedSize) {
                    s.rootAtRemembered = tree.root();
                }
                if (tree.size() % PROGRESS_EVERY == 0) {
                    progress.progress(tree.size(), total);
                }
            }
            s.complete = true;
        } catch (HistoryFormatException e) {
            findings.add(new Finding(e.truncated() ? FindingKind.Truncated : FindingKind.Malformed, e.eventIndex(), e.getMessage()));
        }
        s.count = tree.size();
        s.root = tree.root();
        progress.progress(s.count, total);
        return s;
    }
}
