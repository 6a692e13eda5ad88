-- Kinline centre server, SQLite: the outbox of the caller's messages (issue #16). A row is
-- written in the same transaction as the event that causes it (a booking, a cancellation, a
-- displacement by a legal call), one per event, notice and channel, and sent once by the
-- dispatcher: claimed under a lease (lease_until_ms, lease_token), marked sent, or retried
-- at next_ms, or kept as failed for staff to see. No name, address or text is stored here:
-- what a message says is decided when it is sent, from the booking and its contact.

CREATE TABLE outbox (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id       TEXT NOT NULL,
    booking        TEXT NOT NULL,
    notice         TEXT NOT NULL,
    channel        TEXT NOT NULL,
    state          TEXT NOT NULL DEFAULT 'pending',
    attempts       INTEGER NOT NULL DEFAULT 0,
    next_ms        INTEGER NOT NULL,
    lease_until_ms INTEGER NOT NULL DEFAULT 0,
    lease_token    TEXT,
    last_error     TEXT,
    done_ms        INTEGER,
    UNIQUE (event_id, notice, channel)
);

CREATE INDEX outbox_due ON outbox (state, next_ms);
CREATE INDEX outbox_booking ON outbox (booking);
