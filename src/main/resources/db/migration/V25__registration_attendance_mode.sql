-- For a hybrid session: whether the participant comes to the room or joins online (null otherwise).
ALTER TABLE registration ADD COLUMN attendance_mode VARCHAR(20) NULL;
