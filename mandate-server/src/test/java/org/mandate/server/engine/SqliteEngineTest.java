package org.mandate.server.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import org.mandate.store.Store;

/** The engine contract on the embedded default, SQLite in the data directory. */
class SqliteEngineTest extends EngineContract {

    @Override
    protected Store openStore() {
        return Store.sqlite(dir);
    }

    @Override
    protected String childStoreSpec() {
        return "sqlite";
    }

    @Override
    protected void alterStoredEvent(long seq, String from, String to) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("mandate.db"));
                var st = c.prepareStatement("UPDATE events SET record = replace(record, ?, ?) WHERE seq = ?")) {
            st.setString(1, from);
            st.setString(2, to);
            st.setLong(3, seq);
            assertThat(st.executeUpdate()).isEqualTo(1);
        }
    }
}
