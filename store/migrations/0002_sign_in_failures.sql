-- Wrong PINs typed on this tablet, per member of staff (DSO §16; issue: offline PIN limits).
-- Kept across restarts, so closing the app gives nobody more tries; cleared when the tablet
-- next brings reference data from the centre server (a sync), or by the right PIN.
CREATE TABLE sign_in_failures (
    staff      TEXT    PRIMARY KEY,
    failures   INTEGER NOT NULL CHECK (failures >= 0),
    last_at    TEXT    NOT NULL
) STRICT;
