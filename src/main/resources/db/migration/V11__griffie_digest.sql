-- The daily digest for griffie users: whether they want it, when the last one covered up to, and
-- the hash of the unsubscribe token in the latest digest (each digest carries a fresh one).
CREATE TABLE griffie_digest (
    user_account_id         BIGINT       NOT NULL,
    enabled                 BOOLEAN      NOT NULL,
    covered_until           DATETIME(6)  NULL,
    unsubscribe_token_hash  VARCHAR(64)  NULL,
    version                 BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (user_account_id),
    CONSTRAINT fk_griffie_digest_account FOREIGN KEY (user_account_id) REFERENCES user_account (id)
);
