package org.mandate.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.mandate.record.checkpoint.CheckpointPublisher;
import org.mandate.record.checkpoint.LogKeys;
import org.mandate.record.checkpoint.NoteSigner;
import org.mandate.record.checkpoint.NoteVerifier;
import org.mandate.record.checkpoint.SignedCheckpoint;
import org.mandate.record.history.HistoryReader;
import org.mandate.record.merkle.Hashes;
import org.mandate.record.merkle.MerkleTree;
import org.mandate.store.Batch;
import org.mandate.store.Store;
import org.mandate.store.StoreConfig;

/**
 * Writes a verified history into a new data directory: the log's key (the old one, or a new one with
 * the old log kept as predecessor), every event in batches, and last the checkpoint, so that a store
 * cut off half-way holds no checkpoint. If writing fails, the files it created are removed again.
 */
final class HistoryImport {
    private static final List<String> FILES = List.of(LogKeys.PRIVATE_FILE, LogKeys.PUBLIC_FILE, Predecessor.KEY_FILE,
            Predecessor.CHECKPOINT_FILE, StoreConfig.SQLITE_FILE, StoreConfig.SQLITE_FILE + "-wal", StoreConfig.SQLITE_FILE + "-shm",
            StoreConfig.SQLITE_FILE + "-journal");

    /** Events per transaction: few commits, bounded memory. */
    private static final int BATCH = 10_000;

    private final Path file;
    private final StoreOptions options;
    private final SignedCheckpoint checkpoint;
    private final Optional<NoteSigner> continued;
    private final String origin;
    private NoteVerifier fileKey;

    HistoryImport(Path file, StoreOptions options, SignedCheckpoint checkpoint, Optional<NoteSigner> continued, String origin) {
        this.file = file;
        this.options = options;
        this.checkpoint = checkpoint;
        this.continued = continued;
        this.origin = origin;
    }

    int run(PrintStream out, PrintStream err) {
        Path dir = options.data;
        boolean dirExisted = Files.isDirectory(dir);
        List<Path> before = FILES.stream().map(dir::resolve).filter(Files::exists).toList();
        try (Store store = options.open()) {
            if (store.size() > 0 || store.checkpoint().isPresent()) {
                err.println("the database " + options.db + " already holds a log; import only fills an empty one, and changed nothing there");
                return 1;
            }
            LogKeys keys = continued.isPresent() ? LogKeys.install(dir, continued.get()) : LogKeys.generate(dir, origin);
            MerkleTree tree = append(store);
            if (tree.size() != checkpoint.size() || !Arrays.equals(tree.root(), checkpoint.checkpoint().root())) {
                throw new IOException("the events written do not form the verified tree");
            }
            SignedCheckpoint own = checkpoint;
            if (continued.isEmpty()) {
                own = new CheckpointPublisher(tree, keys.signer(), Optional.empty()).publishIfDue(0).orElseThrow();
                new Predecessor(fileKey, checkpoint).write(dir);
            }
            store.append(new Batch(tree.size(), List.of(), List.of(), List.of(), own.note()));
            out.println("Imported " + tree.size() + " events into " + dir + "; record root " + Hashes.hex(tree.root()));
            out.println(continued.isPresent() ? "The server goes on signing the log " + keys.origin() + " with that log's key."
                    : "A new log " + keys.origin() + " signs the same tree; it continues " + checkpoint.checkpoint().origin()
                            + ", whose key and checkpoint are kept in " + Predecessor.KEY_FILE + " and " + Predecessor.CHECKPOINT_FILE + ".");
            out.println("Public key, to publish so members can check the record: " + keys.verifier().vkey());
            out.println("Members open their accounts again on the new server: names and passwords are not in the record.");
            return 0;
        } catch (IOException | RuntimeException e) {
            undo(dir, dirExisted, before);
            err.println("the import failed: " + e.getMessage() + (options.db == null ? "; the files it had written were removed"
                    : "; the database may hold part of the events: empty it before trying again"));
            return 1;
        }
    }

    private MerkleTree append(Store store) throws IOException {
        MerkleTree tree = new MerkleTree();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file)); HistoryReader reader = new HistoryReader(in)) {
            fileKey = NoteVerifier.parse(reader.vkey());
            List<byte[]> batch = new ArrayList<>(BATCH);
            while (reader.next()) {
                batch.add(reader.eventBytes());
                if (batch.size() == BATCH) {
                    flush(store, tree, batch);
                }
            }
            flush(store, tree, batch);
        }
        return tree;
    }

    private static void flush(Store store, MerkleTree tree, List<byte[]> batch) {
        if (!batch.isEmpty()) {
            store.append(Batch.of(tree.size(), List.copyOf(batch)));
            tree.append(batch);
            batch.clear();
        }
    }

    private void undo(Path dir, boolean dirExisted, List<Path> before) {
        try {
            for (String name : FILES) {
                Path p = dir.resolve(name);
                if (!before.contains(p)) {
                    Files.deleteIfExists(p);
                }
            }
            if (!dirExisted) {
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            // Best effort: the message already says the import failed; what is left is named by the files above.
        }
    }
}
