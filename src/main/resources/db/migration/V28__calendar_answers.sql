-- What participants and trainers answered to their calendar invites (iTIP REPLY, read by module replies).

-- A participant's answer is a fact of the registration (the attendee list and the check-in page show
-- it): ACCEPTED, TENTATIVE or DECLINED, and when. Cleared when a new invite asks again (a new seat,
-- an updated invite after the session moved).
ALTER TABLE registration ADD COLUMN calendar_answer VARCHAR(20) NULL;
ALTER TABLE registration ADD COLUMN calendar_answered_at DATETIME(6) NULL;

-- A trainer's invite as it was last sent (module calendar): its SEQUENCE, so a reply can be checked
-- against it, whether the trainer's calendar holds it (REQUEST) or not (CANCEL), and the answer the
-- trainer gave to that version. One row per trainer and session.
CREATE TABLE calendar_trainer_invite (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    trainer_id          BIGINT        NOT NULL,
    training_session_id BIGINT        NOT NULL,
    sequence_no         INT           NOT NULL,
    in_calendar         BOOLEAN       NOT NULL,
    sent_at             DATETIME(6)   NOT NULL,
    answer              VARCHAR(20)   NULL,
    answered_at         DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_calendar_trainer_invite UNIQUE (trainer_id, training_session_id),
    CONSTRAINT fk_calendar_trainer_invite_trainer FOREIGN KEY (trainer_id) REFERENCES trainer (id),
    CONSTRAINT fk_calendar_trainer_invite_session FOREIGN KEY (training_session_id) REFERENCES training_session (id)
);
CREATE INDEX ix_calendar_trainer_invite_session ON calendar_trainer_invite (training_session_id);

-- The reply log names the trainer a trainer's reply came from (registration_id stays empty then).
ALTER TABLE calendar_reply ADD COLUMN trainer_id BIGINT NULL;
CREATE INDEX ix_calendar_reply_sender ON calendar_reply (sender);
