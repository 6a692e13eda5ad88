-- The caller of each booking this tablet knows of (issue #16 items 1 and 5). Never an event:
-- events are kept for ever, a caller's name and addresses only until the slot is over plus a
-- grace period. `contact` holds the whole contact (addresses included) as JSON only until the
-- centre server has it; then only the label (name, relationship) stays, for the call screen.
-- Rows are erased at `erase_at`, or when the server's erased label arrives; the store runs with
-- `secure_delete`, so erased text is overwritten, not just unlinked.
CREATE TABLE caller_contacts (
    booking      TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    relationship TEXT NOT NULL,
    contact      TEXT,
    erase_at     TEXT NOT NULL
) STRICT;
