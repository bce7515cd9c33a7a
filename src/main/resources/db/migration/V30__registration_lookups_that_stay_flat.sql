-- Two lookups that read every registration of a session, measured in the registration burst
-- benchmark (MariaDB's slow log with min_examined_row_limit): ~800 rows examined per statement at
-- 1,500 registrations, growing with the session.
--
-- 1. "Your place on the waitlist" counts those ahead: with (session, status, position) the count
--    reads only the index entries ahead of the position, never a row.
CREATE INDEX ix_registration_session_status_position ON registration (training_session_id, status, waitlist_position);

-- 2. "Already registered for this session?" compared upper(email) = upper(?), which no index can
--    answer. Addresses are stored in lower case (ParticipantDetailsCheck, BulkList) and now compared
--    as stored, through ix_registration_session_email; this makes sure no older row differs.
UPDATE registration SET email = LOWER(email);
