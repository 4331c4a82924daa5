package org.mandate.record.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.mandate.record.RecordException;
import org.mandate.record.checkpoint.NoteVerifier;
import org.mandate.record.checkpoint.SignedCheckpoint;

/**
 * The last checkpoint the verifier accepted for each log, one small file per origin in a
 * directory ({@code ~/.mandate/checkpoints} by default). Tampering is caught by whoever kept
 * an earlier checkpoint; this is the verifier keeping it. The file holds:
 *
 * <pre>
 * "mandate-verifier-memory v1\n"
 * "key " vkey "\n"
 * the signed checkpoint note, verbatim
 * </pre>
 */
public final class CheckpointMemory {

    static final String MAGIC = "mandate-verifier-memory v1";

    private final Path directory;

    public CheckpointMemory(Path directory) {
        this.directory = directory;
    }

    public static Path defaultDirectory() {
        return Path.of(System.getProperty("user.home"), ".mandate", "checkpoints");
    }

    /** One remembered checkpoint with the key that signed it. */
    public record Entry(NoteVerifier key, SignedCheckpoint checkpoint) {
    }

    /**
     * The file name for an origin: letters, digits, '.' and '-' stay; every other byte becomes
     * '_' and two hex digits, so distinct origins never share a file.
     */
    public static String fileName(String origin) {
        StringBuilder out = new StringBuilder();
        for (byte b : origin.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-') {
                out.append(c);
            } else {
                out.append('_').append(String.format("%02x", b & 0xFF));
            }
        }
        return out.toString();
    }

    public Path fileFor(String origin) {
        return directory.resolve(fileName(origin));
    }

    public Optional<Entry> read(String origin) {
        Path file = fileFor(origin);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String[] head = text.split("\n", 3);
            if (head.length < 3 || !head[0].equals(MAGIC) || !head[1].startsWith("key ")) {
                throw new RecordException("the remembered checkpoint " + file + " is damaged; move it away to start afresh");
            }
            return Optional.of(new Entry(NoteVerifier.parse(head[1].substring(4)), SignedCheckpoint.parse(head[2])));
        } catch (IOException e) {
            throw new RecordException("cannot read the remembered checkpoint " + file + ": " + e.getMessage(), e);
        }
    }

    /** Replaces the remembered checkpoint of the origin, atomically. */
    public void write(NoteVerifier key, SignedCheckpoint checkpoint) {
        Path file = fileFor(checkpoint.checkpoint().origin());
        try {
            Files.createDirectories(directory);
            Path tmp = Files.createTempFile(directory, ".memory", ".tmp");
            Files.writeString(tmp, MAGIC + "\nkey " + key.vkey() + "\n" + checkpoint.note(), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new RecordException("cannot remember the checkpoint in " + file + ": " + e.getMessage(), e);
        }
    }
}
