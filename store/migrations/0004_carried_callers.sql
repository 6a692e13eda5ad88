-- A rebooking's caller carried over from an earlier booking (issue #16: a technical failure
-- rebooks in one tap). Once the centre server holds a contact, this tablet keeps only its
-- label, so a rebooking made then files the label with `carried_from` naming the earlier
-- booking; the next push asks the server to carry the addresses over, and the column is
-- cleared when the server answers that it holds them.
ALTER TABLE caller_contacts ADD COLUMN carried_from TEXT;
