package org.mandate.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandate.server.http.RecordServer.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.record.checkpoint.SignatureStatus;
import org.mandate.record.checkpoint.SignedCheckpoint;
import org.mandate.record.merkle.Hashes;
import org.mandate.record.merkle.MerkleTree;
import org.mandate.record.merkle.RootBuilder;
import org.mandate.record.proof.ProofVerifier;
import org.mandate.record.proof.Receipt;
import org.mandate.record.tiles.TilePath;
import org.mandate.record.tiles.Tiles;

/** The record over real HTTP: tiles a client can rebuild the signed root from, receipts that verify offline, and who may read. */
class RecordRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private RecordServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** A public record of more than two full tiles' worth of events, fully covered by a checkpoint. */
    private SignedCheckpoint publicRecordOf(int registrations) throws Exception {
        server = new RecordServer(dir);
        server.assembly("bakery", true, "ana");
        server.registrations("m", registrations);
        return server.covered();
    }

    @Test
    void tiles_served_are_the_tiles_bytes_and_rebuild_the_signed_root() throws Exception {
        SignedCheckpoint cp = publicRecordOf(600);
        HttpResponse<byte[]> note = server.get("/record/checkpoint", null);
        assertThat(text(note)).isEqualTo(cp.note());
        SignedCheckpoint served = SignedCheckpoint.parse(text(note));
        assertThat(served.check(server.logKey)).isEqualTo(SignatureStatus.VALID);
        long size = served.size();
        assertThat(size).isGreaterThan(512);

        // What the record module lays out for this size, from a tree rebuilt out of the stored events.
        MerkleTree rebuilt = new MerkleTree();
        server.store.read(0, size, (seq, bytes) -> rebuilt.append(bytes));
        Tiles expected = new Tiles(rebuilt, server.store::event);
        for (TilePath path : Tiles.paths(size)) {
            HttpResponse<byte[]> r = server.get("/record/" + path.path(), null);
            assertThat(r.statusCode()).as(path.path()).isEqualTo(200);
            assertThat(r.body()).as(path.path()).isEqualTo(expected.read(path, size).orElseThrow());
            assertThat(r.headers().firstValue("Cache-Control").orElseThrow()).as(path.path())
                    .isEqualTo(path.isPartial() ? "public, max-age=60" : "public, max-age=31536000, immutable");
        }

        // A client: events from the bundles, each hashed to the level-0 tile's hash, the root from those.
        RootBuilder root = new RootBuilder();
        for (long n = 0; n * 256 < size; n++) {
            int width = (int) Math.min(256, size - n * 256);
            byte[] bundle = server.get("/record/" + new TilePath(TilePath.ENTRIES, n, width).path(), null).body();
            byte[] tile = server.get("/record/" + new TilePath(0, n, width).path(), null).body();
            List<byte[]> events = entries(bundle);
            assertThat(events).hasSize(width);
            for (int j = 0; j < width; j++) {
                byte[] leaf = Hashes.leafHash(events.get(j));
                assertThat(leaf).isEqualTo(Arrays.copyOfRange(tile, j * 32, j * 32 + 32));
                root.addLeafHash(leaf, 0);
            }
        }
        assertThat(root.root()).isEqualTo(served.checkpoint().root());
        // The level-1 tile's first hash is the root of the first 256 leaves.
        byte[] upper = server.get("/record/tile/1/000.p/" + size / 256, null).body();
        assertThat(Arrays.copyOf(upper, 32)).isEqualTo(rebuilt.root(256));

        assertThat(server.get("/record/tile/0/999", null).statusCode()).isEqualTo(404);
        assertThat(server.get("/record/tile/0/1", null).statusCode()).isEqualTo(404);
    }

    private static List<byte[]> entries(byte[] bundle) {
        List<byte[]> out = new ArrayList<>();
        int at = 0;
        while (at < bundle.length) {
            int length = (bundle[at] & 0xFF) << 8 | bundle[at + 1] & 0xFF;
            out.add(Arrays.copyOfRange(bundle, at + 2, at + 2 + length));
            at += 2 + length;
        }
        return out;
    }

    @Test
    void a_receipt_from_the_server_verifies_offline_and_fails_when_one_byte_changes() throws Exception {
        publicRecordOf(40);
        HttpResponse<byte[]> r = server.get("/record/receipt/7", null);
        assertThat(r.statusCode()).as(text(r)).isEqualTo(200);
        Receipt receipt = Receipt.parse(text(r));
        assertThat(receipt.verify(server.logKey).ok()).isTrue();
        assertThat(receipt.event()).isEqualTo(server.store.event(7));

        byte[] event = receipt.event();
        event[event.length / 2] ^= 1;
        assertThat(new Receipt(event, 7, receipt.proof(), receipt.checkpointNote()).verify(server.logKey).ok()).isFalse();
        List<byte[]> proof = new ArrayList<>(receipt.proof());
        byte[] sibling = proof.get(0).clone();
        sibling[0] ^= 1;
        proof.set(0, sibling);
        assertThat(new Receipt(receipt.event(), 7, proof, receipt.checkpointNote()).verify(server.logKey).ok()).isFalse();

        HttpResponse<byte[]> beyond = server.get("/record/receipt/100000", null);
        assertThat(beyond.statusCode()).isEqualTo(404);
        assertThat(beyond.headers().firstValue("Content-Type")).hasValue(Problems.TYPE);
        assertThat(JSON.readTree(beyond.body()).get("title").asText()).isEqualTo("NotCovered");
        assertThat(server.get("/record/receipt/07", null).statusCode()).isEqualTo(400);
    }

    @Test
    void a_consistency_proof_links_two_signed_checkpoints() throws Exception {
        SignedCheckpoint first = publicRecordOf(10);
        server.registrations("later", 30);
        SignedCheckpoint second = server.covered();
        HttpResponse<byte[]> r = server.get("/record/consistency?from=" + first.size() + "&to=" + second.size(), null);
        assertThat(r.statusCode()).as(text(r)).isEqualTo(200);
        List<byte[]> proof = text(r).lines().map(Base64.getDecoder()::decode).toList();
        assertThat(ProofVerifier.verifyConsistency(first.size(), second.size(), first.checkpoint().root(),
                second.checkpoint().root(), proof).ok()).isTrue();
        // Against a root the log never had, the same proof fails.
        byte[] forged = first.checkpoint().root();
        forged[0] ^= 1;
        assertThat(ProofVerifier.verifyConsistency(first.size(), second.size(), forged, second.checkpoint().root(), proof).ok()).isFalse();

        assertThat(server.get("/record/consistency?from=0", null).statusCode()).isEqualTo(400);
        assertThat(server.get("/record/consistency?from=1&to=" + (second.size() + 1), null).statusCode()).isEqualTo(404);
    }

    @Test
    void anonymous_readers_are_refused_a_members_only_record_and_members_read_it() throws Exception {
        server = new RecordServer(dir);
        server.assembly("bakery", true, "ana");
        server.assembly("depot", false, "ben");
        server.registrations("m", 3);
        server.covered();
        String ana = server.token("ana");
        String stranger = server.token("m1");

        for (String path : List.of("/record/checkpoint", "/record/tile/0/000.p/3", "/record/tile/entries/000.p/3",
                "/record/receipt/0", "/record/consistency?from=1")) {
            HttpResponse<byte[]> anonymous = server.get(path, null);
            assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("Content-Type")).hasValue(Problems.TYPE);
            assertThat(JSON.readTree(anonymous.body()).get("title").asText()).isEqualTo("RecordForMembers");
            // Registered but in no assembly: known, and still not a member.
            assertThat(server.get(path, stranger).statusCode()).as(path).isEqualTo(403);
            HttpResponse<byte[]> member = server.get(path, ana);
            assertThat(member.statusCode()).as(path).isEqualTo(200);
            assertThat(member.headers().firstValue("Cache-Control").orElseThrow()).as(path).startsWith("private");
        }
    }

    @Test
    void anyone_reads_a_record_every_body_made_public() throws Exception {
        server = new RecordServer(dir);
        server.assembly("bakery", true, "ana");
        server.assembly("depot", true, "ben");
        server.covered();
        HttpResponse<byte[]> r = server.get("/record/checkpoint", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("public, max-age=1");
        assertThat(server.get("/record/receipt/0", null).statusCode()).isEqualTo(200);
    }
}
