-- Kinline centre server: the staff number the administrator issues (issue #16 item 4), which
-- staff sign in with on tablets and which every screen shows instead of an id. Unique; NULL
-- only for an account that has none yet.
--
-- Backfill: until now a tablet signed staff in by the first 8 characters of their id, so
-- every existing account keeps exactly that as its number (uppercased) and nobody is locked
-- out. Ids sharing those 8 characters (made within the same minute) could never sign in by
-- them; they get 12 (the id's time to the millisecond), and any still shared keep no number
-- until the administrator issues one (they sign in by id meanwhile, as before).

ALTER TABLE staff ADD COLUMN number TEXT;

UPDATE staff SET number = upper(substr(id, 1, 8))
 WHERE (SELECT count(*) FROM staff AS o WHERE substr(o.id, 1, 8) = substr(staff.id, 1, 8)) = 1;

UPDATE staff SET number = upper(substr(id, 1, 8) || substr(id, 10, 4))
 WHERE number IS NULL
   AND (SELECT count(*) FROM staff AS o
         WHERE substr(o.id, 1, 8) || substr(o.id, 10, 4)
             = substr(staff.id, 1, 8) || substr(staff.id, 10, 4)) = 1;

CREATE UNIQUE INDEX staff_number ON staff (number);
