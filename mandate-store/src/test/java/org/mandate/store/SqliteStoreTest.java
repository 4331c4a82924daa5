package org.mandate.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on SQLite, the embedded default: one database file per test in a temporary directory. */
class SqliteStoreTest extends StoreContract {

    @TempDir
    Path temp;

    private int databases;

    @Override
    protected StoreConfig freshDatabase() {
        return StoreConfig.sqlite(temp.resolve("data-" + databases++));
    }

    @Override
    protected StoreConfig unreachableDatabase() throws Exception {
        // A data directory that cannot exist: its parent is a plain file.
        Path file = Files.writeString(temp.resolve("not-a-directory"), "x");
        return StoreConfig.sqlite(file.resolve("data"));
    }

    @Test
    void theDatabaseIsOneFileInTheDataDirectoryInWalMode() {
        store.append(Batch.of(0, records(0, 1)));
        Path db = config.dataDir().resolve(StoreConfig.SQLITE_FILE);
        assertThat(db).exists();
        String mode = Jdbi.create(config.jdbcUrl()).withHandle(h ->
                h.createQuery("PRAGMA journal_mode").mapTo(String.class).one());
        assertThat(mode).isEqualToIgnoringCase("wal");
    }
}
