-- Applications to vacancies: a snapshot of the applicant's profile and chosen documents at the moment
-- of applying, and the dated record of every step of the competition that concerns the candidate.

CREATE SEQUENCE application_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE application (
    id                   BIGINT         NOT NULL PRIMARY KEY,
    vacancy_id           BIGINT         NOT NULL,
    applicant_account_id BIGINT         NOT NULL,
    registration_number  VARCHAR(30)    NOT NULL,
    stage                VARCHAR(30)    NOT NULL,
    submitted_at         TIMESTAMP      NOT NULL,
    processing_consent   BOOLEAN        NOT NULL,
    anti_corruption_ack  BOOLEAN        NOT NULL,
    accuracy_confirmed   BOOLEAN        NOT NULL,
    snapshot             VARCHAR(100000) NOT NULL,
    version              BIGINT         NOT NULL,
    CONSTRAINT application_vacancy_fk FOREIGN KEY (vacancy_id) REFERENCES vacancy (id),
    CONSTRAINT application_account_fk FOREIGN KEY (applicant_account_id) REFERENCES user_account (id),
    -- One application per applicant per vacancy, whatever two tabs or a double click send.
    CONSTRAINT application_once UNIQUE (vacancy_id, applicant_account_id),
    CONSTRAINT application_number_unique UNIQUE (registration_number),
    CONSTRAINT application_stage_known CHECK (stage IN ('DOCUMENT_ACCEPTANCE', 'WITHDRAWN')),
    CONSTRAINT application_confirmed CHECK (processing_consent AND anti_corruption_ack AND accuracy_confirmed)
);
CREATE INDEX application_by_applicant ON application (applicant_account_id);

CREATE SEQUENCE application_document_seq START WITH 50 INCREMENT BY 50;

-- Copies of the documents as they were when the application was made.
CREATE TABLE application_document (
    id             BIGINT       NOT NULL PRIMARY KEY,
    application_id BIGINT       NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    content_type   VARCHAR(50)  NOT NULL,
    size_bytes     INTEGER      NOT NULL,
    content        BYTEA        NOT NULL,
    CONSTRAINT application_document_application_fk FOREIGN KEY (application_id) REFERENCES application (id)
);
CREATE INDEX application_document_by_application ON application_document (application_id);

CREATE SEQUENCE application_event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE application_event (
    id             BIGINT        NOT NULL PRIMARY KEY,
    application_id BIGINT        NOT NULL,
    happened_at    TIMESTAMP     NOT NULL,
    kind           VARCHAR(30)   NOT NULL,
    detail         VARCHAR(1000),
    actor          VARCHAR(254)  NOT NULL,
    CONSTRAINT application_event_application_fk FOREIGN KEY (application_id) REFERENCES application (id)
);
CREATE INDEX application_event_by_application ON application_event (application_id, happened_at);
