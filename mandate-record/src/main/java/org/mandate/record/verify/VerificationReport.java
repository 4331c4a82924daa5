package org.mandate.record.verify;

import java.util.List;
import java.util.Optional;

import org.mandate.record.checkpoint.SignedCheckpoint;

/**
 * The outcome of verifying a history. {@link #ok()} is true only when there is no finding at
 * all. {@code checkpoint} is the history's checkpoint when it could be read; {@code remembered}
 * the checkpoint this verifier had seen before for the log, if any.
 */
public record VerificationReport(String origin, long events, Optional<SignedCheckpoint> checkpoint,
        Optional<SignedCheckpoint> remembered, boolean memoryUpdated, List<Finding> findings) {

    public VerificationReport {
        findings = List.copyOf(findings);
    }

    public boolean ok() {
        return findings.isEmpty();
    }

    /** The first finding of a kind, if any. */
    public Optional<Finding> first(FindingKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).findFirst();
    }
}
