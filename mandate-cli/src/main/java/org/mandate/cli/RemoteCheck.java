package org.mandate.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.mandate.codec.Codec;
import org.mandate.core.Federation;
import org.mandate.core.Mandate;
import org.mandate.core.MandateException;
import org.mandate.record.RecordException;
import org.mandate.record.checkpoint.MalformedNoteException;
import org.mandate.record.checkpoint.NoteVerifier;
import org.mandate.record.checkpoint.SignatureStatus;
import org.mandate.record.checkpoint.SignedCheckpoint;
import org.mandate.record.merkle.Hashes;
import org.mandate.record.merkle.MerkleTree;
import org.mandate.record.tiles.TilePath;
import org.mandate.record.tiles.Tiles;
import org.mandate.record.verify.CheckpointMemory;

/**
 * {@code verify --url}: a running server's record, read as tlog-tiles and checked as a whole. Every
 * entry bundle is fetched and hashed into a tree, whose root must be the signed one; every hash tile
 * the server serves must be the tree's own; and the checkpoint must extend the one this verifier
 * remembers for the log. Only then is it remembered.
 */
final class RemoteCheck {
    private final List<String> problems = new ArrayList<>();

    private RemoteCheck() {}

    /** How often the check starts again when the server's checkpoint moved on while its tiles were read. */
    private static final int ATTEMPTS = 3;

    static int run(String url, Optional<String> token, NoteVerifier key, Path memoryDirectory, boolean replay, PrintStream out,
            PrintStream err) {
        URI prefix;
        try {
            prefix = TileClient.prefixOf(url);
        } catch (IllegalArgumentException e) {
            err.println("--url " + e.getMessage());
            return VerifyCommand.FAILS;
        }
        TileClient client = new TileClient(prefix, token);
        for (int attempt = 1; ; attempt++) {
            SignedCheckpoint cp;
            try {
                cp = SignedCheckpoint.parse(client.checkpoint());
            } catch (IOException e) {
                err.println("cannot read the checkpoint at " + prefix + ": " + e.getMessage());
                return VerifyCommand.CANNOT_CHECK;
            } catch (MalformedNoteException e) {
                out.println(prefix + "checkpoint is not a checkpoint: " + e.getMessage());
                return VerifyCommand.FAILS;
            }
            try {
                return new RemoteCheck().check(client, cp, key, new CheckpointMemory(memoryDirectory), replay, out);
            } catch (TileClient.Missing e) {
                // A live log may drop the partial tiles of a checkpoint it has replaced; read its new one.
                if (attempt == ATTEMPTS) {
                    err.println("cannot read the record at " + prefix + ": " + e.getMessage());
                    return VerifyCommand.CANNOT_CHECK;
                }
            } catch (IOException e) {
                err.println("cannot read the record at " + prefix + ": " + e.getMessage());
                return VerifyCommand.CANNOT_CHECK;
            }
        }
    }

    private int check(TileClient client, SignedCheckpoint cp, NoteVerifier key, CheckpointMemory memory, boolean replay, PrintStream out)
            throws IOException {
        long size = cp.size();
        SignatureStatus status = cp.check(key);
        if (status != SignatureStatus.VALID) {
            problems.add(status == SignatureStatus.INVALID ? "the checkpoint's signature by " + key.name() + " does not verify"
                    : "the checkpoint is not signed by the key " + key.vkey());
        }
        MerkleTree tree = new MerkleTree();
        Codec codec = new Codec();
        Federation state = new Federation();
        List<TilePath> paths = Tiles.paths(size);
        for (TilePath bundle : paths.stream().filter(TilePath::isEntries).toList()) {
            List<byte[]> entries = client.entries(bundle);
            tree.append(entries);
            if (replay && !fold(state, codec, entries, tree.size() - entries.size())) {
                replay = false;
            }
        }
        if (!Arrays.equals(tree.root(), cp.checkpoint().root())) {
            problems.add("the " + tree.size() + " entries served lead to root " + Hashes.hex(tree.root())
                    + ", not to the signed root: the server serves other events than the ones it signed");
        } else {
            Tiles own = new Tiles(tree, index -> {
                throw new RecordException("hash tiles need no entries");
            });
            for (TilePath tile : paths.stream().filter(p -> !p.isEntries()).toList()) {
                if (!Arrays.equals(client.hashes(tile), own.read(tile, size).orElseThrow())) {
                    problems.add(tile.path() + " as served differs from the tree of the entries: clients reading tiles are misled");
                }
            }
        }
        rememberOrCompare(memory, key, cp, tree);
        out.println("Record at " + client.prefix());
        out.println("  log " + cp.checkpoint().origin() + ", checkpoint of " + size + " events, root " + Hashes.hex(cp.checkpoint().root()));
        if (!problems.isEmpty()) {
            problems.forEach(p -> out.println("  " + p));
            out.println("FAILED: " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "; the remembered checkpoint was left unchanged");
            return VerifyCommand.FAILS;
        }
        if (replay) {
            out.println("  replayed " + state.eventCount() + " events: " + state.memberCount() + " members, " + state.bodies().size()
                    + " bodies, " + state.proposals().size() + " proposals");
        }
        out.println("OK: the " + size + " events served lead to the signed root, every tile agrees, and the signature verifies.");
        return VerifyCommand.HOLDS;
    }

    private boolean fold(Federation state, Codec codec, List<byte[]> entries, long first) {
        for (int i = 0; i < entries.size(); i++) {
            try {
                Mandate.evolve(state, codec.readEvent(entries.get(i)));
            } catch (MandateException e) {
                problems.add("event " + (first + i) + " cannot be replayed: " + e.getMessage());
                return false;
            }
        }
        return true;
    }

    private void rememberOrCompare(CheckpointMemory memory, NoteVerifier key, SignedCheckpoint cp, MerkleTree tree) {
        String origin = cp.checkpoint().origin();
        Optional<CheckpointMemory.Entry> remembered = memory.read(origin);
        if (remembered.isPresent()) {
            CheckpointMemory.Entry before = remembered.get();
            long seen = before.checkpoint().size();
            if (!before.key().equals(key)) {
                problems.add("this verifier remembers the key " + before.key().vkey() + " for " + origin + ", not " + key.vkey());
            } else if (seen > cp.size()) {
                problems.add("the server shows " + cp.size() + " events, but this verifier already saw a checkpoint of " + seen
                        + " for " + origin + ": the server rolled its record back");
            } else if (!Arrays.equals(tree.root(seen), before.checkpoint().checkpoint().root())) {
                problems.add("the first " + seen + " events do not form the tree of the checkpoint remembered for " + origin
                        + ": the log rewrote events this verifier had already seen");
            }
        }
        if (problems.isEmpty()) {
            memory.write(key, cp);
        }
    }
}
