-- Calendar invites that stay true: one row per participant (registration) and session, with the
-- UID that never changes, the SEQUENCE last sent, and what the participant's calendar now shows
-- (to say in words what changed). pending_since marks an unsent change (debounced updates).
CREATE TABLE calendar_invite (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    registration_id     BIGINT        NOT NULL,
    training_session_id BIGINT        NOT NULL,
    uid                 VARCHAR(200)  NOT NULL,
    sequence_no         INT           NOT NULL,
    last_method         VARCHAR(10)   NOT NULL,
    fingerprint         VARCHAR(64)   NOT NULL,
    sent_starts_at      DATETIME(6)   NOT NULL,
    sent_ends_at        DATETIME(6)   NOT NULL,
    sent_location       VARCHAR(500)  NULL,
    sent_meeting_url    VARCHAR(500)  NULL,
    pending_since       DATETIME(6)   NULL,
    updated_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_calendar_invite_registration UNIQUE (registration_id),
    CONSTRAINT uk_calendar_invite_uid UNIQUE (uid),
    CONSTRAINT fk_calendar_invite_registration FOREIGN KEY (registration_id) REFERENCES registration (id),
    CONSTRAINT fk_calendar_invite_session FOREIGN KEY (training_session_id) REFERENCES training_session (id)
);
CREATE INDEX ix_calendar_invite_session ON calendar_invite (training_session_id);
CREATE INDEX ix_calendar_invite_pending ON calendar_invite (pending_since);

-- Secret, revocable links to private feeds: a participant's own sessions (subject = e-mail) or a
-- griffie's province (subject = province code). Only the SHA-256 of the token is stored.
CREATE TABLE calendar_feed_token (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    token_hash  VARCHAR(64)   NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    subject     VARCHAR(254)  NOT NULL,
    created_by  VARCHAR(254)  NULL,
    created_at  DATETIME(6)   NOT NULL,
    revoked_at  DATETIME(6)   NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_calendar_feed_token_hash UNIQUE (token_hash)
);
CREATE INDEX ix_calendar_feed_token_subject ON calendar_feed_token (kind, subject);

-- Mails may carry an HTML body and a calendar part (RFC 6047): the method and the .ics text.
ALTER TABLE outbox_message ADD COLUMN html_body MEDIUMTEXT NULL;
ALTER TABLE outbox_message ADD COLUMN calendar_method VARCHAR(10) NULL;
ALTER TABLE outbox_message ADD COLUMN calendar_ics MEDIUMTEXT NULL;
