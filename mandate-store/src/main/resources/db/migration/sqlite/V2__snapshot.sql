-- The latest state snapshot (one row: a newer one replaces it); checked against the record's root before use.
CREATE TABLE snapshot (
    seq       INTEGER PRIMARY KEY CHECK (seq >= 0),
    root_hash BLOB    NOT NULL,
    data      BLOB    NOT NULL
);
