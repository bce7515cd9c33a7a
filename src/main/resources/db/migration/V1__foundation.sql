-- Runs unchanged on MySQL 8, MariaDB 10.11 and H2 (MySQL mode). Instants are DATETIME(6) in UTC.

CREATE TABLE province (
    code           VARCHAR(2)   NOT NULL,
    name           VARCHAR(60)  NOT NULL,
    capital        VARCHAR(60)  NOT NULL,
    venue_name     VARCHAR(120) NOT NULL,
    venue_street   VARCHAR(120) NOT NULL,
    venue_postcode VARCHAR(10)  NOT NULL,
    venue_city     VARCHAR(60)  NOT NULL,
    ps_seats       INT          NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (code),
    CONSTRAINT uk_province_name UNIQUE (name)
);

CREATE TABLE user_account (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    email         VARCHAR(254) NOT NULL,
    display_name  VARCHAR(120) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    active        BOOLEAN      NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    last_login_at DATETIME(6)  NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_user_account_email UNIQUE (email)
);

CREATE TABLE user_account_province (
    user_account_id BIGINT     NOT NULL,
    province_code   VARCHAR(2) NOT NULL,
    PRIMARY KEY (user_account_id, province_code),
    CONSTRAINT fk_user_account_province_account FOREIGN KEY (user_account_id) REFERENCES user_account (id),
    CONSTRAINT fk_user_account_province_province FOREIGN KEY (province_code) REFERENCES province (code)
);

CREATE TABLE tour (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    name            VARCHAR(160)  NOT NULL,
    description     VARCHAR(4000) NULL,
    starts_on       DATE          NOT NULL,
    ends_on         DATE          NOT NULL,
    organiser_email VARCHAR(254)  NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
);

CREATE TABLE trainer (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    name         VARCHAR(120) NOT NULL,
    email        VARCHAR(254) NOT NULL,
    organisation VARCHAR(160) NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_trainer_email UNIQUE (email)
);

CREATE TABLE venue (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    province_code       VARCHAR(2)    NOT NULL,
    name                VARCHAR(160)  NOT NULL,
    street              VARCHAR(120)  NOT NULL,
    postcode            VARCHAR(10)   NOT NULL,
    city                VARCHAR(60)   NOT NULL,
    room                VARCHAR(120)  NULL,
    accessibility_notes VARCHAR(2000) NULL,
    latitude            DECIMAL(9, 6) NULL,
    longitude           DECIMAL(9, 6) NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_venue_province FOREIGN KEY (province_code) REFERENCES province (code)
);

CREATE TABLE training_session (
    id                        BIGINT        NOT NULL AUTO_INCREMENT,
    tour_id                   BIGINT        NOT NULL,
    province_code             VARCHAR(2)    NOT NULL,
    title                     VARCHAR(160)  NOT NULL,
    topic                     VARCHAR(160)  NULL,
    description               VARCHAR(4000) NULL,
    starts_at                 DATETIME(6)   NOT NULL,
    ends_at                   DATETIME(6)   NOT NULL,
    venue_id                  BIGINT        NULL,
    format                    VARCHAR(20)   NOT NULL,
    meeting_url               VARCHAR(500)  NULL,
    capacity                  INT           NOT NULL,
    audience                  VARCHAR(20)   NOT NULL,
    registration_opens_at     DATETIME(6)   NULL,
    registration_closes_at    DATETIME(6)   NULL,
    griffie_approval_required BOOLEAN       NOT NULL,
    status                    VARCHAR(20)   NOT NULL,
    cancellation_reason       VARCHAR(1000) NULL,
    version                   BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_training_session_tour FOREIGN KEY (tour_id) REFERENCES tour (id),
    CONSTRAINT fk_training_session_province FOREIGN KEY (province_code) REFERENCES province (code),
    CONSTRAINT fk_training_session_venue FOREIGN KEY (venue_id) REFERENCES venue (id)
);
CREATE INDEX ix_training_session_starts_at ON training_session (starts_at);

CREATE TABLE training_session_trainer (
    training_session_id BIGINT NOT NULL,
    trainer_id          BIGINT NOT NULL,
    PRIMARY KEY (training_session_id, trainer_id),
    CONSTRAINT fk_session_trainer_session FOREIGN KEY (training_session_id) REFERENCES training_session (id),
    CONSTRAINT fk_session_trainer_trainer FOREIGN KEY (trainer_id) REFERENCES trainer (id)
);

-- Spring Modulith's event publication registry (the transactional outbox of module events).
-- Upper case on purpose: MariaDB and MySQL on Linux compare table names case-sensitively.
CREATE TABLE EVENT_PUBLICATION (
    ID                     VARCHAR(36)   NOT NULL,
    LISTENER_ID            VARCHAR(512)  NOT NULL,
    EVENT_TYPE             VARCHAR(512)  NOT NULL,
    SERIALIZED_EVENT       VARCHAR(4000) NOT NULL,
    PUBLICATION_DATE       TIMESTAMP(6)  NOT NULL,
    COMPLETION_DATE        TIMESTAMP(6)  NULL DEFAULT NULL,
    STATUS                 VARCHAR(20)   NULL,
    COMPLETION_ATTEMPTS    INT           NULL,
    LAST_RESUBMISSION_DATE TIMESTAMP(6)  NULL DEFAULT NULL,
    PRIMARY KEY (ID)
);
CREATE INDEX EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX ON EVENT_PUBLICATION (COMPLETION_DATE);
