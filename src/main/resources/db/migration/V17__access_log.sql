-- The access log: every time staff see personal data of participants (an attendee list opened, a
-- check-in sheet opened, a list exported, one participant's details opened, the attendee list read
-- over the API) one row says who, when, which session, and how many people were on it. Organisers
-- read it; a participant sees the rows that concern them in their inzage (AVG art. 15).
--
-- account_*: a snapshot of the staff account (no foreign key: the log outlives renames and
-- deactivations). scope: the province codes a griffie user could see at that moment (comma
-- separated); NULL means every province (an organiser, a trainer at its own session). The session
-- title is a snapshot too, so the log still reads right after a rename or a deletion.
CREATE TABLE access_log (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    accessed_at         DATETIME(6)  NOT NULL,
    account_id          BIGINT       NULL,
    account_email       VARCHAR(254) NOT NULL,
    account_name        VARCHAR(120) NULL,
    account_role        VARCHAR(20)  NOT NULL,
    scope               VARCHAR(200) NULL,
    access_action       VARCHAR(30)  NOT NULL,
    training_session_id BIGINT       NULL,
    session_title       VARCHAR(200) NULL,
    registration_id     BIGINT       NULL,
    row_count           INT          NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_access_log_accessed_at ON access_log (accessed_at);
CREATE INDEX ix_access_log_session ON access_log (training_session_id, accessed_at);
CREATE INDEX ix_access_log_registration ON access_log (registration_id);
CREATE INDEX ix_access_log_account ON access_log (account_email, accessed_at);

-- One place: the export log of V7 moves into the access log. Its rows knew no province scope, so
-- they count as seen by every province (an inzage rather shows one export too many than one too few).
INSERT INTO access_log (accessed_at, account_id, account_email, account_name, account_role, scope, access_action,
                        training_session_id, session_title, registration_id, row_count)
SELECT e.exported_at, u.id, e.account_email, u.display_name, COALESCE(u.role, 'UNKNOWN'), NULL,
       CONCAT('EXPORT_', e.export_format), e.training_session_id, e.session_title, NULL, e.row_count
FROM export_log e LEFT JOIN user_account u ON u.email = e.account_email
ORDER BY e.id;

DROP TABLE export_log;
