-- One reader of the reply mailbox at a time, over all application instances: the instance whose
-- lease runs reads it, the others skip that turn. (Each reply is also claimed by its Message-ID in
-- calendar_reply, so even two readers at once act on it once; the lease keeps them from racing over
-- the same messages on the IMAP server.)
CREATE TABLE reply_mailbox_lease (
    name         VARCHAR(40)  NOT NULL,
    holder       VARCHAR(100) NULL,
    leased_until DATETIME(6)  NOT NULL,
    PRIMARY KEY (name)
);
INSERT INTO reply_mailbox_lease (name, holder, leased_until) VALUES ('reply-mailbox', NULL, '1970-01-01 00:00:00');
