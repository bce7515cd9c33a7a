-- Planning: capital coordinates (for the "far apart on one day" rule), the change history of
-- sessions, and personal API tokens for the organiser REST API.
ALTER TABLE province ADD COLUMN latitude DECIMAL(9, 6) NULL;
ALTER TABLE province ADD COLUMN longitude DECIMAL(9, 6) NULL;
UPDATE province SET latitude = 53.219400, longitude = 6.566500 WHERE code = 'GR';
UPDATE province SET latitude = 53.201200, longitude = 5.799900 WHERE code = 'FR';
UPDATE province SET latitude = 52.992800, longitude = 6.564200 WHERE code = 'DR';
UPDATE province SET latitude = 52.516800, longitude = 6.083000 WHERE code = 'OV';
UPDATE province SET latitude = 52.518500, longitude = 5.471400 WHERE code = 'FL';
UPDATE province SET latitude = 51.985100, longitude = 5.898700 WHERE code = 'GE';
UPDATE province SET latitude = 52.090700, longitude = 5.121400 WHERE code = 'UT';
UPDATE province SET latitude = 52.387400, longitude = 4.646200 WHERE code = 'NH';
UPDATE province SET latitude = 52.070500, longitude = 4.300700 WHERE code = 'ZH';
UPDATE province SET latitude = 51.498800, longitude = 3.610900 WHERE code = 'ZE';
UPDATE province SET latitude = 51.697800, longitude = 5.303700 WHERE code = 'NB';
UPDATE province SET latitude = 50.851400, longitude = 5.690900 WHERE code = 'LI';

CREATE TABLE session_change (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    training_session_id BIGINT        NOT NULL,
    changed_at          DATETIME(6)   NOT NULL,
    changed_by          VARCHAR(254)  NOT NULL,
    kind                VARCHAR(40)   NOT NULL,
    details             VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_session_change_session FOREIGN KEY (training_session_id) REFERENCES training_session (id)
);
CREATE INDEX ix_session_change_session ON session_change (training_session_id, changed_at);

CREATE TABLE api_token (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    user_account_id BIGINT       NOT NULL,
    name            VARCHAR(80)  NOT NULL,
    token_hash      VARCHAR(64)  NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    last_used_at    DATETIME(6)  NULL,
    revoked         BOOLEAN      NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_account FOREIGN KEY (user_account_id) REFERENCES user_account (id)
);
