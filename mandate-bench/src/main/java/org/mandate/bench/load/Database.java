package org.mandate.bench.load;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.mandate.store.Store;

/**
 * Where the servers under load keep their data: a SQLite file in a fresh temporary directory, or a fresh
 * database on a PostgreSQL server started on this machine (zonky's binaries, as the tests use), with
 * the servers' signing keys in the temporary directory either way. Everything is deleted on close.
 */
final class Database implements AutoCloseable {
    private final String kind;
    private final Path root;
    private final EmbeddedPostgres postgres;

    private Database(String kind, Path root, EmbeddedPostgres postgres) {
        this.kind = kind;
        this.root = root;
        this.postgres = postgres;
    }

    static Database start(String kind) {
        String k = kind.toLowerCase(Locale.ROOT);
        if (!k.equals("sqlite") && !k.equals("postgresql")) {
            throw new IllegalArgumentException("--db is sqlite or postgresql, not " + kind);
        }
        try {
            Path root = Files.createTempDirectory("mandate-load-");
            return new Database(k, root, k.equals("postgresql") ? EmbeddedPostgres.builder().start() : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String kind() {
        return kind;
    }

    /** The data directory (signing keys; SQLite's file) of the server called {@code name}. */
    Path dataDir(String name) {
        return root.resolve(name);
    }

    /** Creates the database of {@code name}; call once, before the first {@link #open}. */
    void create(String name) {
        if (postgres == null) {
            return;
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
    }

    /** Opens the store of {@code name} (again after a restart: same data). */
    Store open(String name) {
        return postgres == null
                ? Store.sqlite(dataDir(name))
                : Store.postgres("jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name, "postgres", null);
    }

    @Override
    public void close() {
        try {
            if (postgres != null) {
                postgres.close();
            }
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
