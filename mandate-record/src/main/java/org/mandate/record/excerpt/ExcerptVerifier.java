package org.mandate.record.excerpt;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.mandate.record.checkpoint.Checkpoint;
import org.mandate.record.checkpoint.MalformedNoteException;
import org.mandate.record.checkpoint.NoteVerifier;
import org.mandate.record.checkpoint.SignatureStatus;
import org.mandate.record.checkpoint.SignedCheckpoint;
import org.mandate.record.merkle.Hasher;
import org.mandate.record.merkle.Hashes;
import org.mandate.record.merkle.MerkleTree;
import org.mandate.record.proof.ProofVerifier;
import org.mandate.record.proof.Verdict;
import org.mandate.record.verify.CheckpointMemory;

/**
 * Verifies an excerpt offline: the checkpoint's signature by the expected key, then every event's
 * inclusion proof against the checkpoint's root, each problem named by its line. The expected key is
 * the one the reader trusts, else the one remembered for the log's origin, else the file's own. The
 * memory is not updated: an excerpt carries no consistency proof to show it extends what was seen.
 */
public final class ExcerptVerifier {

    private static final int MAX_REPORTED = 20;
    /** Index, a proof of up to 64 hashes, and the largest event: no honest line is longer. */
    private static final int MAX_LINE = 20 + 64 * 45 + MerkleTree.MAX_ENTRY_BYTES + 2;

    private final Optional<NoteVerifier> trustedKey;
    private final CheckpointMemory memory;
    private final List<ExcerptReport.Problem> problems = new ArrayList<>();
    private long more;

    public ExcerptVerifier(Path memoryDirectory, Optional<NoteVerifier> trustedKey) {
        this.memory = new CheckpointMemory(memoryDirectory);
        this.trustedKey = trustedKey;
    }

    /** Verifies one excerpt; one verification at a time per verifier. */
    public ExcerptReport verify(InputStream source) throws IOException {
        problems.clear();
        more = 0;
        Lines in = new Lines(new BufferedInputStream(source, 1 << 16));
        String about = "";
        try {
            expect(in, ExcerptWriter.MAGIC, "this is not a Mandate excerpt: it should start with \"" + ExcerptWriter.MAGIC + "\"");
            about = field(in, "about");
            long keyLine = in.number + 1;
            NoteVerifier fileKey = NoteVerifier.parse(field(in, "key"));
            long noteLine = in.number + 1;
            long noteLength = number(field(in, "checkpoint"), in.number);
            if (noteLength > 1 << 20) {
                throw new Malformed(in.number, "a checkpoint of " + noteLength + " bytes is not a checkpoint");
            }
            SignedCheckpoint checkpoint = SignedCheckpoint.parse(new String(in.bytes((int) noteLength), StandardCharsets.UTF_8));
            String keySource = checkKey(fileKey, checkpoint, keyLine, noteLine);
            long declared = number(field(in, "events"), in.number);
            long count = events(in, checkpoint.checkpoint(), declared);
            return new ExcerptReport(about, count, Optional.of(checkpoint), keySource, problems, more);
        } catch (Malformed e) {
            problem(e.line, e.getMessage());
        } catch (MalformedNoteException e) {
            problem(in.number, "the key or the checkpoint is malformed: " + e.getMessage());
        }
        return new ExcerptReport(about, 0, Optional.empty(), "", problems, more);
    }

    private String checkKey(NoteVerifier fileKey, SignedCheckpoint checkpoint, long keyLine, long noteLine) {
        String origin = checkpoint.checkpoint().origin();
        Optional<NoteVerifier> remembered = memory.read(origin).map(CheckpointMemory.Entry::key);
        NoteVerifier expected = trustedKey.or(() -> remembered).orElse(fileKey);
        String source = trustedKey.isPresent() ? "given by you" : remembered.isPresent() ? "remembered for " + origin
                : "carried by the file (trusted on first use: compare it with the key the log publishes)";
        if (!expected.equals(fileKey)) {
            problem(keyLine, "the excerpt carries the key " + fileKey.vkey() + ", but the key " + source + " is " + expected.vkey());
        }
        SignatureStatus status = checkpoint.check(expected);
        if (status == SignatureStatus.INVALID) {
            problem(noteLine, "the checkpoint's signature by " + expected.name() + " does not verify: the checkpoint was altered or forged");
        } else if (status == SignatureStatus.ABSENT) {
            problem(noteLine, "the checkpoint carries no signature by the key " + expected.vkey());
        }
        return source;
    }

