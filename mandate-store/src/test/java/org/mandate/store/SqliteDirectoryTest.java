package org.mandate.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The directory contract on SQLite. */
class SqliteDirectoryTest extends DirectoryContract {

    @TempDir
    Path temp;

    private int databases;

    @Override
    protected StoreConfig freshDatabase() {
        return StoreConfig.sqlite(temp.resolve("data-" + databases++));
    }
}
