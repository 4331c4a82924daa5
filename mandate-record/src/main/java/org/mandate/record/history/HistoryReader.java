package org.mandate.record.history;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.mandate.record.merkle.Hashes;
import org.mandate.record.merkle.MerkleTree;

/**
 * Streams a history file (see {@link HistoryFormat}) event by event. Records are parsed in place
 * in one large read buffer and handed out as offsets into it, so verifying ten million events
 * costs the hashing and one bulk read, not three small copies per event. Everything read is
 * untrusted: the reader checks structure only, and reports a violation as a
 * {@link HistoryFormatException} naming the event it was reading.
 */
public final class HistoryReader implements Closeable {

    /** "end\n" read as a big-endian length: what an event is read as when events were cut out. */
    private static final int END_AS_LENGTH = 0x656E640A;
    private static final int RECORD_HEAD = 4 + Hashes.SIZE;

    private final InputStream in;
    // Large enough for many records, and always for one whole record after compaction.
    private final byte[] buf = new byte[1 << 20];
    private int pos;
    private int lim;
    private boolean eof;

    private final String vkey;
    private final String checkpointNote;
    private final long declaredEvents;
    private int recordStart;
    private int length;
    private long next;
    private boolean ended;

    public HistoryReader(InputStream source) throws IOException {
        this.in = source;
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
        if (!fill((int) noteLength)) {
            throw new HistoryFormatException("the file ends in the middle of the checkpoint", true, -1);
        }
        checkpointNote = new String(buf, pos, (int) noteLength, StandardCharsets.UTF_8);
        pos += (int) noteLength;
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
     * Reads the next event. After it returns true, {@link #buffer()} holds event {@link #index()}
     * at {@link #eventOffset()} and its listed leaf hash at {@link #leafHashOffset()}, until the
     * next call; false means the end line was read.
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
            if (fill(1)) {
                throw new HistoryFormatException("there are bytes after the end line", false, next);
            }
            ended = true;
            return false;
        }
        if (!fill(4)) {
            throw new HistoryFormatException("the file ends before event " + next + " of the " + declaredEvents + " it announces", true, next);
        }
        int len = ((buf[pos] & 0xFF) << 24) | ((buf[pos + 1] & 0xFF) << 16) | ((buf[pos + 2] & 0xFF) << 8) | (buf[pos + 3] & 0xFF);
        if (len == END_AS_LENGTH && !fill(5)) {
            throw new HistoryFormatException("the file ends after " + next + " events, though it announces " + declaredEvents, true, next);
        }
        if (len < 0 || len > MerkleTree.MAX_ENTRY_BYTES) {
            throw new HistoryFormatException("event " + next + " claims " + Integer.toUnsignedString(len)
                    + " bytes; events are at most " + MerkleTree.MAX_ENTRY_BYTES, false, next);
        }
        if (!fill(RECORD_HEAD + len)) {
            throw new HistoryFormatException("the file ends in the middle of event " + next, true, next);
        }
        recordStart = pos;
        length = len;
        pos += RECORD_HEAD + len;
        next++;
        return true;
    }

    /** The index of the event last read. */
    public long index() {
        return next - 1;
    }

    /** The read buffer; valid for the current event until the next call to {@link #next()}. */
    public byte[] buffer() {
        return buf;
    }

    public int eventOffset() {
        return recordStart + RECORD_HEAD;
    }

    public int length() {
        return length;
    }

    public int leafHashOffset() {
        return recordStart + 4;
    }

    /** A copy of the current event's bytes. */
    public byte[] eventBytes() {
        return Arrays.copyOfRange(buf, eventOffset(), eventOffset() + length);
    }

    /** A copy of the leaf hash the file lists for the current event; untrusted until the root checks out. */
    public byte[] leafHash() {
        return Arrays.copyOfRange(buf, leafHashOffset(), leafHashOffset() + Hashes.SIZE);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Makes at least {@code n} unread bytes available in the buffer; false if the file ends first. */
    private boolean fill(int n) throws IOException {
        if (lim - pos >= n) {
            return true;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            lim -= pos;
            pos = 0;
        }
        while (lim < n && !eof) {
            int r = in.read(buf, lim, buf.length - lim);
            if (r < 0) {
                eof = true;
            } else {
                lim += r;
            }
        }
        return lim - pos >= n;
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
        while (true) {
            if (!fill(1)) {
                throw new HistoryFormatException("the file ends in " + what, true, index);
            }
            byte b = buf[pos++];
            if (b == '\n') {
                return out.toString(StandardCharsets.UTF_8);
            }
            if (out.size() == HistoryFormat.MAX_LINE) {
                throw new HistoryFormatException(what + " is longer than " + HistoryFormat.MAX_LINE + " bytes", false, index);
            }
            out.write(b);
        }
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
