-- Kinline centre server: the caller of each booking (issue #16 items 1, 2 and 5) — name,
-- relationship, email, mobile, language — as JSON, beside the events and never in one, so it
-- can be erased: at erase_at_ms (the slot's end plus the grace period) the row is deleted and
-- every tablet is told to erase its copy. `device` is the tablet that sent it (a retry from
-- the same tablet is answered as held; another tablet cannot replace it).

CREATE TABLE caller_contacts (
    booking     TEXT PRIMARY KEY,
    device      TEXT NOT NULL,
    contact     TEXT NOT NULL,
    erase_at_ms INTEGER NOT NULL
);
CREATE INDEX caller_contacts_due ON caller_contacts (erase_at_ms);
