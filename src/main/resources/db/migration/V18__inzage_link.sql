-- Short-lived inzage links (AVG art. 15) mailed to the address of a registration whose manage link
-- shows the status only (ended, or its session over). Only the SHA-256 of the token is kept; the
-- rows also count the requests (at most a few per registration per hour).
CREATE TABLE inzage_link (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    registration_id BIGINT      NOT NULL,
    token_hash      VARCHAR(64) NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    expires_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_inzage_link_registration FOREIGN KEY (registration_id) REFERENCES registration (id) ON DELETE CASCADE,
    CONSTRAINT uk_inzage_link_token UNIQUE (token_hash)
);
CREATE INDEX ix_inzage_link_registration ON inzage_link (registration_id, created_at);
