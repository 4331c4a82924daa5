package org.mandate.record.history;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.mandate.record.RecordException;
import org.mandate.record.checkpoint.NoteVerifier;
import org.mandate.record.checkpoint.SignedCheckpoint;
import org.mandate.record.merkle.Hasher;
import org.mandate.record.merkle.Hashes;
import org.mandate.record.merkle.MerkleTree;
import org.mandate.record.merkle.RootBuilder;
import org.mandate.record.tiles.EntrySource;

/**
 * Writes a history file (see {@link HistoryFormat}): the events of the tree at the checkpoint's
 * size, no more and no fewer, so the file is verifiable on its own.
 */
public final class HistoryWriter {

    private final DataOutputStream out;
    private final long expected;
    private final Hasher hasher = new Hasher();
    private final byte[] leaf = new byte[Hashes.SIZE];
    private final RootBuilder root = new RootBuilder();
    private final byte[] signedRoot;
    private long written;

    public HistoryWriter(OutputStream sink, NoteVerifier logKey, SignedCheckpoint checkpoint) {
        this.out = new DataOutputStream(new BufferedOutputStream(sink, 1 << 16));
        this.expected = checkpoint.size();
        this.signedRoot = checkpoint.checkpoint().root();
        byte[] note = checkpoint.note().getBytes(StandardCharsets.UTF_8);
        try {
            ascii(HistoryFormat.MAGIC + "\n");
            ascii("key " + logKey.vkey() + "\n");
            ascii("checkpoint " + note.length + "\n");
            out.write(note);
            ascii("events " + expected + "\n");
        } catch (IOException e) {
            throw new RecordException("cannot write the history: " + e.getMessage(), e);
        }
    }

    /** Writes the history of {@code checkpoint.size()} events read from {@code entries}. */
    public static void export(OutputStream sink, NoteVerifier logKey, SignedCheckpoint checkpoint, EntrySource entries) {
        HistoryWriter writer = new HistoryWriter(sink, logKey, checkpoint);
        for (long i = 0; i < checkpoint.size(); i++) {
            writer.write(entries.entry(i));
        }
        writer.finish();
    }

    public void write(byte[] event) {
        if (written == expected) {
            throw new RecordException("the checkpoint covers " + expected + " events; event " + written + " is one too many");
        }
        if (event.length > MerkleTree.MAX_ENTRY_BYTES) {
            throw new RecordException("event " + written + " is " + event.length + " bytes, more than the record holds");
        }
        hasher.leafInto(event, 0, event.length, leaf, 0);
        root.addLeafHash(leaf, 0);
        try {
            out.writeInt(event.length);
            out.write(leaf);
            out.write(event);
        } catch (IOException e) {
            throw new RecordException("cannot write the history: " + e.getMessage(), e);
        }
        written++;
    }

    /**
     * Writes the end line and flushes; the caller closes the stream (and fsyncs it if it cares).
     * Refuses to complete a history whose events do not form the signed tree: an export that
     * would fail verification is a bug or a damaged store, better caught here than by a member.
     */
    public void finish() {
        if (written != expected) {
            throw new RecordException("the checkpoint covers " + expected + " events but " + written + " were written");
        }
        if (!Arrays.equals(root.root(), signedRoot)) {
            throw new RecordException("the exported events do not form the tree of the checkpoint; the history would not verify");
        }
        try {
            ascii(HistoryFormat.END + "\n");
            out.flush();
        } catch (IOException e) {
            throw new RecordException("cannot write the history: " + e.getMessage(), e);
        }
    }

    private void ascii(String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
    }
}
