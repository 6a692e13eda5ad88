-- Kinline centre server: who issued each enrolment code (issue #8), so the tablet enrolled
-- with it is recorded as that administrator's decision (a DeviceEnrolled event). Codes made
-- at the command line or by tools have no row here.

CREATE TABLE enrol_code_issuers (
    code_hash TEXT PRIMARY KEY,
    staff     TEXT NOT NULL
);
