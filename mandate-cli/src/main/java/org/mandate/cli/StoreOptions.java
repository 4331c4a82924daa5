package org.mandate.cli;

import java.nio.file.Path;
import org.mandate.store.Store;
import picocli.CommandLine.Option;

/** Where a federation lives: its data directory (keys, and the SQLite file by default) and, optionally, a PostgreSQL database. */
final class StoreOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "mandate-data",
            description = "the data directory: the log's keys and, unless --db is given, the SQLite database (default ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--db", paramLabel = "URL", description = "a PostgreSQL database instead of SQLite, e.g. jdbc:postgresql://localhost/mandate")
    String db;

    @Option(names = "--db-user", paramLabel = "USER", description = "the PostgreSQL user (or MANDATE_DB_USER)")
    String user;

    @Option(names = "--db-password", paramLabel = "PASSWORD", description = "the PostgreSQL password (better: MANDATE_DB_PASSWORD)")
    String password;

    Store open() {
        if (db == null) {
            return Store.sqlite(data);
        }
        return Store.postgres(db, user != null ? user : System.getenv("MANDATE_DB_USER"),
                password != null ? password : System.getenv("MANDATE_DB_PASSWORD"));
    }
}
