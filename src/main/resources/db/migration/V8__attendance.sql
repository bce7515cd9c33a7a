-- Attendance on the day of a session: one row per registration that was checked in, came in as a
-- walk-in or was marked no-show. The registration itself stays as it is (module registration);
-- the primary key on registration_id makes a second check-in of the same person impossible.
CREATE TABLE attendance (
    registration_id     BIGINT       NOT NULL,
    training_session_id BIGINT       NOT NULL,
    checked_in_at       DATETIME(6)  NULL,
    checked_in_by       VARCHAR(254) NULL,
    no_show             BOOLEAN      NOT NULL,
    walk_in             BOOLEAN      NOT NULL,
    recorded_at         DATETIME(6)  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (registration_id),
    CONSTRAINT fk_attendance_registration FOREIGN KEY (registration_id) REFERENCES registration (id),
    CONSTRAINT fk_attendance_session FOREIGN KEY (training_session_id) REFERENCES training_session (id)
);
CREATE INDEX ix_attendance_session ON attendance (training_session_id, checked_in_at);

-- Trainers see counts for their sessions, not names, unless an organiser allows it per session.
CREATE TABLE attendance_trainer_access (
    training_session_id BIGINT       NOT NULL,
    allowed_by          VARCHAR(254) NOT NULL,
    allowed_at          DATETIME(6)  NOT NULL,
    PRIMARY KEY (training_session_id),
    CONSTRAINT fk_attendance_trainer_access_session FOREIGN KEY (training_session_id) REFERENCES training_session (id)
);
