-- Kinline centre server, SQLite schema v1. Never edit once shipped: add a new file.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Enrolled tablets and desktops, with where their event log stands on this server.
CREATE TABLE devices (
    id          TEXT PRIMARY KEY,
    public_key  BLOB NOT NULL,
    revoked     INTEGER NOT NULL DEFAULT 0,
    high        INTEGER NOT NULL DEFAULT 0,
    last_hash   TEXT NOT NULL,
    enrolled_ms INTEGER NOT NULL
);

-- One-time enrolment codes, stored hashed.
CREATE TABLE enrol_codes (
    code_hash  TEXT PRIMARY KEY,
    expires_ms INTEGER NOT NULL,
    used       INTEGER NOT NULL DEFAULT 0
);

-- Nonces of signed requests seen inside the allowed clock window: a replay is refused.
CREATE TABLE nonces (
    device  TEXT NOT NULL,
    nonce   TEXT NOT NULL,
    seen_ms INTEGER NOT NULL,
    PRIMARY KEY (device, nonce)
);
CREATE INDEX nonces_seen ON nonces (seen_ms);

-- Every device's log, gap-free per device. status: stored | refused | duplicate.
-- Only 'stored' rows are events of the centre; an event id is stored once.
CREATE TABLE log (
    seq         INTEGER PRIMARY KEY,
    device      TEXT NOT NULL,
    idx         INTEGER NOT NULL,
    event_id    TEXT NOT NULL,
    status      TEXT NOT NULL,
    refusal     TEXT,
    chain_hash  TEXT NOT NULL,
    kind        TEXT NOT NULL,
    recorded_ms INTEGER NOT NULL,
    received_ms INTEGER NOT NULL,
    event       TEXT NOT NULL,
    UNIQUE (device, idx)
);
CREATE UNIQUE INDEX log_stored_event ON log (event_id) WHERE status = 'stored';

CREATE TABLE staff (
    id          TEXT PRIMARY KEY,
    role        TEXT NOT NULL,
    secret_hash TEXT NOT NULL,
    active      INTEGER NOT NULL
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    staff      TEXT NOT NULL,
    role       TEXT NOT NULL,
    expires_ms INTEGER NOT NULL
);

-- Reference data for tablets (roster, compact texts, staff credentials, device settings);
-- seq is bumped on every change, so a tablet pulls what changed since its cursor.
CREATE TABLE reference (
    key  TEXT PRIMARY KEY,
    seq  INTEGER NOT NULL UNIQUE,
    item TEXT NOT NULL
);
