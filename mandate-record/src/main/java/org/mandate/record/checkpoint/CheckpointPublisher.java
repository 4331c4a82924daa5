package org.mandate.record.checkpoint;

import java.util.List;
import java.util.Optional;

import org.mandate.record.merkle.MerkleTree;

/**
 * Publishes a signed checkpoint of the tree at most once a second. Time comes in as an argument
 * from the shell that owns the clock, so the rule can be tested and replayed; nothing here reads
 * a wall clock.
 */
public final class CheckpointPublisher {

    public static final long MIN_INTERVAL_MILLIS = 1000;

    private final MerkleTree tree;
    private final ConsistentSigner signer;
    private final String origin;
    private long lastPublishedAt = Long.MIN_VALUE;

    public CheckpointPublisher(MerkleTree tree, NoteSigner signer, Optional<SignedCheckpoint> lastSigned) {
        this.tree = tree;
        this.signer = new ConsistentSigner(signer, lastSigned);
        this.origin = signer.name();
    }

    /**
     * Signs a checkpoint of the current tree if the tree grew since the last one (or none was
     * ever signed) and at least a second has passed since the last publication.
     *
     * @param nowMillis the current time in milliseconds, from the caller's clock
     * @return the new checkpoint, or empty if none is due
     */
    public synchronized Optional<SignedCheckpoint> publishIfDue(long nowMillis) {
        Optional<SignedCheckpoint> last = signer.last();
        long size = tree.size();
        if (last.isPresent() && last.get().size() == size) {
            return Optional.empty();
        }
        // Also refuses when the clock stepped back: "at most once a second" must hold either way.
        if (lastPublishedAt != Long.MIN_VALUE && (nowMillis < lastPublishedAt || nowMillis - lastPublishedAt < MIN_INTERVAL_MILLIS)) {
            return Optional.empty();
        }
        long lastSize = last.map(SignedCheckpoint::size).orElse(0L);
        if (lastSize > size) {
            throw new InconsistentCheckpointException("the tree has " + size + " leaves but size " + lastSize + " was already signed");
        }
        List<byte[]> proof = tree.consistencyProof(lastSize, size);
        SignedCheckpoint signed = signer.sign(new Checkpoint(origin, size, tree.root(size)), proof);
        lastPublishedAt = nowMillis;
        return Optional.of(signed);
    }

    /** The latest signed checkpoint, if any was ever signed. */
    public Optional<SignedCheckpoint> latest() {
        return signer.last();
    }
}
