-- Searches an applicant saved, with an optional daily e-mail of vacancies newly published that match.

CREATE SEQUENCE saved_search_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE saved_search (
    id               BIGINT       NOT NULL PRIMARY KEY,
    user_account_id  BIGINT       NOT NULL,
    name             VARCHAR(100) NOT NULL,
    query_words      VARCHAR(200),
    agency_code      VARCHAR(40),
    agency_type      VARCHAR(20),
    region           VARCHAR(20),
    position_group   VARCHAR(20),
    salary_from      INTEGER,
    competition_type VARCHAR(20),
    alerts           BOOLEAN      NOT NULL,
    -- Only lets the mail's reader stop or restart this one alert, without signing in.
    unsubscribe_key  VARCHAR(64)  NOT NULL,
    -- Vacancies published up to and including this day have been considered for the alert.
    notified_through DATE         NOT NULL,
    created_at       TIMESTAMP    NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT saved_search_account_fk FOREIGN KEY (user_account_id) REFERENCES user_account (id),
    CONSTRAINT saved_search_key_unique UNIQUE (unsubscribe_key)
);
CREATE INDEX saved_search_by_account ON saved_search (user_account_id);
CREATE INDEX saved_search_alerts ON saved_search (alerts, id);
