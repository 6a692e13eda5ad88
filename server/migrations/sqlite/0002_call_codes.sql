-- Kinline centre server, SQLite: the join code of every booked call (issue #5). A code is
-- created when the booking reaches the server and kept, so a caller's link survives a
-- restart. Nothing of the call itself is stored here.

CREATE TABLE call_codes (
    booking    TEXT PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    created_ms INTEGER NOT NULL
);
