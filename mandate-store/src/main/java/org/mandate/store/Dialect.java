package org.mandate.store;

import com.zaxxer.hikari.HikariConfig;
import org.jdbi.v3.core.Handle;

/**
 * What differs between the two databases; everything else (the SQL of {@link Store}) is shared, so both
 * behave the same and one test suite covers both.
 */
enum Dialect {

    SQLITE("classpath:db/migration/sqlite") {
        @Override
        void configure(HikariConfig pool, boolean writer) {
            // WAL: readers see a snapshot and never block the one writer. synchronous=FULL: a commit is
            // fsynced before it returns, so an acknowledged batch survives a power cut. secure_delete:
            // a deleted sealed ballot is overwritten in the file, not merely unlinked.
            pool.addDataSourceProperty("journal_mode", "WAL");
            pool.addDataSourceProperty("synchronous", "FULL");
            pool.addDataSourceProperty("busy_timeout", "10000");
            pool.addDataSourceProperty("secure_delete", "true");
            if (writer) {
                // Take the write lock at BEGIN, so a writer never fails half-way on a lock upgrade.
                pool.addDataSourceProperty("transaction_mode", "IMMEDIATE");
            }
        }

        @Override
        void scrubAfterUnseal(Handle handle) {
            // The WAL still holds the pages as they were before the delete; copy them back into the
            // database file and truncate the WAL so no voter→ballot link stays on disk.
            handle.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    },

    POSTGRESQL("classpath:db/migration/postgresql") {
        @Override
        void configure(HikariConfig pool, boolean writer) {
            if (writer) {
                // A batch is acknowledged only when durable, whatever the server's default says.
                pool.setConnectionInitSql("SET synchronous_commit TO on");
                // Send a batch's inserts as multi-row INSERTs: far fewer round trips per batch.
                pool.addDataSourceProperty("reWriteBatchedInserts", "true");
            } else {
                // Binary results from the first execution: bytea then arrives as raw bytes instead of
                // hex text twice the size that the driver must decode (reading the log is mostly bytea).
                pool.addDataSourceProperty("prepareThreshold", "-1");
            }
        }

        @Override
        void scrubAfterUnseal(Handle handle) {
            // Dead rows stay in the table file until vacuumed; VACUUM frees them for reuse. It cannot
            // guarantee the bytes are overwritten at once (see the decision note), but it is the most
            // PostgreSQL offers without rewriting the table.
            handle.execute("VACUUM sealed_ballots");
        }
    };

    private final String migrations;

    Dialect(String migrations) {
        this.migrations = migrations;
    }

    String migrations() {
        return migrations;
    }

    /** Per-database connection settings; {@code writer} is the single connection that appends. */
    abstract void configure(HikariConfig pool, boolean writer);

    /** Called outside any transaction after a batch that deleted sealed ballots committed. */
    abstract void scrubAfterUnseal(Handle handle);

    static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new StoreException("unsupported database URL (expected jdbc:sqlite: or jdbc:postgresql:): " + jdbcUrl);
    }
}
