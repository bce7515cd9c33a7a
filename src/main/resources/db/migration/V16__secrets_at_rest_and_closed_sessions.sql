-- Secrets at rest: mail bodies are stored encrypted (AES-GCM, "v1:" + base64), which makes them
-- about a third longer than the clear text; the text body grows from VARCHAR(8000) to MEDIUMTEXT
-- like the HTML and calendar parts. Rows still in clear are encrypted at start-up.
ALTER TABLE outbox_message MODIFY COLUMN text_body MEDIUMTEXT NOT NULL;

-- Closed sessions (besloten): absent from the public catalogue, API and feeds, reached only through
-- an invitation link. The link is looked up by the SHA-256 of its token; the token itself is kept
-- encrypted with the data key, so organisers and the griffie can show it again. Revoking clears both.
ALTER TABLE training_session ADD COLUMN closed BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE training_session ADD COLUMN invitation_token_hash VARCHAR(64) NULL;
ALTER TABLE training_session ADD COLUMN invitation_token VARCHAR(200) NULL;
ALTER TABLE training_session ADD COLUMN invitation_created_at DATETIME(6) NULL;
ALTER TABLE training_session ADD COLUMN invitation_revoked_at DATETIME(6) NULL;
CREATE UNIQUE INDEX uk_training_session_invitation ON training_session (invitation_token_hash);
