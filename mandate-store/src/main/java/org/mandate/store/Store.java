package org.mandate.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The durable home of the public log's canonical event bytes, the sealed ballots of open votes and the
 * latest signed checkpoint, on SQLite (one file in the data directory) or PostgreSQL, with one behaviour.
 *
 * <p>One writer connection appends, one batch per transaction, so a batch costs one fsync and is either
 * wholly durable or absent; {@link #append} returns only after the commit, which is when the server may
 * acknowledge the commands. Readers have their own connections and read a consistent snapshot without
 * blocking the writer. Thread-safe.
 */
public final class Store implements AutoCloseable {

    /** Rows per round trip when streaming: large enough that a million events take few round trips. */
    private static final int FETCH_SIZE = 10_000;
    private static final int READERS = 4;

    private final String where;
    private final Dialect dialect;
    private final HikariDataSource writerPool;
    private final HikariDataSource readerPool;
    private final Jdbi writer;
    private final Jdbi reader;
    private final Object appendLock = new Object();
    private final Directory directory;

    private Store(StoreConfig config, Dialect dialect, HikariDataSource writerPool, HikariDataSource readerPool) {
        this.where = config.safeUrl();
        this.dialect = dialect;
        this.writerPool = writerPool;
        this.readerPool = readerPool;
        this.writer = Jdbi.create(writerPool);
        this.reader = Jdbi.create(readerPool);
        this.directory = new Directory(where, writer, reader, appendLock);
    }

    /** Opens (creating if needed) the store and brings its schema up to date. */
    public static Store open(StoreConfig config) {
        Dialect dialect = Dialect.of(config.jdbcUrl());
        if (config.dataDir() != null) {
            try {
                Files.createDirectories(config.dataDir());
            } catch (IOException e) {
                throw new StoreException("cannot create the data directory " + config.dataDir() + ": " + e.getMessage(), e);
            }
        }
        migrate(config, dialect);
        HikariDataSource writerPool = pool(config, dialect, true);
        try {
            return new Store(config, dialect, writerPool, pool(config, dialect, false));
        } catch (RuntimeException e) {
            writerPool.close();
            throw e;
        }
    }

    /** The embedded default: {@code dataDir/mandate.db}. */
    public static Store sqlite(Path dataDir) {
        return open(StoreConfig.sqlite(dataDir));
    }

    /** A PostgreSQL database, for production. */
    public static Store postgres(String jdbcUrl, String user, String password) {
        return open(StoreConfig.postgres(jdbcUrl, user, password));
    }

    private static void migrate(StoreConfig config, Dialect dialect) {
        try {
            // Flyway gets its own short-lived connection: the writer pool has one connection only.
            Flyway.configure()
                    .dataSource(config.jdbcUrl(), config.user(), config.password())
                    .locations(dialect.migrations())
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot open the store at " + config.safeUrl() + ": " + rootMessage(e), e);
        }
    }

    private static HikariDataSource pool(StoreConfig config, Dialect dialect, boolean writer) {
        HikariConfig pool = new HikariConfig();
        pool.setPoolName(writer ? "mandate-store-writer" : "mandate-store-readers");
        pool.setJdbcUrl(config.jdbcUrl());
        pool.setUsername(config.user());
        pool.setPassword(config.password());
        pool.setMaximumPoolSize(writer ? 1 : READERS);
        pool.setMinimumIdle(1);
        pool.setConnectionTimeout(10_000);
        dialect.configure(pool, writer);
        try {
            return new HikariDataSource(pool);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the store at " + config.safeUrl() + ": " + rootMessage(e), e);
        }
    }

    /**
     * Stores the batch in one transaction. Returns once it is durable; throws {@link StoreException} and
     * stores nothing of it if its first sequence number is not the current size or the database refuses any part.
     */
    public void append(Batch batch) {
        boolean unsealing = !batch.unsealed().isEmpty();
        synchronized (appendLock) {
            try {
                writer.useTransaction(h -> write(h, batch));
            } catch (JdbiException | SQLException e) {
                throw new StoreException("the batch at sequence " + batch.firstSeq()
                        + " was refused by the database and nothing of it was stored: " + rootMessage(e), e);
            }
            if (unsealing) {
                try {
                    writer.useHandle(dialect::scrubAfterUnseal);
                } catch (JdbiException e) {
                    // The batch is committed and the rows are deleted; only the physical scrub failed,
                    // and the next unsealing batch scrubs again. Failing the append would lie about it.
                }
            }
        }
    }

    /**
     * The writer's one transaction. Plain JDBC on the transaction's connection rather than Jdbi's statement
     * machinery: with a transaction per command (the baseline the load generator measures) or many small
     * ones, that machinery cost more CPU than the database's own work.
     */
    private static void write(Handle h, Batch batch) throws SQLException {
        Connection c = h.getConnection();
        long size = size(c);
        if (batch.firstSeq() != size) {
            throw new StoreException("the batch starts at sequence " + batch.firstSeq() + " but the log has "
                    + size + " events, so the next sequence is " + size + "; nothing was stored");
        }
        if (!batch.events().isEmpty()) {
            try (PreparedStatement events = c.prepareStatement("INSERT INTO events (seq, record) VALUES (?, ?)")) {
                long seq = batch.firstSeq();
                for (byte[] record : batch.events()) {
                    events.setLong(1, seq++);
                    events.setBytes(2, record);
                    events.addBatch();
                }
                events.executeBatch();
            }
        }
        if (!batch.sealed().isEmpty()) {
            try (PreparedStatement ballots = c.prepareStatement("INSERT INTO sealed_ballots (proposal, voter, ballot) VALUES (?, ?, ?)")) {
                for (Sealed s : batch.sealed()) {
                    ballots.setString(1, s.proposal());
                    ballots.setString(2, s.voter());
                    ballots.setString(3, s.ballotJson());
                    ballots.addBatch();
                }
                ballots.executeBatch();
            }
        }
        for (String proposal : batch.unsealed()) {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM sealed_ballots WHERE proposal = ?")) {
                delete.setString(1, proposal);
                delete.executeUpdate();
            }
        }
        if (batch.checkpoint() != null) {
            try (PreparedStatement checkpoint = c.prepareStatement("INSERT INTO checkpoint (id, note) VALUES (1, ?) "
                    + "ON CONFLICT (id) DO UPDATE SET note = excluded.note")) {
                checkpoint.setString(1, batch.checkpoint());
                checkpoint.executeUpdate();
            }
        }
    }

    /** The number of events stored, which is also the next sequence number. */
    public long size() {
        return query(Store::size);
    }

    private static long size(Handle h) {
        try {
            return size(h.getConnection());
        } catch (SQLException e) {
            throw new StoreException("cannot count the events: " + rootMessage(e), e);
        }
    }

    private static long size(Connection c) throws SQLException {
        try (PreparedStatement count = c.prepareStatement("SELECT COALESCE(MAX(seq) + 1, 0) FROM events");
                ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** One event's record bytes. */
    public byte[] event(long seq) {
        Optional<byte[]> record = query(h -> h.createQuery("SELECT record FROM events WHERE seq = ?")
                .bind(0, seq).mapTo(byte[].class).findOne());
        return record.orElseThrow(() -> new StoreException("no event at sequence " + seq + ": the log has " + size() + " events"));
    }

    /**
     * Streams the events {@code from} (inclusive) to {@code to} (exclusive) in order, from one consistent
     * snapshot, fetching {@value #FETCH_SIZE} rows per round trip. Exceptions thrown by the sink pass through.
     */
    public void read(long from, long to, EventSink sink) {
        if (from < 0 || to < from) {
            throw new StoreException("bad range [" + from + ", " + to + "): need 0 <= from <= to");
        }
        try {
            // A transaction: PostgreSQL streams with a cursor only outside autocommit, and both databases
            // then read one snapshot even while the writer appends.
            reader.useTransaction(h -> {
                long size = size(h);
                if (to > size) {
                    throw new StoreException("cannot read up to sequence " + to + ": the log has " + size + " events");
                }
                h.createQuery("SELECT seq, record FROM events WHERE seq >= ? AND seq < ? ORDER BY seq")
                        .bind(0, from).bind(1, to)
                        .setFetchSize(FETCH_SIZE)
                        .scanResultSet((rows, ctx) -> {
                            ResultSet rs = rows.get();
                            long expected = from;
                            while (rs.next()) {
                                long seq = rs.getLong(1);
                                if (seq != expected) {
                                    throw new StoreException("the log has a hole: sequence " + expected + " is missing");
                                }
                                sink.accept(seq, rs.getBytes(2));
                                expected++;
                            }
                            return null;
                        });
            });
        } catch (JdbiException e) {
            throw new StoreException("cannot read the log at " + where + ": " + rootMessage(e), e);
        }
    }

    /** The sealed ballots of votes still open, proposal → voter → ballot JSON, sorted by proposal and voter. */
    public Map<String, Map<String, String>> sealedBallots() {
        return query(h -> {
            Map<String, Map<String, String>> ballots = new LinkedHashMap<>();
            h.createQuery("SELECT proposal, voter, ballot FROM sealed_ballots ORDER BY proposal, voter")
                    .map((rs, ctx) -> {
                        ballots.computeIfAbsent(rs.getString(1), p -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
                        return null;
                    })
                    .forEach(ignored -> { });
            ballots.replaceAll((p, byVoter) -> Collections.unmodifiableMap(byVoter));
            return Collections.unmodifiableMap(ballots);
        });
    }

    /** The latest signed checkpoint note, if any batch carried one. */
    public Optional<String> checkpoint() {
        return query(h -> h.createQuery("SELECT note FROM checkpoint WHERE id = 1").mapTo(String.class).findOne());
    }

    /**
     * Saves a state snapshot after {@code seq} events, replacing the previous one. Refused if the log has
     * fewer than {@code seq} events: a snapshot can only describe events that are durable.
     */
    public void saveSnapshot(long seq, byte[] rootHash, byte[] data) {
        Snapshot snapshot = new Snapshot(seq, rootHash, data);
        synchronized (appendLock) {
            try {
                writer.useTransaction(h -> {
                    long size = size(h);
                    if (seq > size) {
                        throw new StoreException("cannot save a snapshot at sequence " + seq + ": the log has " + size + " events");
                    }
                    // One snapshot at most: an older one is of no use once a newer one is durable.
                    h.execute("DELETE FROM snapshot");
                    h.createUpdate("INSERT INTO snapshot (seq, root_hash, data) VALUES (?, ?, ?)")
                            .bind(0, snapshot.seq()).bind(1, snapshot.rootHash()).bind(2, snapshot.data()).execute();
                });
            } catch (JdbiException e) {
                throw new StoreException("the snapshot at sequence " + seq + " was not saved: " + rootMessage(e), e);
            }
        }
    }

    /** The latest saved snapshot, if any. */
    public Optional<Snapshot> latestSnapshot() {
        return query(h -> h.createQuery("SELECT seq, root_hash, data FROM snapshot ORDER BY seq DESC")
                .map((rs, ctx) -> new Snapshot(rs.getLong(1), rs.getBytes(2), rs.getBytes(3)))
                .findFirst());
    }

    /** The member directory (accounts, sessions, tokens, reset codes) on this store's connections. */
    public Directory directory() {
        return directory;
    }

    private <R> R query(org.jdbi.v3.core.HandleCallback<R, RuntimeException> callback) {
        try {
            return reader.withHandle(callback);
        } catch (JdbiException e) {
            throw new StoreException("cannot read the store at " + where + ": " + rootMessage(e), e);
        }
    }

    @Override
    public void close() {
        readerPool.close();
        writerPool.close();
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
