-- The griffie workspace: every export of an attendee list is logged (who, which session, which
-- format, how many rows, when) for the organisers' audit view; the last visit of each user to the
-- griffie home, for "what changed since your last visit". The session title is a snapshot, so the
-- log still reads right after the session is renamed.
CREATE TABLE export_log (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    account_email       VARCHAR(254) NOT NULL,
    training_session_id BIGINT       NOT NULL,
    session_title       VARCHAR(200) NOT NULL,
    export_format       VARCHAR(10)  NOT NULL,
    row_count           INT          NOT NULL,
    exported_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_export_log_exported_at ON export_log (exported_at);
CREATE INDEX ix_export_log_session ON export_log (training_session_id);

CREATE TABLE griffie_visit (
    account_email VARCHAR(254) NOT NULL,
    last_visit_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (account_email)
);

-- The griffie home asks for the registrations of one province's people, newest change first.
CREATE INDEX ix_registration_province_changed ON registration (province_code, status_changed_at);
