package org.mandate.record.merkle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A growable array of 32-byte hashes kept in fixed-size chunks of plain bytes. A tree of ten
 * million leaves holds twenty million hashes; as objects they would cost several times their
 * 640 MB of payload and keep the collector busy, as chunks they cost the payload and a few
 * thousand array headers. Chunks past the first never move once allocated, so growing copies at most 256 KiB once.
 */
final class HashArray {

    /** 8,192 hashes (256 KiB) per chunk: 32 tiles of 256, so a tile never straddles chunks. */
    static final int CHUNK_SHIFT = 13;
    private static final int CHUNK_HASHES = 1 << CHUNK_SHIFT;
    private static final int MASK = CHUNK_HASHES - 1;

    private final List<byte[]> chunks = new ArrayList<>();
    private long count;

    long count() {
        return count;
    }

    /** Makes room for hash number {@code count()} and returns the chunk it goes into. */
    byte[] appendSlot() {
        int chunk = (int) (count >>> CHUNK_SHIFT);
        if (chunk == chunks.size()) {
            // The first chunk starts small and doubles, so the upper levels and small trees
            // (one per federation) do not each pin 256 KiB; later chunks are allocated full.
            chunks.add(new byte[Hashes.SIZE * (chunk == 0 ? 8 : CHUNK_HASHES)]);
        } else if (chunk == 0 && chunks.get(0).length == count * Hashes.SIZE) {
            chunks.set(0, Arrays.copyOf(chunks.get(0), chunks.get(0).length * 2));
        }
        count++;
        return chunks.get(chunk);
    }

    byte[] chunk(long index) {
        return chunks.get((int) (index >>> CHUNK_SHIFT));
    }

    static int offset(long index) {
        return (int) (index & MASK) * Hashes.SIZE;
    }

    byte[] get(long index) {
        byte[] out = new byte[Hashes.SIZE];
        System.arraycopy(chunk(index), offset(index), out, 0, Hashes.SIZE);
        return out;
    }

    /** Copies {@code n} consecutive hashes starting at {@code from}; they may span chunks. */
    void copy(long from, int n, byte[] out, int outOffset) {
        for (int i = 0; i < n; i++) {
            long index = from + i;
            System.arraycopy(chunk(index), offset(index), out, outOffset + i * Hashes.SIZE, Hashes.SIZE);
        }
    }
}
