-- What the tour planner must honour, from the people who know: per tour and province the griffie's
-- dates that do not suit (with a short reason) and its preferences, and how many sessions the
-- organisers want there; per trainer the days they cannot and a weekly maximum; school holidays per
-- region and school year; and, where an organiser chose them, a province's own school regions.
-- The reasons griffies type are not personal data but may be sensitive: the application never logs them.
CREATE TABLE province_wish (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    tour_id         BIGINT       NOT NULL,
    province_code   VARCHAR(2)   NOT NULL,
    sessions_wanted INT          NOT NULL DEFAULT 1,
    part_of_day     VARCHAR(20)  NULL,
    weekdays        VARCHAR(80)  NULL,
    answered_at     DATETIME(6)  NULL,
    answered_by     BIGINT       NULL,
    reminded_at     DATETIME(6)  NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_province_wish UNIQUE (tour_id, province_code),
    CONSTRAINT fk_province_wish_tour FOREIGN KEY (tour_id) REFERENCES tour (id) ON DELETE CASCADE,
    CONSTRAINT fk_province_wish_province FOREIGN KEY (province_code) REFERENCES province (code)
);

CREATE TABLE province_unsuitable_date (
    province_wish_id BIGINT      NOT NULL,
    unsuitable_on    DATE        NOT NULL,
    reason           VARCHAR(60) NOT NULL,
    PRIMARY KEY (province_wish_id, unsuitable_on),
    CONSTRAINT fk_unsuitable_date_wish FOREIGN KEY (province_wish_id) REFERENCES province_wish (id) ON DELETE CASCADE
);

CREATE TABLE trainer_unavailability (
    trainer_id   BIGINT NOT NULL,
    max_per_week INT    NULL,
    version      BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (trainer_id),
    CONSTRAINT fk_trainer_unavailability_trainer FOREIGN KEY (trainer_id) REFERENCES trainer (id) ON DELETE CASCADE
);

CREATE TABLE trainer_unavailable_date (
    trainer_id     BIGINT NOT NULL,
    unavailable_on DATE   NOT NULL,
    PRIMARY KEY (trainer_id, unavailable_on),
    CONSTRAINT fk_trainer_unavailable_date FOREIGN KEY (trainer_id) REFERENCES trainer_unavailability (trainer_id) ON DELETE CASCADE
);

-- school_year: the calendar year the school year starts in (2026 = school year 2026-2027).
CREATE TABLE school_holiday (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    school_year INT         NOT NULL,
    region      VARCHAR(10) NOT NULL,
    name        VARCHAR(60) NOT NULL,
    first_day   DATE        NOT NULL,
    last_day    DATE        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_school_holiday UNIQUE (region, first_day)
);
CREATE INDEX ix_school_holiday_year ON school_holiday (school_year);
CREATE INDEX ix_school_holiday_period ON school_holiday (last_day, first_day);

-- A province's school regions where an organiser overrode the default (e.g. "NOORD,MIDDEN").
CREATE TABLE province_school_regions (
    province_code VARCHAR(2)  NOT NULL,
    regions       VARCHAR(30) NOT NULL,
    version       BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (province_code),
    CONSTRAINT fk_province_school_regions FOREIGN KEY (province_code) REFERENCES province (code)
);
