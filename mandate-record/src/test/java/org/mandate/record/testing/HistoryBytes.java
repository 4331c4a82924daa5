package org.mandate.record.testing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Takes a history file apart by its documented layout, independently of the production reader,
 * so tests can tamper with single records and put the file back together.
 */
public final class HistoryBytes {

    public String magic;
    public String keyLine;
    public String note;
    public long declared;
    public final List<byte[]> records = new ArrayList<>();
    public byte[] trailer;

    public static HistoryBytes parse(byte[] file) {
        HistoryBytes h = new HistoryBytes();
        ByteBuffer b = ByteBuffer.wrap(file);
        h.magic = line(b);
        h.keyLine = line(b);
        int noteLength = Integer.parseInt(line(b).substring("checkpoint ".length()));
        byte[] note = new byte[noteLength];
        b.get(note);
        h.note = new String(note, StandardCharsets.UTF_8);
        h.declared = Long.parseLong(line(b).substring("events ".length()));
        for (long i = 0; i < h.declared; i++) {
            int len = b.getInt(b.position());
            byte[] record = new byte[4 + 32 + len];
            b.get(record);
            h.records.add(record);
        }
        h.trailer = Arrays.copyOfRange(file, b.position(), file.length);
        return h;
    }

    private static String line(ByteBuffer b) {
        StringBuilder s = new StringBuilder();
        for (byte c = b.get(); c != '\n'; c = b.get()) {
            s.append((char) c);
        }
        return s.toString();
    }

    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] noteBytes = note.getBytes(StandardCharsets.UTF_8);
        out.writeBytes((magic + "\n" + keyLine + "\ncheckpoint " + noteBytes.length + "\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(noteBytes);
        out.writeBytes(("events " + declared + "\n").getBytes(StandardCharsets.UTF_8));
        records.forEach(out::writeBytes);
        out.writeBytes(trailer);
        return out.toByteArray();
    }
}
