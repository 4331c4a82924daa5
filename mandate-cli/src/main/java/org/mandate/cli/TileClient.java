package org.mandate.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.mandate.record.merkle.Hashes;
import org.mandate.record.tiles.TilePath;

/**
 * Reads a log served as C2SP tlog-tiles: {@code <prefix>checkpoint}, hash tiles and entry bundles. A
 * partial tile may be gone once the tile is full (servers need not keep partials), so a missing
 * partial is read as the prefix of its full tile. What it returns is untrusted until checked.
 */
final class TileClient {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final URI prefix;
    private final Optional<String> token;

    /** A tile the server does not serve: for a checkpoint that has since moved on, or never. */
    static final class Missing extends IOException {
        Missing(String message) {
            super(message);
        }
    }

    /** @param token a member's API token, for a record that is for members only */
    TileClient(URI prefix, Optional<String> token) {
        this.prefix = prefix;
        this.token = token;
    }

    /** The log prefix for a URL: a server's bare address gets {@code /record/}; a prefix is kept, with a final slash. */
    static URI prefixOf(String url) {
        URI uri = URI.create(url.strip());
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("\"" + url + "\" is not an http(s) URL");
        }
        String path = uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/") ? "/record/"
                : uri.getPath().endsWith("/") ? uri.getPath() : uri.getPath() + "/";
        return uri.resolve(path);
    }

    URI prefix() {
        return prefix;
    }

    String checkpoint() throws IOException {
        return new String(get("checkpoint").orElseThrow(() -> new IOException(prefix + "checkpoint: the server has no checkpoint")),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The hashes of a tile, {@code width × 32} bytes. */
    byte[] hashes(TilePath tile) throws IOException {
        byte[] bytes = tileOrFull(tile);
        int wanted = tile.width() * Hashes.SIZE;
        if (bytes.length < wanted || bytes.length > TilePath.FULL_WIDTH * Hashes.SIZE) {
            throw new IOException(tile.path() + " has " + bytes.length + " bytes, not " + wanted);
        }
        return Arrays.copyOf(bytes, wanted);
    }

    /** The entries of a bundle, exactly {@code width} of them. */
    List<byte[]> entries(TilePath bundle) throws IOException {
        byte[] bytes = tileOrFull(bundle);
        List<byte[]> out = new ArrayList<>(bundle.width());
        int at = 0;
        while (at < bytes.length) {
            if (at + 2 > bytes.length) {
                throw new IOException(bundle.path() + " ends in the middle of an entry's length");
            }
            int length = ((bytes[at] & 0xFF) << 8) | (bytes[at + 1] & 0xFF);
            if (at + 2 + length > bytes.length) {
                throw new IOException(bundle.path() + " ends in the middle of entry " + out.size());
            }
            out.add(Arrays.copyOfRange(bytes, at + 2, at + 2 + length));
            at += 2 + length;
        }
        if (out.size() < bundle.width() || out.size() > TilePath.FULL_WIDTH) {
            throw new IOException(bundle.path() + " holds " + out.size() + " entries, not " + bundle.width());
        }
        return out.subList(0, bundle.width());
    }

    private byte[] tileOrFull(TilePath tile) throws IOException {
        Optional<byte[]> bytes = get(tile.path());
        if (bytes.isEmpty() && tile.isPartial()) {
            bytes = get(new TilePath(tile.level(), tile.index(), TilePath.FULL_WIDTH).path());
        }
        return bytes.orElseThrow(() -> new Missing(prefix + tile.path() + ": the server does not serve it"));
    }

    private Optional<byte[]> get(String path) throws IOException {
        URI uri = prefix.resolve(path);
        HttpResponse<byte[]> response;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET();
            token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + uri, e);
        }
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new IOException("the record at " + prefix + " is for members, and the server answered HTTP " + response.statusCode()
                    + (token.isPresent() ? " to the token given" : ": give a member's API token with --token"));
        }
        if (response.statusCode() != 200) {
            throw new IOException(uri + " answered HTTP " + response.statusCode());
        }
        return Optional.of(response.body());
    }
}
