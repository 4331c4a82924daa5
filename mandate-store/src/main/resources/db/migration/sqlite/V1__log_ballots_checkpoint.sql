-- The public log: each event's canonical record bytes, exactly as the record module hashes them.
-- INTEGER PRIMARY KEY makes seq the rowid: events are stored in sequence order and read by range.
CREATE TABLE events (
    seq    INTEGER PRIMARY KEY CHECK (seq >= 0),
    record BLOB    NOT NULL
);

-- Sealed ballots of votes still open: the only voter-to-ballot link, deleted when the vote closes.
CREATE TABLE sealed_ballots (
    proposal TEXT NOT NULL,
    voter    TEXT NOT NULL,
    ballot   TEXT NOT NULL,
    PRIMARY KEY (proposal, voter)
);

-- The latest signed checkpoint note: one row at most.
CREATE TABLE checkpoint (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    note TEXT    NOT NULL
);