    private long events(Lines in, Checkpoint checkpoint, long declared) throws IOException {
        Hasher hasher = new Hasher();
        long count = 0;
        long last = -1;
        while (true) {
            byte[] line = in.line();
            if (line == null) {
                throw new Malformed(in.number, "the file ends after " + count + " of the " + declared + " events it announces, without its end line");
            }
            if (count == declared) {
                if (!Arrays.equals(line, "end".getBytes(StandardCharsets.US_ASCII))) {
                    throw new Malformed(in.number, "after " + declared + " events the file should end with \"end\"");
                }
                if (in.line() != null) {
                    throw new Malformed(in.number, "there are lines after the end line");
                }
                return count;
            }
            count++;
            int s1 = indexOf(line, 0);
            int s2 = s1 < 0 ? -1 : indexOf(line, s1 + 1);
            if (s2 < 0) {
                problem(in.number, "an event line reads INDEX PROOF EVENT; this one does not");
                continue;
            }
            String indexText = new String(line, 0, s1, StandardCharsets.US_ASCII);
            if (!indexText.matches("0|[1-9][0-9]{0,17}")) {
                problem(in.number, "the index \"" + indexText + "\" is not a decimal number");
                continue;
            }
            long index = Long.parseLong(indexText);
            if (index <= last) {
                problem(in.number, "event " + index + " comes after event " + last + "; indexes must rise");
            }
            last = Math.max(last, index);
            Optional<List<byte[]>> proof = proof(new String(line, s1 + 1, s2 - s1 - 1, StandardCharsets.US_ASCII));
            if (proof.isEmpty()) {
                problem(in.number, "the proof of event " + index + " is not a list of base64 32-byte hashes");
                continue;
            }
            byte[] leaf = hasher.leaf(line, s2 + 1, line.length - s2 - 1);
            Verdict v = ProofVerifier.verifyInclusion(index, checkpoint.size(), leaf, proof.get(), checkpoint.root());
            if (!v.ok()) {
                problem(in.number, "event " + index + " is not proven in the signed tree of " + checkpoint.size()
                        + " events (its bytes or its proof were changed): " + v.reason());
            }
        }
    }

    private static Optional<List<byte[]>> proof(String text) {
        List<byte[]> hashes = new ArrayList<>();
        if (text.equals("-")) {
            return Optional.of(hashes);
        }
        for (String part : text.split(",", -1)) {
            try {
                byte[] h = Base64.getDecoder().decode(part);
                // Canonical base64 only, so that every byte of the file counts.
                if (h.length != Hashes.SIZE || !Base64.getEncoder().encodeToString(h).equals(part)) {
                    return Optional.empty();
                }
                hashes.add(h);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.of(hashes);
    }

    private void problem(long line, String sentence) {
        if (problems.size() < MAX_REPORTED) {
            problems.add(new ExcerptReport.Problem(line, sentence));
        } else {
            more++;
        }
    }

    private static int indexOf(byte[] line, int from) {
        for (int i = from; i < line.length; i++) {
            if (line[i] == ' ') {
                return i;
            }
        }
        return -1;
    }

    private static void expect(Lines in, String text, String otherwise) throws IOException {
        byte[] line = in.line();
        if (line == null || !new String(line, StandardCharsets.UTF_8).equals(text)) {
            throw new Malformed(Math.max(1, in.number), otherwise);
        }
    }

    private static String field(Lines in, String name) throws IOException {
        byte[] line = in.line();
        String text = line == null ? "" : new String(line, StandardCharsets.UTF_8);
        if (line == null || !text.startsWith(name + " ")) {
            throw new Malformed(in.number, "expected the line \"" + name + " ...\"" + (line == null ? ", but the file ends" : ""));
        }
        return text.substring(name.length() + 1);
    }

    private static long number(String text, long line) {
        if (!text.matches("0|[1-9][0-9]{0,17}")) {
            throw new Malformed(line, "\"" + text + "\" is not a decimal number");
        }
        return Long.parseLong(text);
    }

    /** A problem that stops the reading: the rest of the file cannot be placed. */
    private static final class Malformed extends RuntimeException {
        final long line;

        Malformed(long line, String message) {
            super(message);
            this.line = line;
        }
    }

    /** The file as lines of bytes, counting them; a line is at most {@link #MAX_LINE} bytes. */
    private static final class Lines {
        private final InputStream in;
        long number;

        Lines(InputStream in) {
            this.in = in;
        }

        /** The next line without its newline; null at the end of the file. */
        byte[] line() throws IOException {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != '\n') {
                if (b < 0) {
                    if (out.size() == 0) {
                        return null;
                    }
                    number++;
                    throw new Malformed(number, "the last line has no newline: the file was cut short");
                }
                if (out.size() == MAX_LINE) {
                    throw new Malformed(number + 1, "the line is longer than any event line can be");
                }
                out.write(b);
            }
            number++;
            return out.toByteArray();
        }

        /** Exactly {@code n} bytes (the checkpoint note), counting the lines in them. */
        byte[] bytes(int n) throws IOException {
            byte[] out = in.readNBytes(n);
            if (out.length < n) {
                throw new Malformed(number + 1, "the file ends in the middle of the checkpoint");
            }
            for (byte b : out) {
                if (b == '\n') {
                    number++;
                }
            }
            return out;
        }
    }
}
