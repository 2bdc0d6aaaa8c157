-- The stages of a competition: document review (with data verification per document), testing with a
-- pass threshold, the commission's interview, and the final decision; every transition recorded.

ALTER TABLE application DROP CONSTRAINT application_stage_known;
ALTER TABLE application ADD CONSTRAINT application_stage_known
    CHECK (stage IN ('DOCUMENT_ACCEPTANCE', 'DOCUMENT_REVIEW', 'TESTING', 'INTERVIEW', 'WITHDRAWN'));
-- Where the candidate's competition ended for them; IN_PROGRESS until then.
ALTER TABLE application ADD COLUMN outcome VARCHAR(20) DEFAULT 'IN_PROGRESS' NOT NULL;
ALTER TABLE application ADD CONSTRAINT application_outcome_known
    CHECK (outcome IN ('IN_PROGRESS', 'NOT_ADMITTED', 'WINNER', 'RESERVE', 'NOT_SELECTED'));
ALTER TABLE application ADD COLUMN outcome_reason VARCHAR(1000);
ALTER TABLE application ADD COLUMN test_score INTEGER;
ALTER TABLE application ADD COLUMN test_score_reason VARCHAR(500);
ALTER TABLE application ADD COLUMN interview_score DECIMAL(5, 2);

CREATE TABLE competition (
    vacancy_id           BIGINT       NOT NULL PRIMARY KEY,
    stage                VARCHAR(30)  NOT NULL,
    pass_score           INTEGER      NOT NULL,
    max_score            INTEGER      NOT NULL,
    testing_invitation   VARCHAR(500),
    interview_invitation VARCHAR(500),
    decided_at           TIMESTAMP,
    version              BIGINT       NOT NULL,
    CONSTRAINT competition_vacancy_fk FOREIGN KEY (vacancy_id) REFERENCES vacancy (id),
    CONSTRAINT competition_stage_known CHECK (stage IN ('DOCUMENT_ACCEPTANCE', 'DOCUMENT_REVIEW', 'TESTING', 'INTERVIEW', 'DECIDED')),
    CONSTRAINT competition_scores CHECK (pass_score > 0 AND pass_score <= max_score)
);

CREATE TABLE interview_score (
    application_id BIGINT       NOT NULL,
    position       INTEGER      NOT NULL,
    member_name    VARCHAR(200) NOT NULL,
    score          INTEGER      NOT NULL,
    CONSTRAINT interview_score_pk PRIMARY KEY (application_id, position),
    CONSTRAINT interview_score_application_fk FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT interview_score_range CHECK (score >= 0 AND score <= 10)
);

-- Policy clause 2.1.4: each submitted document checked against the original, by whom and when.
ALTER TABLE application_document ADD COLUMN verified BOOLEAN;
ALTER TABLE application_document ADD COLUMN verification_note VARCHAR(500);
ALTER TABLE application_document ADD COLUMN verified_by VARCHAR(254);
ALTER TABLE application_document ADD COLUMN verified_at TIMESTAMP;

CREATE SEQUENCE competition_event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE competition_event (
    id          BIGINT        NOT NULL PRIMARY KEY,
    vacancy_id  BIGINT        NOT NULL,
    happened_at TIMESTAMP     NOT NULL,
    actor       VARCHAR(254)  NOT NULL,
    what        VARCHAR(1000) NOT NULL,
    CONSTRAINT competition_event_vacancy_fk FOREIGN KEY (vacancy_id) REFERENCES vacancy (id)
);
CREATE INDEX competition_event_by_vacancy ON competition_event (vacancy_id, happened_at);
