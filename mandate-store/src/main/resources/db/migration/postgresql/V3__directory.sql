-- The member directory: accounts, sessions, API tokens, login attempts and reset codes. It lives beside
-- the log and never in it: names, contacts and credentials are not part of the public record.
-- Times are milliseconds since the epoch. Tokens and codes are stored only as their SHA-256.
CREATE TABLE accounts (
    member_id     TEXT    PRIMARY KEY,
    display_name  TEXT    NOT NULL,
    contact       TEXT    NOT NULL,
    password_hash TEXT    NOT NULL,
    created       BIGINT  NOT NULL
);

-- The server's operator(s): a separate table, never a member.
CREATE TABLE operators (
    name          TEXT    PRIMARY KEY,
    password_hash TEXT    NOT NULL,
    created       BIGINT  NOT NULL
);

-- A session belongs to exactly one member or one operator.
CREATE TABLE sessions (
    token_hash  BYTEA   PRIMARY KEY,
    member_id   TEXT,
    operator    TEXT,
    created     BIGINT  NOT NULL,
    expires     BIGINT  NOT NULL,
    csrf_secret BYTEA   NOT NULL,
    CHECK ((member_id IS NULL) <> (operator IS NULL))
);
CREATE INDEX sessions_member ON sessions (member_id);

CREATE TABLE api_tokens (
    token_hash BYTEA   PRIMARY KEY,
    member_id  TEXT    NOT NULL,
    label      TEXT    NOT NULL,
    created    BIGINT  NOT NULL,
    revoked    BIGINT
);
CREATE INDEX api_tokens_member ON api_tokens (member_id);

-- Every login attempt, for rate limiting; member_id is the id typed, which may name no account.
CREATE TABLE login_attempts (
    id             BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id      TEXT    NOT NULL,
    remote_address TEXT    NOT NULL,
    at             BIGINT  NOT NULL,
    succeeded      INTEGER NOT NULL CHECK (succeeded IN (0, 1))
);
CREATE INDEX login_attempts_member ON login_attempts (member_id, at);
CREATE INDEX login_attempts_address ON login_attempts (remote_address, at);

CREATE TABLE reset_codes (
    code_hash BYTEA   PRIMARY KEY,
    member_id TEXT    NOT NULL,
    issued_by TEXT    NOT NULL,
    issued_at BIGINT  NOT NULL,
    expires   BIGINT  NOT NULL,
    used      BIGINT
);
CREATE INDEX reset_codes_member ON reset_codes (member_id);
