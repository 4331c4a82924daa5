package org.mandate.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mandate.record.checkpoint.CheckpointPublisher;
import org.mandate.record.checkpoint.LogKeys;
import org.mandate.record.checkpoint.SignedCheckpoint;
import org.mandate.record.history.HistoryWriter;
import org.mandate.record.merkle.MerkleTree;

/**
 * Puts a run's events into a Merkle log, signs one checkpoint over them with the data directory's
 * key (made on first use), and writes the history file a member can verify offline.
 */
final class RecordedHistory {
    private RecordedHistory() {}

    static void export(List<byte[]> events, Path dataDir, String origin, Path file) throws IOException {
        Files.createDirectories(dataDir);
        LogKeys keys = Files.exists(dataDir.resolve(LogKeys.PRIVATE_FILE)) ? LogKeys.load(dataDir) : LogKeys.generate(dataDir, origin);
        MerkleTree tree = new MerkleTree();
        tree.append(events);
        SignedCheckpoint checkpoint = new CheckpointPublisher(tree, keys.signer(), java.util.Optional.empty())
                .publishIfDue(0).orElseThrow(() -> new IOException("an empty history has no checkpoint to sign"));
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
            HistoryWriter.export(out, keys.verifier(), checkpoint, index -> events.get((int) index));
        }
    }
}
