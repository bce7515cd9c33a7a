-- Registrations of participants (no account): double opt-in, seats and waitlist.
-- Seats are allocated under a row lock on seat_ledger, never in application memory, so that
-- several application instances on one database cannot overbook a session.
CREATE TABLE seat_ledger (
    training_session_id BIGINT NOT NULL,
    capacity            INT    NOT NULL,
    taken               INT    NOT NULL,
    waitlist_sequence   BIGINT NOT NULL,
    PRIMARY KEY (training_session_id),
    CONSTRAINT fk_seat_ledger_session FOREIGN KEY (training_session_id) REFERENCES training_session (id)
);

CREATE TABLE registration (
    id                       BIGINT        NOT NULL AUTO_INCREMENT,
    training_session_id      BIGINT        NOT NULL,
    full_name                VARCHAR(120)  NOT NULL,
    email                    VARCHAR(254)  NOT NULL,
    participant_function     VARCHAR(30)   NOT NULL,
    province_code            VARCHAR(2)    NOT NULL,
    fractie                  VARCHAR(80)   NULL,
    accessibility_needs      VARCHAR(1000) NULL,
    dietary_needs            VARCHAR(500)  NULL,
    remarks                  VARCHAR(1000) NULL,
    language                 VARCHAR(2)    NOT NULL,
    consent_at               DATETIME(6)   NOT NULL,
    status                   VARCHAR(30)   NOT NULL,
    confirmation_token_hash  VARCHAR(64)   NULL,
    manage_token_hash        VARCHAR(64)   NOT NULL,
    created_at               DATETIME(6)   NOT NULL,
    expires_at               DATETIME(6)   NULL,
    confirmed_at             DATETIME(6)   NULL,
    waitlist_position        BIGINT        NULL,
    promoted_at              DATETIME(6)   NULL,
    cancelled_at             DATETIME(6)   NULL,
    status_changed_at        DATETIME(6)   NOT NULL,
    made_by_kind             VARCHAR(20)   NOT NULL,
    made_by_account          VARCHAR(254)  NULL,
    version                  BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_registration_session FOREIGN KEY (training_session_id) REFERENCES training_session (id),
    CONSTRAINT uk_registration_confirmation UNIQUE (confirmation_token_hash),
    CONSTRAINT uk_registration_manage UNIQUE (manage_token_hash)
);
CREATE INDEX ix_registration_session_status ON registration (training_session_id, status);
CREATE INDEX ix_registration_session_email ON registration (training_session_id, email);
CREATE INDEX ix_registration_waitlist ON registration (training_session_id, waitlist_position);
