/**
 * Durable storage for a Mandate server: the public log's canonical event bytes, the sealed ballots of
 * open secret votes, and the latest signed checkpoint, on SQLite (the embedded default, one file
 * {@code mandate.db} in the data directory, WAL, synchronous=FULL) or PostgreSQL (production), with the
 * same behaviour and the same test suite.
 *
 * <p><b>Bytes-level.</b> The store depends on no other Mandate module: it keeps events as the exact bytes
 * the record module hashes into the Merkle tree, so what is read back hashes to the same root, and the
 * store never needs to change when the domain's events do. The server decodes and hands them on.
 *
 * <p><b>Schema</b> (Flyway migrations in {@code db/migration/sqlite} and {@code db/migration/postgresql}, kept in step):
 * <ul>
 *   <li>{@code events(seq PK, record bytes)}: the log, seq 0, 1, 2, ... without holes;</li>
 *   <li>{@code sealed_ballots(proposal, voter, ballot; PK proposal, voter)}: beside the log, because the log
 *       keeps only the record form of a sealed vote (who voted, not how); deleted by the batch that unseals
 *       the proposal, so no voter→ballot link survives the close;</li>
 *   <li>{@code checkpoint(id = 1, note)}: the latest signed checkpoint, replaced;</li>
 *   <li>{@code snapshot(seq, root_hash, data)}: at most one saved state, replaced, which the server checks
 *       against the record's root before trusting it;</li>
 *   <li>the member directory ({@link org.mandate.store.Directory}, V3): {@code accounts}, {@code operators},
 *       {@code sessions}, {@code api_tokens}, {@code login_attempts}, {@code reset_codes}; names, contacts and
 *       credentials, which never enter the log; tokens and codes only as their SHA-256; V4 adds each member's
 *       last and previous login times.</li>
 * </ul>
 *
 * <p><b>One transaction per batch</b> ({@link org.mandate.store.Batch}): events, ballots added, ballots
 * deleted and checkpoint commit together, one fsync, so a command is acknowledged only once all its
 * effects are durable, and a crash leaves either the whole batch or none of it.
 */
package org.mandate.store;
