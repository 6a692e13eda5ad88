-- Kinline centre server: which tablet used each enrolment code, so that a tablet asking to
-- enrol again (its answer was lost) is recognised by its own code, and never by another
-- tablet's used one (which would relabel it). Codes used before this migration name none.

ALTER TABLE enrol_codes ADD COLUMN used_by TEXT;
