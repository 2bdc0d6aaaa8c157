-- The applicant's profile, filled once and reused for every application (policy 1.1.1, 1.1.2):
-- education, work experience, languages, class rank, and uploaded documents.

ALTER TABLE applicant ADD COLUMN class_rank VARCHAR(200);

CREATE TABLE applicant_education (
    applicant_id BIGINT       NOT NULL,
    position     INTEGER      NOT NULL,
    institution  VARCHAR(300) NOT NULL,
    specialty    VARCHAR(300) NOT NULL,
    level        VARCHAR(30)  NOT NULL,
    year_from    INTEGER      NOT NULL,
    year_to      INTEGER,
    CONSTRAINT applicant_education_pk PRIMARY KEY (applicant_id, position),
    CONSTRAINT applicant_education_applicant_fk FOREIGN KEY (applicant_id) REFERENCES applicant (user_account_id),
    CONSTRAINT applicant_education_level_known CHECK (level IN ('SECONDARY_VOCATIONAL', 'HIGHER_BACHELOR', 'HIGHER_MASTER'))
);

CREATE TABLE applicant_experience (
    applicant_id   BIGINT       NOT NULL,
    position       INTEGER      NOT NULL,
    employer       VARCHAR(300) NOT NULL,
    job_title      VARCHAR(300) NOT NULL,
    started_on     DATE         NOT NULL,
    ended_on       DATE,
    civil_service  BOOLEAN      NOT NULL,
    CONSTRAINT applicant_experience_pk PRIMARY KEY (applicant_id, position),
    CONSTRAINT applicant_experience_applicant_fk FOREIGN KEY (applicant_id) REFERENCES applicant (user_account_id)
);

CREATE TABLE applicant_language (
    applicant_id  BIGINT       NOT NULL,
    position      INTEGER      NOT NULL,
    language_name VARCHAR(60)  NOT NULL,
    level         VARCHAR(2)   NOT NULL,
    CONSTRAINT applicant_language_pk PRIMARY KEY (applicant_id, position),
    CONSTRAINT applicant_language_applicant_fk FOREIGN KEY (applicant_id) REFERENCES applicant (user_account_id),
    CONSTRAINT applicant_language_level_known CHECK (level IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2'))
);

CREATE SEQUENCE applicant_document_seq START WITH 50 INCREMENT BY 50;

-- Uploaded files live in the database, outside the web root, and are served only through the
-- services' access rules. The bytes are in their own table so that lists never read them.
CREATE TABLE applicant_document (
    id           BIGINT       NOT NULL PRIMARY KEY,
    applicant_id BIGINT       NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(50)  NOT NULL,
    size_bytes   INTEGER      NOT NULL,
    uploaded_at  TIMESTAMP    NOT NULL,
    CONSTRAINT applicant_document_applicant_fk FOREIGN KEY (applicant_id) REFERENCES applicant (user_account_id),
    CONSTRAINT applicant_document_kind_known CHECK (kind IN ('ID_DOCUMENT', 'DIPLOMA', 'CV', 'EMPLOYMENT_RECORD', 'OTHER')),
    CONSTRAINT applicant_document_type_known CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    CONSTRAINT applicant_document_size CHECK (size_bytes > 0 AND size_bytes <= 10485760)
);
CREATE INDEX applicant_document_by_applicant ON applicant_document (applicant_id);

CREATE TABLE applicant_document_content (
    document_id BIGINT NOT NULL PRIMARY KEY,
    content     BYTEA  NOT NULL,
    CONSTRAINT applicant_document_content_fk FOREIGN KEY (document_id) REFERENCES applicant_document (id)
);
