-- Retention that runs by itself, and erasure on request (AVG art. 5(1)(e) and 17).

-- Per tour: days after a session ends before its registrations are anonymised (30-730, checked by the service).
ALTER TABLE tour ADD COLUMN retention_days INT NOT NULL DEFAULT 90;

-- An anonymised registration keeps province, function, status and attendance; person_key is an
-- HMAC of the normalised e-mail address (server-side key), so the reach figures still count a
-- person once, without the address.
ALTER TABLE registration ADD COLUMN anonymised_at DATETIME(6) NULL;
ALTER TABLE registration ADD COLUMN person_key VARCHAR(64) NULL;
CREATE INDEX ix_registration_email ON registration (email);
CREATE INDEX ix_registration_created ON registration (status, created_at);

-- A sent mail's body is purged after a week; its metadata stays for the mail log.
ALTER TABLE outbox_message ADD COLUMN purged_at DATETIME(6) NULL;
CREATE INDEX ix_outbox_status_created ON outbox_message (status, created_at);
CREATE INDEX ix_outbox_recipient ON outbox_message (recipient);

-- The key of the person keys when none is configured (ontour.privacy.person-key-secret): made once.
CREATE TABLE privacy_secret (
    name       VARCHAR(40)  NOT NULL,
    secret     VARCHAR(128) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (name)
);

-- Each run of the retention job: when, started how, and what each rule removed (counts only).
CREATE TABLE retention_run (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    started_at  DATETIME(6) NOT NULL,
    finished_at DATETIME(6) NOT NULL,
    trigger_kind VARCHAR(20) NOT NULL,
    failed_steps INT        NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_retention_run_started ON retention_run (started_at);

CREATE TABLE retention_run_count (
    retention_run_id BIGINT      NOT NULL,
    rule_name        VARCHAR(40) NOT NULL,
    removed          INT         NOT NULL,
    PRIMARY KEY (retention_run_id, rule_name),
    CONSTRAINT fk_retention_run_count_run FOREIGN KEY (retention_run_id) REFERENCES retention_run (id)
);

-- Each erasure (art. 17): who asked through which channel, when, and counts. The address only as
-- its person key, so the log proves the erasure without keeping what was erased.
CREATE TABLE erasure_log (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    erased_at      DATETIME(6)  NOT NULL,
    channel        VARCHAR(20)  NOT NULL,
    requested_by   VARCHAR(254) NULL,
    person_key     VARCHAR(64)  NOT NULL,
    registrations  INT          NOT NULL,
    cancelled      INT          NOT NULL,
    mails          INT          NOT NULL,
    invites        INT          NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_erasure_log_erased ON erasure_log (erased_at);
