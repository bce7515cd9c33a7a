-- Every e-mail goes through this outbox: stored in the same transaction as the change that causes
-- it, delivered by the dispatcher with retries. A unique key per message stops duplicates; rows
-- are claimed in the database, so two application instances never send one message twice.
CREATE TABLE outbox_message (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    message_key     VARCHAR(200)  NOT NULL,
    message_type    VARCHAR(40)   NOT NULL,
    language        VARCHAR(2)    NOT NULL,
    recipient       VARCHAR(254)  NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    text_body       VARCHAR(8000) NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at DATETIME(6)   NOT NULL,
    last_error      VARCHAR(1000) NULL,
    claimed_by      VARCHAR(100)  NULL,
    claimed_until   DATETIME(6)   NULL,
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6)   NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_outbox_message_key UNIQUE (message_key)
);
CREATE INDEX ix_outbox_message_due ON outbox_message (status, next_attempt_at);
