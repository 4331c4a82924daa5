package org.mandate.record.history;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.mandate.record.merkle.Hashes;
import org.mandate.record.merkle.MerkleTree;

/**
 * Streams a history file (see {@link HistoryFormat}) event by event into one reused buffer, so
 * that a history of any length is read in constant memory and without a copy per event beyond
 * the read itself. Everything read is untrusted: the reader checks structure only, and reports
 * a violation as a {@link HistoryFormatException} naming the event it was reading.
 */
public final class HistoryReader implements Closeable {

    /** "end\n" read as a big-endian length: what an event is read as when events were cut out. */
    private static final int END_AS_LENGTH = 0x656E640A;

    private final DataInputStream in;
    private final String vkey;
    private final String checkpointNote;
    private final long declaredEvents;
    private final byte[] event = new byte[MerkleTree.MAX_ENTRY_BYTES];
    private final byte[] leafHash = new byte[Hashes.SIZE];
    private int length;
    private long next;
    private boolean ended;

    public HistoryReader(InputStream source) throws IOException {
        this.in = new DataInputStream(new BufferedInputStream(source, 1 << 20));
        String magic = line("the first line", -1);
        if (!magic.equals(HistoryFormat.MAGIC)) {
            throw new HistoryFormatException("this is not a Mandate history file: it starts with \"" + abbreviate(magic)
                    + "\", not \"" + HistoryFormat.MAGIC + "\"", false, -1);
        }
        vkey = field("key");
        long noteLength = number(field("checkpoint"), "checkpoint length");
        if (noteLength > HistoryFormat.MAX_NOTE) {
            throw new HistoryFormatException("the checkpoint is said to be " + noteLength + " bytes; that is not a checkpoint", false, -1);
        }
        byte[] note = new byte[(int) noteLength];
        fully(note, note.length, -1, "the checkpoint");
        checkpointNote = new String(note, StandardCharsets.UTF_8);
        declaredEvents = number(field("events"), "event count");
    }

    public String vkey() {
        return vkey;
    }

    public String checkpointNote() {
        return checkpointNote;
    }

    /** The event count the file states; the verifier holds it against the checkpoint. */
    public long declaredEvents() {
        return declaredEvents;
    }

    /**
     * Reads the next event. After it returns true, {@link #event()}, {@link #length()} and
     * {@link #leafHash()} describe event {@link #index()}; false means the end line was read.
     */
    public boolean next() throws IOException {
        if (ended) {
            return false;
        }
        if (next == declaredEvents) {
            String end = line("the end line", next);
            if (!end.equals(HistoryFormat.END)) {
                throw new HistoryFormatException("after " + declaredEvents + " events the file should end with \"end\"; it goes on", false, next);
            }
            if (in.read() != -1) {
                throw new HistoryFormatException("there are bytes after the end line", false, next);
            }
            ended = true;
            return false;
        }
        int len;
        try {
            len = in.readInt();
        } catch (EOFException e) {
            throw new HistoryFormatException("the file ends before event " + next + " of the " + declaredEvents + " it announces", true, next);
        }
        if (len == END_AS_LENGTH && in.read() == -1) {
            throw new HistoryFormatException("the file ends after " + next + " events, though it announces " + declaredEvents, true, next);
        }
        if (len < 0 || len > MerkleTree.MAX_ENTRY_BYTES) {
            throw new HistoryFormatException("event " + next + " claims " + Integer.toUnsignedString(len)
                    + " bytes; events are at most " + MerkleTree.MAX_ENTRY_BYTES, false, next);
        }
        fully(leafHash, Hashes.SIZE, next, "the leaf hash of event " + next);
        fully(event, len, next, "event " + next);
        length = len;
        next++;
        return true;
    }

    /** The index of the event last read. */
    public long index() {
        return next - 1;
    }

    /** The reader's buffer: the current event is its first {@link #length()} bytes. Reused by the next read. */
    public byte[] event() {
        return event;
    }

    public int length() {
        return length;
    }

    /** The leaf hash the file lists for the current event; untrusted until the root checks out. */
    public byte[] leafHash() {
        return leafHash;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void fully(byte[] buffer, int n, long index, String what) throws IOException {
        try {
            in.readFully(buffer, 0, n);
        } catch (EOFException e) {
            throw new HistoryFormatException("the file ends in the middle of " + what, true, index);
        }
    }

    private String field(String name) throws IOException {
        String line = line("the " + name + " line", -1);
        if (!line.startsWith(name + " ")) {
            throw new HistoryFormatException("expected the line \"" + name + " ...\", found \"" + abbreviate(line) + "\"", false, -1);
        }
        return line.substring(name.length() + 1);
    }

    private String line(String what, long index) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) {
                throw new HistoryFormatException("the file ends in " + what, true, index);
            }
            if (out.size() == HistoryFormat.MAX_LINE) {
                throw new HistoryFormatException(what + " is longer than " + HistoryFormat.MAX_LINE + " bytes", false, index);
            }
            out.write(b);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static long number(String s, String what) {
        if (!s.matches("0|[1-9][0-9]{0,17}")) {
            throw new HistoryFormatException("the " + what + " \"" + abbreviate(s) + "\" is not a decimal number", false, -1);
        }
        return Long.parseLong(s);
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
