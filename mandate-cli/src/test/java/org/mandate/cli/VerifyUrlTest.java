package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.record.checkpoint.Checkpoint;
import org.mandate.record.checkpoint.NoteSigner;
import org.mandate.record.checkpoint.SignedCheckpoint;
import org.mandate.record.merkle.MerkleTree;
import org.mandate.record.tiles.TilePath;
import org.mandate.record.tiles.Tiles;

/**
 * {@code verify --url} read against the C2SP tlog-tiles layout as a static file server serves it: the
 * client follows the spec, not one server's routes.
 */
class VerifyUrlTest {
    @TempDir
    Path dir;

    private final NoteSigner key = NoteSigner.generate("tiles.example/log", new SecureRandom());
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** A log of {@code written} events serving a checkpoint of {@code signed} events; event {@code changed} (if any) is another one. */
    private Path log(String name, int written, int signed, int changed) throws IOException {
        List<byte[]> events = new ArrayList<>();
        MerkleTree tree = new MerkleTree();
        for (int i = 0; i < written; i++) {
            byte[] e = ("{\"n\":" + (i == changed ? -i : i) + ",\"type\":\"test\"}").getBytes(StandardCharsets.UTF_8);
            events.add(e);
            tree.append(e);
        }
        Path root = dir.resolve(name);
        Tiles tiles = new Tiles(tree, i -> events.get((int) i));
        // The log served partial tiles at the signed size, then grew, and dropped the partials its full tiles replace (as the spec allows).
        tiles.writeTo(root, 0, signed);
        tiles.writeTo(root, signed, written);
        for (TilePath p : Tiles.paths(signed)) {
            if (p.isPartial() && Files.exists(root.resolve(new TilePath(p.level(), p.index(), TilePath.FULL_WIDTH).path()))) {
                Files.delete(root.resolve(p.path()));
            }
        }
        Files.writeString(root.resolve("checkpoint"),
                SignedCheckpoint.sign(new Checkpoint(key.name(), signed, tree.root(signed)), key).note());
        return root;
    }

    private String serve(Path root) throws IOException {
        if (server != null) {
            server.stop(0);
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/log/", exchange -> {
            Path file = root.resolve(exchange.getRequestURI().getPath().substring("/log/".length())).normalize();
            boolean found = file.startsWith(root) && Files.isRegularFile(file);
            byte[] body = found ? Files.readAllBytes(file) : new byte[0];
            exchange.sendResponseHeaders(found ? 200 : 404, found ? body.length : -1);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/log/";
    }

    private ReplayCommandTest.Run verify(String url, String... more) {
        List<String> args = new ArrayList<>(List.of("verify", "--url", url, "--memory", dir.resolve("mem").toString()));
        args.addAll(List.of(more));
        return ReplayCommandTest.run(args.toArray(String[]::new));
    }

    @Test
    void a_served_log_verifies_even_where_a_partial_tile_is_only_served_as_the_full_one() throws IOException {
        String url = serve(log("a", 600, 300, -1));

        ReplayCommandTest.Run run = verify(url, "--key", key.verifier().vkey());

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("checkpoint of 300 events").contains("OK: the 300 events served lead to the signed root");
        assertThat(dir.resolve("mem")).isNotEmptyDirectory();
    }

    @Test
    void a_changed_entry_or_hash_tile_fails_with_exit_two() throws IOException {
        Path root = log("b", 600, 600, -1);
        String url = serve(root);
        Path tile = root.resolve("tile/0/001");
        byte[] hashes = Files.readAllBytes(tile);
        hashes[100] ^= 1;
        Files.write(tile, hashes);

        ReplayCommandTest.Run badTile = verify(url, "--key", key.verifier().vkey());
        assertThat(badTile.exit()).isEqualTo(2);
        assertThat(badTile.out()).contains("tile/0/001 as served differs from the tree of the entries");

        hashes[100] ^= 1;
        Files.write(tile, hashes);
        Path bundle = root.resolve("tile/entries/002.p/88");
        byte[] entries = Files.readAllBytes(bundle);
        entries[10] ^= 1;
        Files.write(bundle, entries);
        ReplayCommandTest.Run badEntry = verify(url, "--key", key.verifier().vkey());
        assertThat(badEntry.exit()).isEqualTo(2);
        assertThat(badEntry.out()).contains("not to the signed root: the server serves other events than the ones it signed");
    }

    @Test
    void a_log_that_rewrites_what_this_verifier_saw_is_caught_though_it_signs_the_rewrite() throws IOException {
        String first = serve(log("c", 300, 300, -1));
        assertThat(verify(first, "--key", key.verifier().vkey()).exit()).isZero();
        String rewritten = serve(log("d", 400, 400, 7));

        ReplayCommandTest.Run run = verify(rewritten, "--key", key.verifier().vkey());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("the log rewrote events this verifier had already seen");
    }

    @Test
    void a_url_without_the_logs_key_is_refused_because_the_servers_own_key_proves_nothing() throws IOException {
        String url = serve(log("e", 10, 10, -1));

        ReplayCommandTest.Run run = verify(url);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--url needs the log's key").contains("proves nothing");
    }

    @Test
    void another_key_than_the_logs_fails() throws IOException {
        String url = serve(log("f", 10, 10, -1));

        ReplayCommandTest.Run run = verify(url, "--key", NoteSigner.generate("tiles.example/log", new SecureRandom()).verifier().vkey());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("is not signed by the key");
    }

    @Test
    void a_server_that_cannot_be_reached_cannot_be_checked() {
        ReplayCommandTest.Run run = verify("http://127.0.0.1:9/", "--key", key.verifier().vkey());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("cannot read the checkpoint at http://127.0.0.1:9/record/");
    }
}
