-- Replies to participants' invites (iTIP REPLY) read from the reply mailbox: the "agenda-antwoorden"
-- log. One row per message handled; message_key (SHA-256 of the Message-ID) is unique, and the row is
-- written before the reply is acted on, so a message is acted on once (also with two instances).
-- No foreign key to registration: registrations are deleted by retention while this log is kept
-- for its own, shorter time (ontour.replies.log-retention).
CREATE TABLE calendar_reply (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    message_key     VARCHAR(64)   NOT NULL,
    handled_at      DATETIME(6)   NOT NULL,
    outcome         VARCHAR(30)   NOT NULL,
    part_stat       VARCHAR(20)   NULL,
    uid             VARCHAR(200)  NULL,
    reply_sequence  INT           NULL,
    registration_id BIGINT        NULL,
    sender          VARCHAR(254)  NULL,
    detail          VARCHAR(500)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_calendar_reply_message UNIQUE (message_key)
);
CREATE INDEX ix_calendar_reply_registration ON calendar_reply (registration_id);
CREATE INDEX ix_calendar_reply_handled ON calendar_reply (handled_at);
