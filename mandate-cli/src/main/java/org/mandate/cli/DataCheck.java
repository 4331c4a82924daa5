package org.mandate.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.mandate.codec.Codec;
import org.mandate.core.Federation;
import org.mandate.core.Mandate;
import org.mandate.core.MandateException;
import org.mandate.record.checkpoint.LogKeys;
import org.mandate.record.checkpoint.MalformedNoteException;
import org.mandate.record.checkpoint.NoteVerifier;
import org.mandate.record.checkpoint.SignatureStatus;
import org.mandate.record.checkpoint.SignedCheckpoint;
import org.mandate.record.merkle.Hasher;
import org.mandate.record.merkle.Hashes;
import org.mandate.record.merkle.RootBuilder;
import org.mandate.store.StoreConfig;
import org.mandate.store.Store;

/**
 * {@code verify --data}: a server's data directory checked offline, without starting the server: the
 * stored events the latest checkpoint covers must lead to its root, the checkpoint must be signed by
 * the log's key, and a log imported under a new key must hold its predecessor's signed root.
 */
final class DataCheck {
    private final List<String> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private boolean replayStopped;

    private DataCheck() {}

    static int run(StoreOptions options, Optional<NoteVerifier> trusted, boolean replay, PrintStream out, PrintStream err) {
        Path dir = options.data;
        if (options.db == null && !Files.exists(dir.resolve(StoreConfig.SQLITE_FILE))) {
            err.println(dir + " holds no federation's database (no " + StoreConfig.SQLITE_FILE + "); nothing was checked");
            return VerifyCommand.CANNOT_CHECK;
        }
        Path vkey = dir.resolve(LogKeys.PUBLIC_FILE);
        if (trusted.isEmpty() && !Files.exists(vkey)) {
            err.println(dir + " holds no " + LogKeys.PUBLIC_FILE + "; give the log's key with --key VKEY");
            return VerifyCommand.CANNOT_CHECK;
        }
        try (Store store = options.open()) {
            return new DataCheck().check(dir, store, trusted, vkey, replay, out, err);
        } catch (IOException | MalformedNoteException e) {
            err.println("cannot read " + dir + ": " + e.getMessage());
            return VerifyCommand.CANNOT_CHECK;
        }
    }

    private int check(Path dir, Store store, Optional<NoteVerifier> trusted, Path vkey, boolean replay, PrintStream out, PrintStream err)
            throws IOException {
        Optional<String> note = store.checkpoint();
        if (note.isEmpty()) {
            err.println("the log in " + dir + " has signed no checkpoint yet; there is nothing to check its events against");
            return VerifyCommand.CANNOT_CHECK;
        }
        Optional<NoteVerifier> own = Files.exists(vkey) ? Optional.of(NoteVerifier.parse(Files.readString(vkey, StandardCharsets.UTF_8)))
                : Optional.empty();
        NoteVerifier key = trusted.orElseGet(own::orElseThrow);
        if (trusted.isPresent() && own.isPresent() && !own.get().equals(trusted.get())) {
            problems.add(LogKeys.PUBLIC_FILE + " holds " + own.get().vkey() + ", not the key you gave");
        }
        SignedCheckpoint cp;
        try {
            cp = SignedCheckpoint.parse(note.get());
        } catch (MalformedNoteException e) {
            return report(dir, null, 0, out, "the stored checkpoint is malformed: " + e.getMessage());
        }
        signature(cp, key, "the stored checkpoint");
        Optional<Predecessor> predecessor = Predecessor.read(dir);
        long predecessorSize = predecessor.map(p -> p.checkpoint().size()).orElse(-1L);
        predecessor.ifPresent(p -> signature(p.checkpoint(), p.key(), "the predecessor log's checkpoint"));

        long stored = store.size();
        if (stored < cp.size()) {
            return report(dir, cp, stored, out, "the store holds " + stored + " events but the log signed " + cp.size() + ": events were lost");
        }
        Hasher hasher = new Hasher();
        byte[] leaf = new byte[Hashes.SIZE];
        RootBuilder tree = new RootBuilder();
        byte[][] rootAtPredecessor = {predecessorSize == 0 ? Hashes.emptyRoot() : null};
        Codec codec = new Codec();
        Federation state = new Federation();
        store.read(0, stored, (seq, bytes) -> {
            if (seq < cp.size()) {
                hasher.leafInto(bytes, 0, bytes.length, leaf, 0);
                tree.addLeafHash(leaf, 0);
                if (tree.size() == predecessorSize) {
                    rootAtPredecessor[0] = tree.root();
                }
            }
            if (replay && !replayStopped) {
                try {
                    Mandate.evolve(state, codec.readEvent(bytes));
                } catch (MandateException e) {
                    problems.add("event " + seq + " cannot be replayed: " + e.getMessage());
                    replayStopped = true;
                }
            }
        });
        if (!Arrays.equals(tree.root(), cp.checkpoint().root())) {
            problems.add("the " + cp.size() + " stored events the checkpoint covers lead to root " + Hashes.hex(tree.root())
                    + ", not to the signed root: events in the store were altered, removed, inserted or reordered");
        }
        predecessor.ifPresent(p -> {
            if (p.checkpoint().size() > cp.size() || !Arrays.equals(rootAtPredecessor[0], p.checkpoint().checkpoint().root())) {
                problems.add("the record does not hold the predecessor log's signed tree of " + p.checkpoint().size()
                        + " events: it does not continue " + p.checkpoint().checkpoint().origin());
            }
        });
        if (replay && problems.isEmpty()) {
            notes.add("replayed " + state.eventCount() + " events: " + state.memberCount() + " members, " + state.bodies().size()
                    + " bodies, " + state.proposals().size() + " proposals");
        }
        predecessor.filter(p -> problems.isEmpty()).ifPresent(p -> notes.add("continues the log " + p.checkpoint().checkpoint().origin()
                + " (key " + p.key().vkey() + "), whose checkpoint of " + p.checkpoint().size() + " events it holds"));
        return report(dir, cp, stored, out, null);
    }

    private void signature(SignedCheckpoint cp, NoteVerifier key, String what) {
        SignatureStatus status = cp.check(key);
        if (status == SignatureStatus.INVALID) {
            problems.add("the signature on " + what + " by " + key.name() + " does not verify: it was altered or forged");
        } else if (status == SignatureStatus.ABSENT) {
            problems.add(what + " carries no signature by the key " + key.vkey());
        }
    }

    private int report(Path dir, SignedCheckpoint cp, long stored, PrintStream out, String fatal) {
        if (fatal != null) {
            problems.add(fatal);
        }
        out.println("Data directory " + dir);
        if (cp != null) {
            out.println("  log " + cp.checkpoint().origin() + ", checkpoint of " + cp.size() + " events, root " + Hashes.hex(cp.checkpoint().root()));
            if (stored > cp.size()) {
                notes.addFirst((stored - cp.size()) + " later events are stored but not yet signed; the next checkpoint will cover them");
            }
        }
        notes.forEach(n -> out.println("  " + n));
        if (problems.isEmpty()) {
            out.println("OK: the stored events lead to the signed root and the signature verifies.");
            return VerifyCommand.HOLDS;
        }
        problems.forEach(p -> out.println("  " + p));
        out.println("FAILED: " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        return VerifyCommand.FAILS;
    }
}
