package org.mandate.server.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.DriverManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.mandate.store.Store;

/** The engine contract on a real PostgreSQL: one server for the class, a new database per test. */
class PostgresEngineTest extends EngineContract {

    private static EmbeddedPostgres postgres;
    private static int databases;
    private String url;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPg.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void freshDatabase() throws Exception {
        url = EmbeddedPg.createDatabase(postgres, "engine_" + databases++);
    }

    @Override
    protected Store openStore() {
        return Store.postgres(url, "postgres", null);
    }

    @Override
    protected String childStoreSpec() {
        return url;
    }

    @Override
    protected void alterStoredEvent(long seq, String from, String to) throws Exception {
        try (var c = DriverManager.getConnection(url, "postgres", null);
                var st = c.prepareStatement("UPDATE events SET record = convert_to(replace(convert_from(record, 'UTF8'), ?, ?), 'UTF8')"
                        + " WHERE seq = ?")) {
            st.setString(1, from);
            st.setString(2, to);
            st.setLong(3, seq);
            assertThat(st.executeUpdate()).isEqualTo(1);
        }
    }
}
