package org.mandate.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The directory contract on a real PostgreSQL: one server for the class, a new database per test. */
class PostgresDirectoryTest extends DirectoryContract {

    private static EmbeddedPostgres postgres;
    private static int databases;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPg.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Override
    protected StoreConfig freshDatabase() throws Exception {
        String name = "directory_" + databases++;
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return StoreConfig.postgres("jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name, "postgres", null);
    }
}
