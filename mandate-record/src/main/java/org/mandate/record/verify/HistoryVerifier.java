package org.mandate.record.verify;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.mandate.record.RecordException;
import org.mandate.record.checkpoint.MalformedNoteException;
import org.mandate.record.checkpoint.NoteVerifier;
import org.mandate.record.checkpoint.SignatureStatus;
import org.mandate.record.checkpoint.SignedCheckpoint;
import org.mandate.record.history.HistoryFormatException;
import org.mandate.record.history.HistoryReader;
import org.mandate.record.merkle.Hashes;

/**
 * Verifies an exported history offline: every event's leaf hash recomputed from its stored
 * bytes, the tree recomputed from the leaves, the checkpoint's signature checked against the
 * expected key, and the history held against the checkpoint this verifier last accepted for the
 * same log. The memory is updated only when everything holds.
 *
 * <p>The expected key is, in order: the key the user says to trust; else the key remembered
 * with the last checkpoint (trust on first use); else the key the file carries. A history that
 * carries another key than the expected one is refused, which is what catches a re-signed fake.
 */
public final class HistoryVerifier {

    private final CheckpointMemory memory;
    private final Optional<NoteVerifier> trustedKey;
    private final ProgressListener progress;

    public HistoryVerifier(Path memoryDirectory) {
        this(memoryDirectory, Optional.empty(), ProgressListener.NONE);
    }

    public HistoryVerifier(Path memoryDirectory, Optional<NoteVerifier> trustedKey, ProgressListener progress) {
        this.memory = new CheckpointMemory(memoryDirectory);
        this.trustedKey = trustedKey;
        this.progress = progress;
    }

