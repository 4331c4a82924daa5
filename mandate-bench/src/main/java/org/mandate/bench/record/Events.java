package org.mandate.bench.record;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Synthetic events of a fixed size that differ in their first bytes, like real JSON events do. */
final class Events {

    static final int SIZE = 300;

    private Events() {
    }

    /** Writes event {@code i} into {@code out} (at least {@link #SIZE} bytes) and returns its length. */
    static int fill(long i, byte[] out) {
        byte[] head = ("{\"body\":\"b" + (i % 97) + "\",\"seq\":" + i + ",\"type\":\"VoteCast\",\"pad\":\"")
                .getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, out, 0, head.length);
        Arrays.fill(out, head.length, SIZE - 2, (byte) 'x');
        out[SIZE - 2] = '"';
        out[SIZE - 1] = '}';
        return SIZE;
    }

    static byte[] event(long i) {
        byte[] out = new byte[SIZE];
        fill(i, out);
        return out;
    }
}
