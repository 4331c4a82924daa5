package org.mandate.record.excerpt;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.mandate.record.RecordException;
import org.mandate.record.checkpoint.Checkpoint;
import org.mandate.record.checkpoint.NoteVerifier;
import org.mandate.record.checkpoint.SignedCheckpoint;
import org.mandate.record.merkle.Hashes;
import org.mandate.record.proof.ProofVerifier;
import org.mandate.record.proof.Verdict;

/**
 * Writes an excerpt: the header, then one line per event with its index, its inclusion proof and its
 * bytes. Every proof is checked against the checkpoint as it is written, so an excerpt that would
 * not verify (a damaged store, a wrong index) is refused here rather than found by a reader.
 */
public final class ExcerptWriter {

    public static final String MAGIC = "mandate-excerpt v1";

    private final OutputStream out;
    private final Checkpoint checkpoint;
    private final long expected;
    private long written;
    private long lastIndex = -1;

    /** @param about what the excerpt selects, one line of text, e.g. {@code body bakery-b} */
    public ExcerptWriter(OutputStream sink, NoteVerifier logKey, SignedCheckpoint checkpoint, String about, long count) {
        if (about.isEmpty() || about.contains("\n")) {
            throw new RecordException("an excerpt's subject is one non-empty line");
        }
        this.out = new BufferedOutputStream(sink, 1 << 16);
        this.checkpoint = checkpoint.checkpoint();
        this.expected = count;
        byte[] note = checkpoint.note().getBytes(StandardCharsets.UTF_8);
        try {
            ascii(MAGIC + "\nabout " + about + "\nkey " + logKey.vkey() + "\ncheckpoint " + note.length + "\n");
            out.write(note);
            ascii("events " + count + "\n");
        } catch (IOException e) {
            throw new RecordException("cannot write the excerpt: " + e.getMessage(), e);
        }
    }

    /** Writes event {@code index}, whose stored bytes are {@code event}, with its inclusion proof in the checkpoint's tree. */
    public void write(long index, byte[] event, List<byte[]> proof) {
        if (written == expected) {
            throw new RecordException("the excerpt announced " + expected + " events; event " + index + " is one too many");
        }
        if (index <= lastIndex) {
            throw new RecordException("excerpt events go in ascending order of index: " + index + " after " + lastIndex);
        }
        for (byte b : event) {
            if (b == '\n') {
                throw new RecordException("event " + index + " holds a newline byte, which canonical JSON never does; it cannot be one line");
            }
        }
        Verdict v = ProofVerifier.verifyInclusion(index, checkpoint.size(), Hashes.leafHash(event), proof, checkpoint.root());
        if (!v.ok()) {
            throw new RecordException("event " + index + " as stored is not proven by the checkpoint, so the excerpt would not verify: " + v.reason());
        }
        StringBuilder line = new StringBuilder().append(index).append(' ');
        if (proof.isEmpty()) {
            line.append('-');
        }
        for (int i = 0; i < proof.size(); i++) {
            line.append(i == 0 ? "" : ",").append(Base64.getEncoder().encodeToString(proof.get(i)));
        }
        try {
            ascii(line.append(' ').toString());
            out.write(event);
            out.write('\n');
        } catch (IOException e) {
            throw new RecordException("cannot write the excerpt: " + e.getMessage(), e);
        }
        written++;
        lastIndex = index;
    }

    /** Writes the end line and flushes; the caller closes the stream. */
    public void finish() {
        if (written != expected) {
            throw new RecordException("the excerpt announced " + expected + " events but " + written + " were written");
        }
        try {
            ascii("end\n");
            out.flush();
        } catch (IOException e) {
            throw new RecordException("cannot write the excerpt: " + e.getMessage(), e);
        }
    }

    private void ascii(String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
    }
}