    public VerificationReport verify(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return verify(in);
        } catch (NoSuchFileException e) {
            return failed(Finding.of(FindingKind.Unreadable, "there is no file " + file));
        } catch (IOException e) {
            return failed(Finding.of(FindingKind.Unreadable, "cannot read " + file + ": " + e.getMessage()));
        }
    }

    public VerificationReport verify(InputStream in) throws IOException {
        HistoryReader reader;
        NoteVerifier fileKey;
        SignedCheckpoint checkpoint;
        try {
            reader = new HistoryReader(in);
            fileKey = NoteVerifier.parse(reader.vkey());
            checkpoint = SignedCheckpoint.parse(reader.checkpointNote());
        } catch (HistoryFormatException e) {
            return failed(Finding.of(e.truncated() ? FindingKind.Truncated : FindingKind.Malformed, e.getMessage()));
        } catch (MalformedNoteException e) {
            return failed(Finding.of(FindingKind.Malformed, "the history's key or checkpoint is malformed: " + e.getMessage()));
        }
        String origin = checkpoint.checkpoint().origin();
        long size = checkpoint.size();
        Optional<CheckpointMemory.Entry> remembered = memory.read(origin);
        List<Finding> findings = new ArrayList<>();

        NoteVerifier expected = checkKey(fileKey, checkpoint, remembered, findings);
        // A fork is the log's own signature on two trees; a checkpoint it did not sign is only a forgery.
        boolean signedByLog = findings.isEmpty();
        if (reader.declaredEvents() < size) {
            findings.add(Finding.of(FindingKind.Truncated, "the file holds " + reader.declaredEvents()
                    + " events but its checkpoint covers " + size));
        } else if (reader.declaredEvents() > size) {
            findings.add(Finding.of(FindingKind.ExtraEvents, "the file holds " + reader.declaredEvents()
                    + " events but its checkpoint covers only " + size));
        }

        long rememberedSize = remembered.map(r -> r.checkpoint().size()).orElse(-1L);
        EventStream stream = EventStream.read(reader, rememberedSize, size, progress, findings);
        boolean rootHolds = false;
        if (stream.complete && stream.count == size) {
            rootHolds = Arrays.equals(stream.root, checkpoint.checkpoint().root());
            if (!rootHolds) {
                findings.add(Finding.of(FindingKind.RootMismatch, "the events' leaf hashes lead to root " + Hashes.hex(stream.root)
                        + ", not to the signed root " + Hashes.hex(checkpoint.checkpoint().root())
                        + ": events were removed, inserted, reordered or replaced"));
            }
        }
        if (stream.firstBadLeaf >= 0) {
            String more = stream.badLeaves > 1 ? " (" + (stream.badLeaves - 1) + " later events differ too)" : "";
            findings.add(Finding.at(FindingKind.LeafMismatch, stream.firstBadLeaf, (rootHolds
                    ? "the event's stored bytes do not hash to the leaf the signed tree holds for it: the event was altered"
                    : "the event's stored bytes do not hash to the leaf hash listed beside it") + more));
        }
        if (remembered.isPresent()) {
            SignedCheckpoint before = remembered.get().checkpoint();
            if (rememberedSize > size) {
                findings.add(Finding.of(FindingKind.OlderThanRemembered, "this history ends at size " + size
                        + ", but this verifier already accepted a checkpoint of size " + rememberedSize
                        + " for " + origin + "; an older history cannot show that the later events still stand"));
            } else if (rememberedSize == size && signedByLog && !Arrays.equals(before.checkpoint().root(), checkpoint.checkpoint().root())) {
                findings.add(Finding.of(FindingKind.ForkDetected, "the log signed two different trees of size " + size
                        + ": the remembered root " + Hashes.hex(before.checkpoint().root()) + " and this history's root "
                        + Hashes.hex(checkpoint.checkpoint().root()) + "; it shows different histories to different readers"));
            } else if (rememberedSize > 0 && rememberedSize < size && rootHolds
                    && !Arrays.equals(stream.rootAtRemembered, before.checkpoint().root())) {
                findings.add(Finding.of(FindingKind.InconsistentWithRemembered, "the first " + rememberedSize
                        + " events of this history do not form the tree of the checkpoint remembered for " + origin
                        + ": the log rewrote events this verifier had already seen"));
            }
        }
        boolean updated = false;
        if (findings.isEmpty()) {
            memory.write(expected, checkpoint);
            updated = true;
        }
        return new VerificationReport(origin, stream.count, Optional.of(checkpoint), remembered.map(CheckpointMemory.Entry::checkpoint),
                updated, findings);
    }

    private NoteVerifier checkKey(NoteVerifier fileKey, SignedCheckpoint checkpoint, Optional<CheckpointMemory.Entry> remembered,
            List<Finding> findings) {
        String origin = checkpoint.checkpoint().origin();
        NoteVerifier expected = trustedKey.orElse(remembered.map(CheckpointMemory.Entry::key).orElse(fileKey));
        if (!expected.equals(fileKey)) {
            String source = trustedKey.isPresent() ? "you trust" : "this verifier remembers for " + origin;
            findings.add(Finding.of(FindingKind.UnknownKey, "the history carries the key " + fileKey.vkey()
                    + ", but the key " + source + " is " + expected.vkey()));
        }
        if (!expected.name().equals(origin)) {
            findings.add(Finding.of(FindingKind.UnknownKey, "the key " + expected.vkey() + " is for " + expected.name()
                    + ", but the checkpoint is for " + origin));
        }
        SignatureStatus status = checkpoint.check(expected);
        if (status == SignatureStatus.INVALID) {
            findings.add(Finding.of(FindingKind.BadSignature, "the checkpoint's signature by " + expected.name()
                    + " does not verify: the checkpoint was altered or forged"));
        } else if (status == SignatureStatus.ABSENT) {
            findings.add(Finding.of(FindingKind.UnknownKey, "the checkpoint carries no signature by the key " + expected.vkey()));
        }
        return expected;
    }

    private static VerificationReport failed(Finding finding) {
        return new VerificationReport("", 0, Optional.empty(), Optional.empty(), false, List.of(finding));
    }

    /**
     * Verifies {@code file}, remembering checkpoints under {@code memoryDirectory}, prints a
     * report for people on {@code out} (problems with the verifier itself on {@code err}), and
     * returns 0 only when everything holds, else 1.
     */
    public static int run(Path file, Path memoryDirectory, PrintStream out, PrintStream err) {
        return run(file, memoryDirectory, Optional.empty(), out, err);
    }

    public static int run(Path file, Path memoryDirectory, Optional<NoteVerifier> trustedKey, PrintStream out, PrintStream err) {
        VerificationReport report;
        try {
            report = new HistoryVerifier(memoryDirectory, trustedKey, ProgressListener.NONE).verify(file);
        } catch (RecordException e) {
            err.println("mandate verify: " + e.getMessage());
            return 1;
        }
        ReportPrinter.print(file, report, new CheckpointMemory(memoryDirectory), out);
        return report.ok() ? 0 : 1;
    }
}
