package org.mandate.record.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mandate.record.merkle.Hashes;
import org.mandate.record.merkle.MerkleTree;
import org.mandate.record.testing.SharedVectors;

/** The transparency-dev/merkle vectors in /work/shared, read where they lie. */
class Rfc6962VectorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void computes_the_standard_hash_vectors() throws IOException {
        JsonNode trees = JSON.readTree(SharedVectors.rfc6962().resolve("trees.json").toFile());
        int checked = 0;
        for (JsonNode v : trees.get("hash_vectors")) {
            byte[] want = HEX.parseHex(v.get("want").asText());
            byte[] got;
            if (v.has("leaf_hex")) {
                got = Hashes.leafHash(HEX.parseHex(v.get("leaf_hex").asText()));
            } else if (v.has("left_hex")) {
                // The vector hashes raw 4-byte children, so it cannot go through the 32-byte node API.
                byte[] l = HEX.parseHex(v.get("left_hex").asText());
                byte[] r = HEX.parseHex(v.get("right_hex").asText());
                byte[] in = new byte[1 + l.length + r.length];
                in[0] = 1;
                System.arraycopy(l, 0, in, 1, l.length);
                System.arraycopy(r, 0, in, 1 + l.length, r.length);
                got = Hashes.sha256(in);
            } else {
                got = Hashes.emptyRoot();
            }
            assertThat(HEX.formatHex(got)).as(v.get("desc").asText()).isEqualTo(HEX.formatHex(want));
            checked++;
        }
        assertThat(checked).isEqualTo(4);
    }

    @Test
    void computes_the_roots_of_the_trees_of_zero_to_eight_leaves() throws IOException {
        JsonNode trees = JSON.readTree(SharedVectors.rfc6962().resolve("trees.json").toFile());
        List<byte[]> leaves = new ArrayList<>();
        trees.get("leaf_inputs_hex").forEach(n -> leaves.add(HEX.parseHex(n.asText())));
        JsonNode roots = trees.get("root_hashes_by_size_hex");
        assertThat(roots.size()).isEqualTo(9);
        MerkleTree tree = new MerkleTree();
        tree.append(leaves);
        for (int n = 0; n <= 8; n++) {
            assertThat(HEX.formatHex(tree.root(n))).as("root of %d leaves", n).isEqualTo(roots.get(n).asText());
            MerkleTree fresh = new MerkleTree();
            fresh.append(leaves.subList(0, n));
            assertThat(HEX.formatHex(fresh.root())).isEqualTo(roots.get(n).asText());
        }
    }

    @TestFactory
    Stream<DynamicTest> every_inclusion_case_is_accepted_or_rejected_as_the_vectors_say() throws IOException {
        return cases("inclusion").map(file -> DynamicTest.dynamicTest(name(file), () -> {
            JsonNode c = JSON.readTree(file.toFile());
            Verdict v = ProofVerifier.verifyInclusion(c.get("leafIdx").asLong(), c.get("treeSize").asLong(),
                    b64(c.get("leafHash")), hashes(c.get("proof")), b64(c.get("root")));
            assertThat(v.ok()).as("%s: %s", name(file), v.reason()).isEqualTo(!c.get("wantErr").asBoolean());
        }));
    }

    @TestFactory
    Stream<DynamicTest> every_consistency_case_is_accepted_or_rejected_as_the_vectors_say() throws IOException {
        return cases("consistency").map(file -> DynamicTest.dynamicTest(name(file), () -> {
            JsonNode c = JSON.readTree(file.toFile());
            Verdict v = ProofVerifier.verifyConsistency(c.get("size1").asLong(), c.get("size2").asLong(),
                    b64(c.get("root1")), b64(c.get("root2")), hashes(c.get("proof")));
            assertThat(v.ok()).as("%s: %s", name(file), v.reason()).isEqualTo(!c.get("wantErr").asBoolean());
        }));
    }

    @Test
    void our_tree_produces_the_happy_path_proofs_of_the_vectors() throws IOException {
        JsonNode trees = JSON.readTree(SharedVectors.rfc6962().resolve("trees.json").toFile());
        MerkleTree tree = new MerkleTree();
        trees.get("leaf_inputs_hex").forEach(n -> tree.append(HEX.parseHex(n.asText())));
        List<Path> happy = Stream.concat(cases("inclusion"), cases("consistency"))
                .filter(p -> p.getFileName().toString().equals("happy-path.json")).toList();
        assertThat(happy).hasSizeGreaterThanOrEqualTo(10);
        for (Path file : happy) {
            JsonNode c = JSON.readTree(file.toFile());
            List<byte[]> want = hashes(c.get("proof"));
            List<byte[]> got = c.has("leafIdx")
                    ? tree.inclusionProof(c.get("leafIdx").asLong(), c.get("treeSize").asLong())
                    : tree.consistencyProof(c.get("size1").asLong(), c.get("size2").asLong());
            assertThat(got.stream().map(HEX::formatHex).toList()).as(name(file))
                    .isEqualTo(want.stream().map(HEX::formatHex).toList());
        }
    }

    private static Stream<Path> cases(String kind) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SharedVectors.rfc6962().resolve(kind))) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).as("vector files under " + kind).hasSizeGreaterThan(50);
        return files.stream();
    }

    private static String name(Path file) {
        return SharedVectors.rfc6962().relativize(file).toString();
    }

    private static byte[] b64(JsonNode node) {
        return node == null || node.isNull() ? new byte[0] : Base64.getDecoder().decode(node.asText());
    }

    private static List<byte[]> hashes(JsonNode node) {
        List<byte[]> out = new ArrayList<>();
        if (node != null && !node.isNull()) {
            node.forEach(n -> out.add(Base64.getDecoder().decode(n.asText())));
        }
        return out;
    }
}
