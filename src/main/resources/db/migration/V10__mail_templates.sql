-- Organisers' own texts per type of e-mail and language; without a row the default text (in the
-- translation bundles) is used. Templates are logic-less Mustache, validated when saved.
CREATE TABLE mail_template (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    message_type VARCHAR(40)   NOT NULL,
    language     VARCHAR(2)    NOT NULL,
    subject      VARCHAR(200)  NOT NULL,
    body         VARCHAR(6000) NOT NULL,
    updated_by   VARCHAR(254)  NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_mail_template UNIQUE (message_type, language)
);
