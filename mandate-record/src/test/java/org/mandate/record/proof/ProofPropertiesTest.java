package org.mandate.record.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;
import org.mandate.record.merkle.Hashes;
import org.mandate.record.merkle.MerkleTree;
import org.mandate.record.testing.Seeded;

class ProofPropertiesTest {

    private static MerkleTree randomTree(RandomGenerator random, int maxSize) {
        MerkleTree tree = new MerkleTree();
        int n = random.nextInt(1, maxSize);
        for (int i = 0; i < n; i++) {
            byte[] e = new byte[random.nextInt(1, 64)];
            random.nextBytes(e);
            tree.append(e);
        }
        return tree;
    }

    private static List<byte[]> flipOneBit(List<byte[]> proof, RandomGenerator random) {
        List<byte[]> copy = new ArrayList<>();
        proof.forEach(h -> copy.add(h.clone()));
        int bit = random.nextInt(copy.size() * Hashes.SIZE * 8);
        copy.get(bit / 256)[(bit % 256) / 8] ^= (byte) (1 << (bit % 8));
        return copy;
    }

    @Test
    void every_inclusion_proof_verifies_in_every_past_tree() {
        Seeded.check("inclusion", random -> {
            for (int round = 0; round < 10; round++) {
                MerkleTree tree = randomTree(random, 300);
                for (long size = 1; size <= tree.size(); size += random.nextInt(1, 8)) {
                    byte[] root = tree.root(size);
                    for (long i = 0; i < size; i++) {
                        Verdict v = ProofVerifier.verifyInclusion(i, size, tree.leafHash(i), tree.inclusionProof(i, size), root);
                        assertThat(v.ok()).as("leaf %d of %d: %s", i, size, v.reason()).isTrue();
                    }
                }
            }
        });
    }

    @Test
    void every_consistency_proof_verifies_between_any_two_sizes() {
        Seeded.check("consistency", random -> {
            for (int round = 0; round < 10; round++) {
                MerkleTree tree = randomTree(random, 200);
                for (long s1 = 1; s1 <= tree.size(); s1++) {
                    for (long s2 = s1; s2 <= tree.size(); s2 += random.nextInt(1, 6)) {
                        Verdict v = ProofVerifier.verifyConsistency(s1, s2, tree.root(s1), tree.root(s2), tree.consistencyProof(s1, s2));
                        assertThat(v.ok()).as("%d -> %d: %s", s1, s2, v.reason()).isTrue();
                    }
                }
            }
        });
    }

    @Test
    void rejects_inclusion_proof_with_flipped_bit() {
        Seeded.check("inclusion bit flip", random -> {
            for (int round = 0; round < 2000; round++) {
                MerkleTree tree = randomTree(random, 500);
                long size = random.nextLong(2, tree.size() + 1 + 1);
                size = Math.min(size, tree.size());
                if (size < 2) {
                    continue;
                }
                long i = random.nextLong(size);
                List<byte[]> proof = tree.inclusionProof(i, size);
                Verdict v = ProofVerifier.verifyInclusion(i, size, tree.leafHash(i), flipOneBit(proof, random), tree.root(size));
                assertThat(v.ok()).as("flipped proof for leaf %d of %d", i, size).isFalse();
            }
        });
    }

    @Test
    void rejects_consistency_proof_with_flipped_bit() {
        Seeded.check("consistency bit flip", random -> {
            int checked = 0;
            while (checked < 2000) {
                MerkleTree tree = randomTree(random, 500);
                if (tree.size() < 2) {
                    continue;
                }
                long s2 = random.nextLong(2, tree.size() + 1);
                long s1 = random.nextLong(1, s2);
                List<byte[]> proof = tree.consistencyProof(s1, s2);
                Verdict v = ProofVerifier.verifyConsistency(s1, s2, tree.root(s1), tree.root(s2), flipOneBit(proof, random));
                assertThat(v.ok()).as("flipped proof %d -> %d", s1, s2).isFalse();
                checked++;
            }
        });
    }

    @Test
    void rejects_a_proof_checked_against_a_leaf_it_was_not_made_for() {
        MerkleTree tree = new MerkleTree();
        for (int i = 0; i < 10; i++) {
            tree.append(("e" + i).getBytes());
        }
        Verdict v = ProofVerifier.verifyInclusion(3, 10, tree.leafHash(4), tree.inclusionProof(3, 10), tree.root());
        assertThat(v.ok()).isFalse();
        assertThat(v.reason()).contains("leads to root");
    }
}
