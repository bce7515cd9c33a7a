-- Who a mail comes from (the tour's name and mailbox) and, only for mail one can stop (the griffie
-- digest), the one-click unsubscribe address for the List-Unsubscribe header (RFC 8058).
ALTER TABLE outbox_message ADD COLUMN sender VARCHAR(320) NULL;
ALTER TABLE outbox_message ADD COLUMN list_unsubscribe VARCHAR(500) NULL;
