package org.mandate.record.merkle;

import java.util.Arrays;

/**
 * A growable array of 32-byte hashes kept in fixed-size chunks of plain bytes. A tree of ten
 * million leaves holds twenty million hashes; as objects they would cost several times their
 * 640 MB of payload and keep the collector busy, as chunks they cost the payload and a few
 * thousand array headers. Chunks past the first never move once allocated, so growing copies at most 256 KiB once.
 *
 * <p>One thread appends; any number read, without a lock. The chunk directory is replaced whole
 * (never changed in place) and published through a volatile field, so a reader sees either the old
 * directory or the new one, each with the chunks it names fully visible. A reader only asks for
 * hashes below a size the writer published after writing them (see {@link MerkleTree}), and such a
 * hash is in every directory published since: chunks past the first are never replaced, and the
 * first is replaced only by a copy made after those hashes were written.
 */
final class HashArray {

    /** 8,192 hashes (256 KiB) per chunk: 32 tiles of 256, so a tile never straddles chunks. */
    static final int CHUNK_SHIFT = 13;
    private static final int CHUNK_HASHES = 1 << CHUNK_SHIFT;
    private static final int MASK = CHUNK_HASHES - 1;

    private volatile byte[][] chunks = new byte[0][];
    /** How many hashes the writer has put in; read and written by the writer alone. */
    private long count;

    long count() {
        return count;
    }

    /** Makes room for hash number {@code count()} and returns the chunk it goes into. Writer only. */
    byte[] appendSlot() {
        int chunk = (int) (count >>> CHUNK_SHIFT);
        byte[][] directory = chunks;
        if (chunk == directory.length) {
            // The first chunk starts small and doubles, so the upper levels and small trees
            // (one per federation) do not each pin 256 KiB; later chunks are allocated full.
            byte[][] grown = Arrays.copyOf(directory, chunk + 1);
            grown[chunk] = new byte[Hashes.SIZE * (chunk == 0 ? 8 : CHUNK_HASHES)];
            chunks = grown;
        } else if (chunk == 0 && directory[0].length == count * Hashes.SIZE) {
            byte[][] grown = directory.clone();
            grown[0] = Arrays.copyOf(directory[0], directory[0].length * 2);
            chunks = grown;
        }
        count++;
        return chunks[chunk];
    }

    byte[] chunk(long index) {
        return chunks[(int) (index >>> CHUNK_SHIFT)];
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
