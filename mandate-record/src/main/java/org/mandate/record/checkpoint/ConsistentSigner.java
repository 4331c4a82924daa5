package org.mandate.record.checkpoint;

import java.util.List;
import java.util.Optional;

import org.mandate.record.proof.ProofVerifier;
import org.mandate.record.proof.Verdict;

/**
 * Signs checkpoints, remembering the last one it signed and refusing any that does not extend
 * it: a smaller size, the same size with another root, or a consistency proof that fails.
 * C2SP tlog-checkpoint: a log MUST NOT sign a checkpoint inconsistent with one it signed before.
 */
public final class ConsistentSigner {

    private final NoteSigner signer;
    private SignedCheckpoint last;

    /** @param lastSigned the last checkpoint this log ever signed, as persisted by the caller, if any */
    public ConsistentSigner(NoteSigner signer, Optional<SignedCheckpoint> lastSigned) {
        this.signer = signer;
        this.last = lastSigned.orElse(null);
        if (last != null && !last.checkpoint().origin().equals(signer.name())) {
            throw new InconsistentCheckpointException("the last signed checkpoint is for origin " + last.checkpoint().origin()
                    + ", but this key signs for " + signer.name());
        }
    }

    public synchronized Optional<SignedCheckpoint> last() {
        return Optional.ofNullable(last);
    }

    /** @param proofFromLast the consistency proof from the last signed size to {@code next.size()} */
    public synchronized SignedCheckpoint sign(Checkpoint next, List<byte[]> proofFromLast) {
        if (!next.origin().equals(signer.name())) {
            throw new InconsistentCheckpointException("refusing to sign a checkpoint for origin " + next.origin() + " with the key of " + signer.name());
        }
        if (last != null) {
            Checkpoint prev = last.checkpoint();
            if (next.size() < prev.size()) {
                throw new InconsistentCheckpointException("refusing to sign size " + next.size() + ": size " + prev.size() + " was already signed");
            }
            if (prev.size() > 0) {
                Verdict v = ProofVerifier.verifyConsistency(prev.size(), next.size(), prev.root(), next.root(), proofFromLast);
                if (!v.ok()) {
                    throw new InconsistentCheckpointException("refusing to sign " + next + ": it does not extend the signed " + prev + " (" + v.reason() + ")");
                }
            }
        }
        last = SignedCheckpoint.sign(next, signer);
        return last;
    }
}
