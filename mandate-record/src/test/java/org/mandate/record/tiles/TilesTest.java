package org.mandate.record.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.record.merkle.Hashes;
import org.mandate.record.merkle.MerkleTree;
import org.mandate.record.merkle.RootBuilder;

class TilesTest {

    @TempDir
    Path dir;

    private static List<byte[]> events(int n) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(("{\"event\":" + i + "}").getBytes());
        }
        return out;
    }

    @Test
    void encodes_tile_indexes_in_x_prefixed_groups_of_three_digits() {
        assertThat(new TilePath(0, 1234067, 256).path()).isEqualTo("tile/0/x001/x234/067");
        assertThat(new TilePath(1, 0, 256).path()).isEqualTo("tile/1/000");
        assertThat(new TilePath(2, 1000, 17).path()).isEqualTo("tile/2/x001/000.p/17");
        assertThat(new TilePath(TilePath.ENTRIES, 5, 256).path()).isEqualTo("tile/entries/005");
        for (String p : List.of("tile/0/x001/x234/067", "tile/entries/x001/000.p/255", "tile/63/000")) {
            assertThat(TilePath.parse(p).orElseThrow().path()).isEqualTo(p);
        }
    }

    @Test
    void rejects_malformed_tile_paths() {
        for (String p : List.of("tile/0/1", "tile/0/x001", "tile/00/000", "tile/64/000", "tile/0/000.p/0",
                "tile/0/000.p/256", "tile/0/x000/001", "tile/0/001/002", "tile/x/000", "tiles/0/000")) {
            assertThat(TilePath.parse(p)).as(p).isEmpty();
        }
    }

    @Test
    void a_tree_of_70000_has_the_tiles_the_spec_lists() {
        List<TilePath> paths = Tiles.paths(70_000);
        assertThat(paths.stream().filter(t -> t.level() == 0 && !t.isPartial()).count()).isEqualTo(273);
        assertThat(paths).contains(new TilePath(0, 273, 112), new TilePath(1, 0, 256), new TilePath(1, 1, 17),
                new TilePath(2, 0, 1), new TilePath(TilePath.ENTRIES, 273, 112));
        assertThat(Tiles.paths(256)).containsExactly(new TilePath(0, 0, 256), new TilePath(TilePath.ENTRIES, 0, 256),
                new TilePath(1, 0, 1));
    }

    @Test
    void tiles_alone_rebuild_the_root_and_bundles_hash_to_the_level_zero_tiles() {
        List<byte[]> events = events(70_000);
        MerkleTree tree = new MerkleTree();
        tree.append(events);
        Tiles tiles = new Tiles(tree, i -> events.get((int) i));
        for (long size : new long[] {1, 255, 256, 257, 65_536, 70_000}) {
            // A client's view: level-0 tiles give the leaf hashes, each bundle entry must hash to them.
            RootBuilder root = new RootBuilder();
            for (TilePath t : Tiles.paths(size)) {
                if (t.level() == 0) {
                    byte[] hashes = tiles.read(t.path(), size).orElseThrow();
                    byte[] bundle = tiles.read(new TilePath(TilePath.ENTRIES, t.index(), t.width()), size).orElseThrow();
                    int at = 0;
                    for (int i = 0; i < t.width(); i++) {
                        int len = ((bundle[at] & 0xFF) << 8) | (bundle[at + 1] & 0xFF);
                        byte[] leaf = Hashes.leafHash(Arrays.copyOfRange(bundle, at + 2, at + 2 + len));
                        assertThat(Arrays.copyOfRange(hashes, i * 32, i * 32 + 32)).isEqualTo(leaf);
                        root.addLeafHash(hashes, i * 32);
                        at += 2 + len;
                    }
                    assertThat(at).isEqualTo(bundle.length);
                }
            }
            assertThat(root.root()).as("root at %d from tiles", size).isEqualTo(tree.root(size));
        }
        // A level-1 hash is the root of the 256 leaves of the matching full level-0 tile.
        byte[] level1 = tiles.read("tile/1/000", 70_000).orElseThrow();
        for (int n : new int[] {0, 100, 255}) {
            byte[] level0 = tiles.read(new TilePath(0, n, 256).path(), 70_000).orElseThrow();
            RootBuilder sub = new RootBuilder();
            for (int i = 0; i < 256; i++) {
                sub.addLeafHash(level0, i * 32);
            }
            assertThat(Arrays.copyOfRange(level1, n * 32, n * 32 + 32)).isEqualTo(sub.root());
        }
    }

    @Test
    void serves_nothing_a_checkpoint_of_that_size_does_not_cover() {
        List<byte[]> events = events(600);
        MerkleTree tree = new MerkleTree();
        tree.append(events);
        Tiles tiles = new Tiles(tree, i -> events.get((int) i));
        assertThat(tiles.read("tile/0/002", 600)).isEmpty();
        assertThat(tiles.read("tile/0/002.p/88", 600)).isPresent();
        assertThat(tiles.read("tile/0/002.p/89", 600)).isEmpty();
        assertThat(tiles.read("tile/0/001", 511)).isEmpty();
        assertThat(tiles.read("tile/0/001.p/10", 511)).isPresent();
        assertThat(tiles.read("tile/1/000.p/2", 600)).isPresent();
        assertThat(tiles.read("tile/1/000.p/3", 600)).isEmpty();
        assertThat(tiles.read("checkpoint", 600)).isEmpty();
    }

    @Test
    void writes_new_tiles_to_a_directory_and_keeps_full_ones() throws IOException {
        List<byte[]> events = events(700);
        MerkleTree tree = new MerkleTree();
        tree.append(events.subList(0, 300));
        Tiles tiles = new Tiles(tree, i -> events.get((int) i));
        tiles.writeTo(dir, 0, 300);
        assertThat(dir.resolve("tile/0/000")).hasSize(8192);
        assertThat(dir.resolve("tile/0/001.p/44")).hasSize(44 * 32);
        assertThat(dir.resolve("tile/1/000.p/1")).hasSize(32);
        tree.append(events.subList(300, 700));
        tiles.writeTo(dir, 300, 700);
        assertThat(Files.readAllBytes(dir.resolve("tile/0/001"))).isEqualTo(tiles.read("tile/0/001", 700).orElseThrow());
        assertThat(dir.resolve("tile/entries/002.p/188")).exists();
        assertThat(dir.resolve("tile/1/000.p/2")).hasSize(64);
    }
}
