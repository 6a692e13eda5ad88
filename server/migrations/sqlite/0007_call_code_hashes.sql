-- Kinline centre server: join codes are kept only as SHA-256 hashes (issue #18: a database
-- dump lets nobody into a call). A booking's code is derived from the server's key when staff
-- or the tablet ask for it; this table finds the booking a presented code belongs to. Codes
-- stored in clear before (call_codes) are moved here, hashed, when the server starts.

CREATE TABLE call_code_hashes (
    code_hash  TEXT PRIMARY KEY,
    booking    TEXT NOT NULL,
    created_ms INTEGER NOT NULL
);
