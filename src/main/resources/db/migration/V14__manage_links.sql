-- Further personal manage links per registration (only their SHA-256). The first link stays in
-- registration.manage_token_hash; a repeated request adds one here instead of replacing it.
CREATE TABLE registration_manage_link (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    registration_id BIGINT      NOT NULL,
    token_hash      VARCHAR(64) NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    revoked_at      DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_manage_link_registration FOREIGN KEY (registration_id) REFERENCES registration (id) ON DELETE CASCADE,
    CONSTRAINT uk_manage_link_token UNIQUE (token_hash)
);
CREATE INDEX ix_manage_link_registration ON registration_manage_link (registration_id, revoked_at);
