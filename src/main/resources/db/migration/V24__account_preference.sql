-- A staff member's choices that should follow them to another browser or device (e.g. the
-- columns shown in the attendee list). One row per account and name; the value is short text.
CREATE TABLE account_preference (
    user_account_id BIGINT        NOT NULL,
    name            VARCHAR(80)   NOT NULL,
    pref_value      VARCHAR(1000) NOT NULL,
    changed_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (user_account_id, name),
    CONSTRAINT fk_account_preference_account FOREIGN KEY (user_account_id) REFERENCES user_account (id)
        ON DELETE CASCADE
);
