package org.mandate.record.tiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mandate.record.RecordException;
import org.mandate.record.merkle.Hashes;
import org.mandate.record.merkle.MerkleTree;

/**
 * Produces the bytes of every tile and entry bundle of the tree at a given size, and writes them
 * to a directory for a static server. Tile level L holds the tree's hashes at height 8L: the
 * hash of each complete, aligned run of 256^L leaves. Those hashes never change once the run is
 * complete, which is why tiles are immutable and a partial tile is a prefix of its full tile.
 */
public final class Tiles {

    private final MerkleTree tree;
    private final EntrySource entries;

    public Tiles(MerkleTree tree, EntrySource entries) {
        this.tree = tree;
        this.entries = entries;
    }

    /** How many hashes tile level {@code level} has in a tree of {@code treeSize} leaves. */
    static long hashesAt(int level, long treeSize) {
        return 8 * level >= 64 ? 0 : treeSize >>> (8 * level);
    }

    /**
     * The bytes served at {@code path} (relative to the log prefix) for a client that holds a
     * checkpoint of {@code treeSize}; empty if no such resource exists at that size.
     */
    public Optional<byte[]> read(String path, long treeSize) {
        return TilePath.parse(path).flatMap(p -> read(p, treeSize));
    }

    public Optional<byte[]> read(TilePath tile, long treeSize) {
        if (treeSize > tree.size()) {
            throw new RecordException("the tree has " + tree.size() + " leaves, not " + treeSize);
        }
        int hashLevel = tile.isEntries() ? 0 : tile.level();
        long first = tile.index() * TilePath.FULL_WIDTH;
        if (first + tile.width() > hashesAt(hashLevel, treeSize)) {
            return Optional.empty();
        }
        return Optional.of(tile.isEntries() ? bundle(first, tile.width()) : hashes(tile.level(), first, tile.width()));
    }

    private byte[] hashes(int tileLevel, long first, int width) {
        byte[] out = new byte[width * Hashes.SIZE];
        tree.copyLevel(8 * tileLevel, first, width, out, 0);
        return out;
    }

    private byte[] bundle(long first, int width) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (long i = first; i < first + width; i++) {
            byte[] e = entries.entry(i);
            if (e.length > MerkleTree.MAX_ENTRY_BYTES) {
                throw new RecordException("stored event " + i + " is " + e.length + " bytes, more than an entry bundle can carry");
            }
            out.write(e.length >>> 8);
            out.write(e.length);
            out.writeBytes(e);
        }
        return out.toByteArray();
    }

    /** Every resource of the tree at {@code treeSize}: full tiles and bundles, then the partial ones. */
    public static List<TilePath> paths(long treeSize) {
        return paths(0, treeSize);
    }

    /**
     * The resources a tree of {@code toSize} has that one of {@code fromSize} did not: the full
     * tiles completed in between, and the partial tiles of {@code toSize}.
     */
    public static List<TilePath> paths(long fromSize, long toSize) {
        List<TilePath> out = new ArrayList<>();
        for (int level = 0; hashesAt(level, toSize) > 0; level++) {
            long count = hashesAt(level, toSize);
            long fullBefore = hashesAt(level, fromSize) / TilePath.FULL_WIDTH;
            for (long n = fullBefore; n < count / TilePath.FULL_WIDTH; n++) {
                out.add(new TilePath(level, n, TilePath.FULL_WIDTH));
                if (level == 0) {
                    out.add(new TilePath(TilePath.ENTRIES, n, TilePath.FULL_WIDTH));
                }
            }
            int partial = (int) (count % TilePath.FULL_WIDTH);
            if (partial > 0) {
                out.add(new TilePath(level, count / TilePath.FULL_WIDTH, partial));
                if (level == 0) {
                    out.add(new TilePath(TilePath.ENTRIES, count / TilePath.FULL_WIDTH, partial));
                }
            }
        }
        return out;
    }

    /**
     * Writes the resources new between {@code fromSize} and {@code toSize} under {@code dir},
     * each through a temporary file and an atomic rename so a reader never sees half a tile.
     * Full tiles already present are left alone: they are immutable.
     */
    public void writeTo(Path dir, long fromSize, long toSize) {
        for (TilePath tile : paths(fromSize, toSize)) {
            Path target = dir.resolve(tile.path());
            if (!tile.isPartial() && Files.exists(target)) {
                continue;
            }
            byte[] bytes = read(tile, toSize).orElseThrow();
            try {
                Files.createDirectories(target.getParent());
                Path tmp = Files.createTempFile(target.getParent(), ".tile", ".tmp");
                Files.write(tmp, bytes);
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new RecordException("cannot write tile " + target + ": " + e.getMessage(), e);
            }
        }
    }
}
