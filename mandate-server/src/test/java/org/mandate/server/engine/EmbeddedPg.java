package org.mandate.server.engine;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL for the tests (zonky's binaries), also as root: see mandate-store's EmbeddedPg for
 * how it runs initdb and postgres in a user namespace when the JVM is root.
 */
final class EmbeddedPg {

    private EmbeddedPg() {
    }

    static EmbeddedPostgres start() throws IOException {
        return EmbeddedPostgres.builder().start();
    }

    /** Creates a new, empty database and returns its JDBC URL (user postgres, no password). */
    static String createDatabase(EmbeddedPostgres postgres, String name) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name;
    }
}
