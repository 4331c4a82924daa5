package org.mandate.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
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
    void anUnsealedBallotLeavesNoTraceInTheDatabaseFiles() throws Exception {
        String marker = "ballot-of-v7-7f3a9c";
        store.append(new Batch(0, records(0, 2), List.of(new Sealed("p", "v7", "{\"secret\":\"" + marker + "\"}")), List.of(), null));
        assertThat(filesContain(marker)).as("the sealed ballot is on disk while the vote is open").isTrue();
        store.append(new Batch(2, records(2, 1), List.of(), List.of("p"), null));
        assertThat(filesContain(marker)).as("no copy of the ballot stays after the close").isFalse();
    }

    private boolean filesContain(String marker) throws Exception {
        byte[] needle = marker.getBytes(StandardCharsets.UTF_8);
        try (var files = Files.list(config.dataDir())) {
            for (Path f : files.toList()) {
                byte[] bytes = Files.readAllBytes(f);
                for (int i = 0; i + needle.length <= bytes.length; i++) {
                    if (Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
                        return true;
                    }
                }
            }
        }
        return false;
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
