-- Retention (policy 3.1): unsuccessful candidates' files are anonymised some years after the
-- competition's decision, and applicants' accounts unused for some years are erased after a warning
-- mail. Each nightly run records what it did; a run cut short is finished by the next one.

ALTER TABLE user_account ADD COLUMN last_signed_in_at TIMESTAMP;
ALTER TABLE user_account ADD COLUMN retention_warned_at TIMESTAMP;
ALTER TABLE application ADD COLUMN anonymised_at TIMESTAMP;

CREATE SEQUENCE retention_run_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE retention_run (
    id                      BIGINT    NOT NULL PRIMARY KEY,
    started_at              TIMESTAMP NOT NULL,
    finished_at             TIMESTAMP,
    applications_anonymised INTEGER   NOT NULL,
    accounts_warned         INTEGER   NOT NULL,
    accounts_erased         INTEGER   NOT NULL,
    version                 BIGINT    NOT NULL
);
CREATE INDEX retention_run_by_start ON retention_run (started_at);
