-- Sign-in matches an account by its e-mail address byte for byte: the application stores and looks
-- up the normalised form (shared.EmailAddresses), and the column compares binary, so that MySQL's
-- utf8mb4_0900_ai_ci or MariaDB's utf8mb4_general_ci can no longer find 'grıffıe@..' (dotless i)
-- or 'griffié@..' for 'griffie@..'. V13_1 (Java) normalises the rows that exist.
-- COLLATE after NOT NULL: the one order that MySQL, MariaDB and H2 (MySQL mode) all accept.
ALTER TABLE user_account MODIFY email VARCHAR(254) NOT NULL COLLATE utf8mb4_bin;

-- One-time password-reset links ("wachtwoord vergeten"): only the SHA-256 of the token is kept.
CREATE TABLE password_reset_token (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    user_account_id BIGINT      NOT NULL,
    token_hash      VARCHAR(64) NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    expires_at      DATETIME(6) NOT NULL,
    used_at         DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_password_reset_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_password_reset_token_account FOREIGN KEY (user_account_id) REFERENCES user_account (id)
);
CREATE INDEX ix_password_reset_token_account ON password_reset_token (user_account_id);
