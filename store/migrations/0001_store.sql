-- The tablet store, first version. Shipped: never edit this file; add 0002_….sql instead.
-- The whole file is encrypted by SQLCipher; names and free text never leave it in plain text.

-- This tablet: its id, its signing key (a local key until enrolment replaces it), the head of
-- its event chain, its hybrid-logical-clock state and the pull cursor. Exactly one row.
CREATE TABLE device (
    singleton      INTEGER PRIMARY KEY CHECK (singleton = 1),
    device_id      TEXT    NOT NULL,
    signing_key    BLOB    NOT NULL CHECK (length(signing_key) = 32),
    head_index     INTEGER NOT NULL DEFAULT 0 CHECK (head_index >= 0),
    head_hash      TEXT    NOT NULL,
    clock_wall_ms  INTEGER,
    clock_counter  INTEGER NOT NULL DEFAULT 0,
    pull_cursor    INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT    NOT NULL
) STRICT;

-- Every event this store holds: this tablet's own (with their log position, chain hash and
-- signature) and other devices' events pulled from the server (without). Append-only: rows
-- are only ever deleted by the retention rule, and never while in the outbox or parked.
CREATE TABLE events (
    seq           INTEGER PRIMARY KEY,
    id            TEXT    NOT NULL UNIQUE,
    device        TEXT    NOT NULL,
    wall_ms       INTEGER NOT NULL,
    counter       INTEGER NOT NULL,
    stamp_device  TEXT    NOT NULL,
    kind          TEXT    NOT NULL,
    event         TEXT    NOT NULL,
    log_index     INTEGER CHECK (log_index IS NULL OR log_index >= 1),
    prev_hash     TEXT,
    hash          TEXT,
    signature     TEXT,
    observed      INTEGER NOT NULL DEFAULT 1,
    stored_at     TEXT    NOT NULL,
    acked_at      TEXT,
    CHECK ((log_index IS NULL) = (prev_hash IS NULL)),
    CHECK ((log_index IS NULL) = (signature IS NULL))
) STRICT;
CREATE UNIQUE INDEX events_device_log ON events (device, log_index) WHERE log_index IS NOT NULL;
CREATE INDEX events_order ON events (wall_ms, counter, stamp_device, id);

-- This tablet's events the server has not acknowledged yet, in log order.
CREATE TABLE outbox (
    log_index  INTEGER PRIMARY KEY,
    event_id   TEXT    NOT NULL UNIQUE REFERENCES events (id)
) STRICT;

-- Events the server refused, with its reason: shown to staff, never silently dropped.
CREATE TABLE parked (
    event_id   TEXT PRIMARY KEY REFERENCES events (id),
    refusal    TEXT NOT NULL,
    parked_at  TEXT NOT NULL
) STRICT;

-- The centre as folded from the events the retention rule removed (none at first).
CREATE TABLE centre_snapshot (
    singleton  INTEGER PRIMARY KEY CHECK (singleton = 1),
    centre     TEXT NOT NULL,
    taken_at   TEXT NOT NULL
) STRICT;

-- Reference data from the server, each kind with the cursor it came with.
CREATE TABLE reference_data (
    kind        TEXT    PRIMARY KEY,
    cursor      INTEGER NOT NULL,
    payload     TEXT    NOT NULL,
    stored_at   TEXT    NOT NULL
) STRICT;

-- Projections kept in SQL for screens and reports; the in-memory fold stays the rules' source
-- of truth. Both are written in the same transaction as the events that change them.
CREATE TABLE call_log (
    booking   TEXT PRIMARY KEY,
    date      TEXT NOT NULL,
    log       TEXT NOT NULL
) STRICT;
CREATE INDEX call_log_date ON call_log (date);

CREATE TABLE detainee_access (
    detainee         TEXT    PRIMARY KEY,
    compact_signed   TEXT,
    suspended        INTEGER NOT NULL,
    control_measures INTEGER NOT NULL,
    updated_at       TEXT    NOT NULL
) STRICT;
