package org.mandate.store;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The member directory beside the log: accounts (display name, contact, password hash), the operator's
 * account, sessions, API tokens, login attempts and password reset codes. None of it is in the public
 * record: the record names members only by id, and names, contacts and credentials stay here.
 *
 * <p>Obtained from {@link Store#directory()}; shares the store's connection pools (writes on the one
 * writer connection, serialised with the log's appends; reads on the reader connections). Bytes-level and
 * policy-free like the store: it keeps what it is given (hashes of tokens and codes, never the tokens
 * themselves) and its conditional updates are atomic, so a token or code can be consumed only once even
 * by racing requests. The rules (password strength, rate limits, lifetimes) are the server's.
 * Times are kept as milliseconds since the epoch. Thread-safe.
 */
public final class Directory {

    /** A member's account. {@code passwordHash} is an encoded hash (e.g. {@code $argon2id$...}). */
    public record Account(String memberId, String displayName, String contact, String passwordHash, Instant created) {
        public Account {
            Objects.requireNonNull(memberId, "memberId");
            Objects.requireNonNull(displayName, "displayName");
            Objects.requireNonNull(contact, "contact");
            Objects.requireNonNull(passwordHash, "passwordHash");
            Objects.requireNonNull(created, "created");
        }
    }

    /** An account of the server's operator: not a member, in a table of its own. */
    public record OperatorAccount(String name, String passwordHash, Instant created) {
        public OperatorAccount {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(passwordHash, "passwordHash");
            Objects.requireNonNull(created, "created");
        }
    }

    /**
     * A session, keyed by the SHA-256 of its token. Exactly one of {@code memberId} and {@code operator} is
     * non-null. {@code csrfSecret} is the session's current CSRF token, replaced each time one is used.
     */
    public record Session(byte[] tokenHash, String memberId, String operator, Instant created, Instant expires, byte[] csrfSecret) {
        public Session {
            Objects.requireNonNull(tokenHash, "tokenHash");
            if ((memberId == null) == (operator == null)) {
                throw new IllegalArgumentException("a session belongs to exactly one member or one operator");
            }
            Objects.requireNonNull(created, "created");
            Objects.requireNonNull(expires, "expires");
            Objects.requireNonNull(csrfSecret, "csrfSecret");
        }
    }

    /** An API token, keyed by the SHA-256 of the token; {@code revoked} is null while it is valid. */
    public record ApiToken(byte[] tokenHash, String memberId, String label, Instant created, Instant revoked) {
        public ApiToken {
            Objects.requireNonNull(tokenHash, "tokenHash");
            Objects.requireNonNull(memberId, "memberId");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(created, "created");
        }
    }

    /** A one-time password reset code, keyed by its SHA-256; {@code used} is null until it is redeemed. */
    public record ResetCode(byte[] codeHash, String memberId, String issuedBy, Instant issuedAt, Instant expires, Instant used) {
        public ResetCode {
            Objects.requireNonNull(codeHash, "codeHash");
            Objects.requireNonNull(memberId, "memberId");
            Objects.requireNonNull(issuedBy, "issuedBy");
            Objects.requireNonNull(issuedAt, "issuedAt");
            Objects.requireNonNull(expires, "expires");
        }
    }

    private final String where;
    private final Jdbi writer;
    private final Jdbi reader;
    private final Object writeLock;
    /**
     * Tokens found live (not revoked), by hash, so that a script's every request is not a query: a token
     * changes only by being revoked, and revocation goes through {@link #revokeApiToken}, which forgets it.
     * {@code revocations} counts revocations, so a read that raced one is not remembered (see {@link #apiToken}).
     */
    private final ConcurrentHashMap<ByteBuffer, ApiToken> liveTokens = new ConcurrentHashMap<>();
    private final AtomicLong revocations = new AtomicLong();
    /** More live tokens than this and the cache starts afresh: a bound on memory, not a policy. */
    static final int MAX_REMEMBERED_TOKENS = 100_000;

    Directory(String where, Jdbi writer, Jdbi reader, Object writeLock) {
        this.where = where;
        this.writer = writer;
        this.reader = reader;
        this.writeLock = writeLock;
    }

    // ---- accounts

    /** Adds an account; false (and nothing changed) if the member already has one. */
    public boolean createAccount(Account a) {
        return write(h -> h.createUpdate("INSERT INTO accounts (member_id, display_name, contact, password_hash, created) "
                        + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (member_id) DO NOTHING")
                .bind(0, a.memberId()).bind(1, a.displayName()).bind(2, a.contact()).bind(3, a.passwordHash())
                .bind(4, millis(a.created())).execute() == 1);
    }

    public Optional<Account> account(String memberId) {
        return read(h -> h.createQuery("SELECT member_id, display_name, contact, password_hash, created FROM accounts WHERE member_id = ?")
                .bind(0, memberId)
                .map((rs, ctx) -> new Account(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), instant(rs.getLong(5))))
                .findOne());
    }

    /** Replaces a member's password hash; false if there is no such account. */
    public boolean setPasswordHash(String memberId, String passwordHash) {
        return write(h -> h.createUpdate("UPDATE accounts SET password_hash = ? WHERE member_id = ?")
                .bind(0, passwordHash).bind(1, memberId).execute() == 1);
    }

    /**
     * Records a member's successful login at {@code at}: the last login becomes the previous one. Returns the
     * login before this one, or empty for a first login (or no such account).
     */
    public Optional<Instant> recordLogin(String memberId, Instant at) {
        return write(h -> {
            h.createUpdate("UPDATE accounts SET previous_login = last_login, last_login = ? WHERE member_id = ?")
                    .bind(0, millis(at)).bind(1, memberId).execute();
            return previousLogin(h, memberId);
        });
    }

    /** The login before the member's latest one; empty if they have logged in at most once. */
    public Optional<Instant> previousLogin(String memberId) {
        return read(h -> previousLogin(h, memberId));
    }

    private static Optional<Instant> previousLogin(org.jdbi.v3.core.Handle h, String memberId) {
        return h.createQuery("SELECT previous_login FROM accounts WHERE member_id = ? AND previous_login IS NOT NULL")
                .bind(0, memberId).mapTo(Long.class).findOne().map(Directory::instant);
    }

    // ---- operators

    /** Adds an operator account; false if one of that name exists. */
    public boolean createOperator(OperatorAccount o) {
        return write(h -> h.createUpdate("INSERT INTO operators (name, password_hash, created) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING")
                .bind(0, o.name()).bind(1, o.passwordHash()).bind(2, millis(o.created())).execute() == 1);
    }

    public Optional<OperatorAccount> operator(String name) {
        return read(h -> h.createQuery("SELECT name, password_hash, created FROM operators WHERE name = ?")
                .bind(0, name)
                .map((rs, ctx) -> new OperatorAccount(rs.getString(1), rs.getString(2), instant(rs.getLong(3))))
                .findOne());
    }

    // ---- sessions

    public void createSession(Session s) {
        write(h -> h.createUpdate("INSERT INTO sessions (token_hash, member_id, operator, created, expires, csrf_secret) VALUES (?, ?, ?, ?, ?, ?)")
                .bind(0, s.tokenHash()).bind(1, s.memberId()).bind(2, s.operator()).bind(3, millis(s.created()))
                .bind(4, millis(s.expires())).bind(5, s.csrfSecret()).execute());
    }

    /** The session with this token hash, expired or not (the caller judges expiry against its clock). */
    public Optional<Session> session(byte[] tokenHash) {
        return read(h -> h.createQuery("SELECT token_hash, member_id, operator, created, expires, csrf_secret FROM sessions WHERE token_hash = ?")
                .bind(0, tokenHash)
                .map((rs, ctx) -> new Session(rs.getBytes(1), rs.getString(2), rs.getString(3), instant(rs.getLong(4)),
                        instant(rs.getLong(5)), rs.getBytes(6)))
                .findOne());
    }

    /**
     * Replaces the session's CSRF secret with {@code next} only if it is still {@code expected}: atomic, so of
     * two requests presenting the same secret exactly one succeeds. False if the secret had changed or the
     * session is gone.
     */
    public boolean replaceCsrfSecret(byte[] tokenHash, byte[] expected, byte[] next) {
        return write(h -> h.createUpdate("UPDATE sessions SET csrf_secret = ? WHERE token_hash = ? AND csrf_secret = ?")
                .bind(0, next).bind(1, tokenHash).bind(2, expected).execute() == 1);
    }

    public boolean deleteSession(byte[] tokenHash) {
        return write(h -> h.createUpdate("DELETE FROM sessions WHERE token_hash = ?").bind(0, tokenHash).execute() == 1);
    }

    /** Ends all of a member's sessions; returns how many there were. */
    public int deleteSessionsOf(String memberId) {
        return write(h -> h.createUpdate("DELETE FROM sessions WHERE member_id = ?").bind(0, memberId).execute());
    }

    /** Deletes sessions whose expiry is at or before {@code now}; returns how many. */
    public int deleteExpiredSessions(Instant now) {
        return write(h -> h.createUpdate("DELETE FROM sessions WHERE expires <= ?").bind(0, millis(now)).execute());
    }

    // ---- API tokens

    public void createApiToken(ApiToken t) {
        write(h -> h.createUpdate("INSERT INTO api_tokens (token_hash, member_id, label, created, revoked) VALUES (?, ?, ?, ?, ?)")
                .bind(0, t.tokenHash()).bind(1, t.memberId()).bind(2, t.label()).bind(3, millis(t.created()))
                .bind(4, t.revoked() == null ? null : millis(t.revoked())).execute());
    }

    /**
     * The token with this hash. A live token is remembered once read, so the next lookups need no query;
     * this process sees a revocation at once, since it passes through here. Another process writing the
     * same database while the server runs would not be seen until a restart, but none does: the server is
     * the directory's only writer.
     */
    public Optional<ApiToken> apiToken(byte[] tokenHash) {
        ByteBuffer key = ByteBuffer.wrap(tokenHash.clone());
        ApiToken known = liveTokens.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        long before = revocations.get();
        Optional<ApiToken> found = read(h -> h.createQuery("SELECT token_hash, member_id, label, created, revoked FROM api_tokens WHERE token_hash = ?")
                .bind(0, tokenHash).map((rs, ctx) -> apiToken(rs)).findOne());
        if (found.isPresent() && found.get().revoked() == null) {
            synchronized (liveTokens) {
                // A revocation since the read began may have committed before or after it: remember nothing.
                if (revocations.get() == before) {
                    if (liveTokens.size() >= MAX_REMEMBERED_TOKENS) {
                        liveTokens.clear();
                    }
                    liveTokens.put(key, found.get());
                }
            }
        }
        return found;
    }

    /** A member's API tokens, revoked ones included, oldest first. */
    public List<ApiToken> apiTokensOf(String memberId) {
        return read(h -> h.createQuery("SELECT token_hash, member_id, label, created, revoked FROM api_tokens WHERE member_id = ? ORDER BY created, label")
                .bind(0, memberId).map((rs, ctx) -> apiToken(rs)).list());
    }

    private static ApiToken apiToken(java.sql.ResultSet rs) throws java.sql.SQLException {
        long revoked = rs.getLong(5);
        Instant revokedAt = rs.wasNull() ? null : instant(revoked);
        return new ApiToken(rs.getBytes(1), rs.getString(2), rs.getString(3), instant(rs.getLong(4)), revokedAt);
    }

    /** Revokes the member's token; false if it is not theirs or was already revoked. */
    public boolean revokeApiToken(byte[] tokenHash, String memberId, Instant at) {
        boolean revoked = write(h -> h.createUpdate("UPDATE api_tokens SET revoked = ? WHERE token_hash = ? AND member_id = ? AND revoked IS NULL")
                .bind(0, millis(at)).bind(1, tokenHash).bind(2, memberId).execute() == 1);
        synchronized (liveTokens) {
            revocations.incrementAndGet();
            liveTokens.remove(ByteBuffer.wrap(tokenHash));
        }
        return revoked;
    }

    // ---- login attempts

    public void recordLoginAttempt(String memberId, String remoteAddress, Instant at, boolean succeeded) {
        write(h -> h.createUpdate("INSERT INTO login_attempts (member_id, remote_address, at, succeeded) VALUES (?, ?, ?, ?)")
                .bind(0, memberId).bind(1, remoteAddress).bind(2, millis(at)).bind(3, succeeded ? 1 : 0).execute());
    }

    /**
     * Failed logins for this member id at or after {@code since} and after the member's last successful
     * login (a success clears the member's count; it does not clear the address's).
     */
    public int failuresOfMember(String memberId, Instant since) {
        return read(h -> h.createQuery("SELECT COUNT(*) FROM login_attempts WHERE member_id = ? AND succeeded = 0 AND at >= ? "
                        + "AND at > COALESCE((SELECT MAX(at) FROM login_attempts WHERE member_id = ? AND succeeded = 1), -1)")
                .bind(0, memberId).bind(1, millis(since)).bind(2, memberId).mapTo(Integer.class).one());
    }

    /** Failed logins from this remote address, whatever member id they named, at or after {@code since}. */
    public int failuresFromAddress(String remoteAddress, Instant since) {
        return read(h -> h.createQuery("SELECT COUNT(*) FROM login_attempts WHERE remote_address = ? AND succeeded = 0 AND at >= ?")
                .bind(0, remoteAddress).bind(1, millis(since)).mapTo(Integer.class).one());
    }

    /** Forgets attempts older than {@code before}; returns how many. */
    public int pruneLoginAttempts(Instant before) {
        return write(h -> h.createUpdate("DELETE FROM login_attempts WHERE at < ?").bind(0, millis(before)).execute());
    }

    // ---- reset codes

    /** Stores a reset code; the member's earlier unused codes are deleted, so only the newest one works. */
    public void issueResetCode(ResetCode c) {
        write(h -> {
            h.createUpdate("DELETE FROM reset_codes WHERE member_id = ? AND used IS NULL").bind(0, c.memberId()).execute();
            return h.createUpdate("INSERT INTO reset_codes (code_hash, member_id, issued_by, issued_at, expires, used) VALUES (?, ?, ?, ?, ?, ?)")
                    .bind(0, c.codeHash()).bind(1, c.memberId()).bind(2, c.issuedBy()).bind(3, millis(c.issuedAt()))
                    .bind(4, millis(c.expires())).bind(5, c.used() == null ? null : millis(c.used())).execute();
        });
    }

    public Optional<ResetCode> resetCode(byte[] codeHash) {
        return read(h -> h.createQuery("SELECT code_hash, member_id, issued_by, issued_at, expires, used FROM reset_codes WHERE code_hash = ?")
                .bind(0, codeHash)
                .map((rs, ctx) -> {
                    long used = rs.getLong(6);
                    Instant usedAt = rs.wasNull() ? null : instant(used);
                    return new ResetCode(rs.getBytes(1), rs.getString(2), rs.getString(3), instant(rs.getLong(4)), instant(rs.getLong(5)), usedAt);
                })
                .findOne());
    }

    /**
     * In one transaction: marks the member's code used if it is unused and {@code now} is before its expiry,
     * then sets the new password hash and ends all the member's sessions. Returns the code as it was before
     * redemption, or empty (and nothing changed) if the code is unknown, another member's, used or expired.
     */
    public Optional<ResetCode> redeemResetCode(byte[] codeHash, String memberId, Instant now, String newPasswordHash) {
        return write(h -> {
            Optional<ResetCode> code = h.createQuery("SELECT code_hash, member_id, issued_by, issued_at, expires FROM reset_codes "
                            + "WHERE code_hash = ? AND member_id = ? AND used IS NULL AND expires > ?")
                    .bind(0, codeHash).bind(1, memberId).bind(2, millis(now))
                    .map((rs, ctx) -> new ResetCode(rs.getBytes(1), rs.getString(2), rs.getString(3), instant(rs.getLong(4)), instant(rs.getLong(5)), null))
                    .findOne();
            if (code.isEmpty()) {
                return code;
            }
            int marked = h.createUpdate("UPDATE reset_codes SET used = ? WHERE code_hash = ? AND used IS NULL")
                    .bind(0, millis(now)).bind(1, codeHash).execute();
            int changed = h.createUpdate("UPDATE accounts SET password_hash = ? WHERE member_id = ?")
                    .bind(0, newPasswordHash).bind(1, memberId).execute();
            if (marked != 1 || changed != 1) {
                // Cannot happen under the write lock after the check above; throwing rolls everything back.
                throw new StoreException("the reset code for " + memberId + " could not be redeemed consistently; nothing was changed");
            }
            h.createUpdate("DELETE FROM sessions WHERE member_id = ?").bind(0, memberId).execute();
            return code;
        });
    }

    // ---- plumbing

    private <R> R write(HandleCallback<R, RuntimeException> callback) {
        synchronized (writeLock) {
            try {
                return writer.inTransaction(callback);
            } catch (JdbiException e) {
                throw new StoreException("the directory at " + where + " refused a change: " + Store.rootMessage(e), e);
            }
        }
    }

    private <R> R read(HandleCallback<R, RuntimeException> callback) {
        try {
            return reader.withHandle(callback);
        } catch (JdbiException e) {
            throw new StoreException("cannot read the directory at " + where + ": " + Store.rootMessage(e), e);
        }
    }

    private static long millis(Instant t) {
        return t.toEpochMilli();
    }

    private static Instant instant(long millis) {
        return Instant.ofEpochMilli(millis);
    }

}
