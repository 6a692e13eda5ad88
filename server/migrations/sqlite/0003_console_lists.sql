-- Kinline centre server: names for the staff console's lists (issue #8). Staff names and
-- tablet labels are for people reading the console; nothing signs in or syncs by them. A
-- label typed with an enrolment code becomes the label of the tablet enrolled with it.

CREATE TABLE staff_names (
    staff TEXT PRIMARY KEY,
    name  TEXT NOT NULL
);

CREATE TABLE enrol_code_labels (
    code_hash TEXT PRIMARY KEY,
    label     TEXT NOT NULL
);

CREATE TABLE device_labels (
    device TEXT PRIMARY KEY,
    label  TEXT NOT NULL
);
