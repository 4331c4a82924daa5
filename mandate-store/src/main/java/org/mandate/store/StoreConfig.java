package org.mandate.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the store lives. A {@code jdbc:sqlite:} URL or {@code jdbc:postgresql:} URL; for SQLite the URL is
 * derived from the data directory (one file, {@code mandate.db}), so operators only name a directory.
 *
 * @param jdbcUrl  the database's JDBC URL
 * @param dataDir  the server's data directory (for SQLite, where the database file is); may be null for PostgreSQL
 * @param user     database user, null when the URL or the driver's defaults carry it
 * @param password database password, null when none; never echoed in error messages
 */
public record StoreConfig(String jdbcUrl, Path dataDir, String user, String password) {

    /** The file name of the embedded database inside the data directory. */
    public static final String SQLITE_FILE = "mandate.db";

    public StoreConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    }

    public StoreConfig(String jdbcUrl, Path dataDir) {
        this(jdbcUrl, dataDir, null, null);
    }

    public static StoreConfig sqlite(Path dataDir) {
        return new StoreConfig("jdbc:sqlite:" + dataDir.resolve(SQLITE_FILE).toAbsolutePath(), dataDir);
    }

    public static StoreConfig postgres(String jdbcUrl, String user, String password) {
        return new StoreConfig(jdbcUrl, null, user, password);
    }

    /** The URL without its query string, which may hold a password: for messages. */
    String safeUrl() {
        int q = jdbcUrl.indexOf('?');
        return q < 0 ? jdbcUrl : jdbcUrl.substring(0, q);
    }
}
