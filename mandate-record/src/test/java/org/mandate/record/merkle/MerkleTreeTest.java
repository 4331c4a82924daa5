package org.mandate.record.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mandate.record.RecordException;
import org.mandate.record.testing.Seeded;

class MerkleTreeTest {

    /** RFC 6962 MTH written as the RFC states it, to hold the stored-levels tree against. */
    static byte[] referenceRoot(List<byte[]> leaves) {
        if (leaves.isEmpty()) {
            return Hashes.emptyRoot();
        }
        if (leaves.size() == 1) {
            return Hashes.leafHash(leaves.get(0));
        }
        int k = (int) TreeMath.splitPoint(leaves.size());
        return Hashes.nodeHash(referenceRoot(leaves.subList(0, k)), referenceRoot(leaves.subList(k, leaves.size())));
    }

    @Test
    void root_at_every_past_size_matches_the_rfc_definition() {
        Seeded.check("roots", random -> {
            List<byte[]> leaves = new ArrayList<>();
            MerkleTree tree = new MerkleTree();
            int n = random.nextInt(1, 600);
            for (int i = 0; i < n; i++) {
                byte[] leaf = new byte[random.nextInt(0, 40)];
                random.nextBytes(leaf);
                leaves.add(leaf);
            }
            // Batches of random sizes, so batch boundaries fall anywhere.
            int at = 0;
            while (at < n) {
                int batch = Math.min(n - at, random.nextInt(1, 50));
                assertThat(tree.append(leaves.subList(at, at + batch))).isEqualTo(at + batch);
                at += batch;
            }
            for (int size = 0; size <= n; size++) {
                assertThat(tree.root(size)).as("size %d", size).isEqualTo(referenceRoot(leaves.subList(0, size)));
            }
        });
    }

    @Test
    void streaming_root_builder_agrees_with_the_tree() {
        Seeded.check("root builder", random -> {
            MerkleTree tree = new MerkleTree();
            RootBuilder builder = new RootBuilder();
            assertThat(builder.root()).isEqualTo(Hashes.emptyRoot());
            int n = random.nextInt(1, 3000);
            for (int i = 0; i < n; i++) {
                byte[] leaf = new byte[8];
                random.nextBytes(leaf);
                tree.append(leaf);
                builder.addLeafHash(Hashes.leafHash(leaf), 0);
                if (random.nextInt(20) == 0 || i == n - 1) {
                    assertThat(builder.root()).isEqualTo(tree.root());
                }
            }
        });
    }

    @Test
    void rejects_an_event_over_65535_bytes_and_appends_nothing_of_its_batch() {
        MerkleTree tree = new MerkleTree();
        List<byte[]> batch = List.of(new byte[10], new byte[MerkleTree.MAX_ENTRY_BYTES + 1]);
        assertThatThrownBy(() -> tree.append(batch))
                .isInstanceOf(EntryTooLargeException.class)
                .hasMessageContaining("event 1 of the batch is 65536 bytes")
                .hasMessageContaining("at most 65535 bytes");
        assertThat(tree.size()).isZero();
        assertThat(tree.append(new byte[MerkleTree.MAX_ENTRY_BYTES])).isEqualTo(1);
    }

    @Test
    void refuses_a_root_for_a_size_it_never_had() {
        MerkleTree tree = new MerkleTree();
        tree.append(new byte[1]);
        assertThatThrownBy(() -> tree.root(2)).isInstanceOf(RecordException.class).hasMessageContaining("size 2");
    }

    @Test
    void appending_a_known_leaf_hash_builds_the_same_tree() {
        MerkleTree a = new MerkleTree();
        MerkleTree b = new MerkleTree();
        for (int i = 0; i < 1000; i++) {
            byte[] e = ("event " + i).getBytes();
            a.append(e);
            b.appendLeafHash(Hashes.leafHash(e));
        }
        assertThat(b.root()).isEqualTo(a.root());
        assertThat(b.leafHash(999)).isEqualTo(Hashes.leafHash("event 999".getBytes()));
    }
}
