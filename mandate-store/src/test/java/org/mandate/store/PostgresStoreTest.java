package org.mandate.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The store contract on a real PostgreSQL: one server per test class (started once, a few seconds), a new
 * database per test.
 */
class PostgresStoreTest extends StoreContract {

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
        return EmbeddedPg.freshDatabase(postgres, "store_" + databases++);
    }

    @Override
    protected StoreConfig unreachableDatabase() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        return StoreConfig.postgres("jdbc:postgresql://localhost:" + closedPort + "/nowhere", "postgres", null);
    }
}
