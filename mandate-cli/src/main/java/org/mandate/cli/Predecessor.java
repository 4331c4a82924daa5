package org.mandate.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.mandate.record.checkpoint.NoteVerifier;
import org.mandate.record.checkpoint.SignedCheckpoint;

/**
 * The log a federation's record continues when it was imported under a new key: the old log's key and
 * the last checkpoint it signed. The new log's tree holds the same events, so at the old checkpoint's
 * size it has the old root; anyone can check that link with the two files.
 */
record Predecessor(NoteVerifier key, SignedCheckpoint checkpoint) {
    static final String KEY_FILE = "predecessor-log.vkey";
    static final String CHECKPOINT_FILE = "predecessor-log.checkpoint";

    static Optional<Predecessor> read(Path dataDir) throws IOException {
        Path key = dataDir.resolve(KEY_FILE);
        Path checkpoint = dataDir.resolve(CHECKPOINT_FILE);
        if (!Files.exists(key) && !Files.exists(checkpoint)) {
            return Optional.empty();
        }
        return Optional.of(new Predecessor(NoteVerifier.parse(Files.readString(key, StandardCharsets.UTF_8)),
                SignedCheckpoint.parse(Files.readString(checkpoint, StandardCharsets.UTF_8))));
    }

    void write(Path dataDir) throws IOException {
        Files.writeString(dataDir.resolve(KEY_FILE), key.vkey() + "\n", StandardCharsets.UTF_8);
        Files.writeString(dataDir.resolve(CHECKPOINT_FILE), checkpoint.note(), StandardCharsets.UTF_8);
    }
}
