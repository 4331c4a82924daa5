package org.mandate.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.mandate.codec.Codec;
import org.mandate.core.Federation;
import org.mandate.core.Mandate;
import org.mandate.store.Store;
import org.mandate.store.StoreConfig;
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

    /**
     * The federation as its store holds it now, folded from every event, for the commands that read a
     * federation offline ({@code clearing --data}, {@code plan --data}); empty, after saying why on
     * {@code err}, when the data directory holds no database.
     */
    Optional<Federation> federation(PrintWriter err) {
        if (db == null && !Files.exists(data.resolve(StoreConfig.SQLITE_FILE))) {
            err.println(data + " holds no federation's database (no " + StoreConfig.SQLITE_FILE + ")");
            return Optional.empty();
        }
        Codec codec = new Codec();
        Federation state = new Federation();
        try (Store store = open()) {
            store.read(0, store.size(), (seq, bytes) -> Mandate.evolve(state, codec.readEvent(bytes)));
        }
        return Optional.of(state);
    }
}
