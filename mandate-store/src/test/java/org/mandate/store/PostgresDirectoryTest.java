package org.mandate.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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
        return EmbeddedPg.freshDatabase(postgres, "directory_" + databases++);
    }
}
