-- Kinline centre server, PostgreSQL schema v1. Never edit once shipped: add a new file.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Enrolled tablets and desktops, with where their event log stands on this server.
CREATE TABLE devices (
    id          TEXT PRIMARY KEY,
    public_key  BYTEA NOT NULL,
    revoked     BOOLEAN NOT NULL DEFAULT FALSE,
    high        BIGINT NOT NULL DEFAULT 0,
    last_hash   TEXT NOT NULL,
    enrolled_ms BIGINT NOT NULL
);

-- One-time enrolment codes, stored hashed.
CREATE TABLE enrol_codes (
    code_hash  TEXT PRIMARY KEY,
    expires_ms BIGINT NOT NULL,
    used       BOOLEAN NOT NULL DEFAULT FALSE
);

-- Nonces of signed requests seen inside the allowed clock window: a replay is refused.
CREATE TABLE nonces (
    device  TEXT NOT NULL,
    nonce   TEXT NOT NULL,
    seen_ms BIGINT NOT NULL,
    PRIMARY KEY (device, nonce)
);
CREATE INDEX nonces_seen ON nonces (seen_ms);

-- Every device's log, gap-free per device. status: stored | refused | duplicate.
-- Only 'stored' rows are events of the centre; an event id is stored once.
CREATE TABLE log (
    seq         BIGINT PRIMARY KEY,
    device      TEXT NOT NULL,
    idx         BIGINT NOT NULL,
    event_id    TEXT NOT NULL,
    status      TEXT NOT NULL,
    refusal     TEXT,
    chain_hash  TEXT NOT NULL,
    kind        TEXT NOT NULL,
    recorded_ms BIGINT NOT NULL,
    received_ms BIGINT NOT NULL,
    event       TEXT NOT NULL,
    UNIQUE (device, idx)
);
CREATE UNIQUE INDEX log_stored_event ON log (event_id) WHERE status = 'stored';

CREATE TABLE staff (
    id          TEXT PRIMARY KEY,
    role        TEXT NOT NULL,
    secret_hash TEXT NOT NULL,
    active      BOOLEAN NOT NULL
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    staff      TEXT NOT NULL,
    role       TEXT NOT NULL,
    expires_ms BIGINT NOT NULL
);

-- Reference data for tablets; seq is bumped on every change.
CREATE TABLE reference (
    key  TEXT PRIMARY KEY,
    seq  BIGINT NOT NULL UNIQUE,
    item TEXT NOT NULL
);
