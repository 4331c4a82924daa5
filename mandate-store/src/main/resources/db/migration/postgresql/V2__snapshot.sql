-- The latest state snapshot (one row: a newer one replaces it); checked against the record's root before use.
CREATE TABLE snapshot (
    seq       BIGINT PRIMARY KEY CHECK (seq >= 0),
    root_hash BYTEA  NOT NULL,
    data      BYTEA  NOT NULL
);
