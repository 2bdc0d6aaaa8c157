-- Foundation schema: state and municipal bodies, their vacancies, and the accounts that sign in.
-- Portable SQL: the same migration runs on H2 (embedded default, tests) and PostgreSQL (production).
-- Ids come from sequences whose increment matches the entities' allocationSize (50); EclipseLink
-- takes a fetched value N as the top of the block N-49..N, so sequences start at 50.

CREATE SEQUENCE agency_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE agency (
    id           BIGINT       NOT NULL PRIMARY KEY,
    code         VARCHAR(40)  NOT NULL,
    name_ky      VARCHAR(300) NOT NULL,
    name_ru      VARCHAR(300) NOT NULL,
    name_en      VARCHAR(300) NOT NULL,
    agency_type  VARCHAR(20)  NOT NULL,
    region       VARCHAR(20)  NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT agency_code_unique UNIQUE (code),
    CONSTRAINT agency_type_known CHECK (agency_type IN ('STATE', 'MUNICIPAL'))
);

CREATE SEQUENCE vacancy_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE vacancy (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    agency_id            BIGINT        NOT NULL,
    title                VARCHAR(300)  NOT NULL,
    description          VARCHAR(20000) NOT NULL,
    requirements         VARCHAR(20000) NOT NULL,
    position_group       VARCHAR(20)   NOT NULL,
    salary_min           INTEGER       NOT NULL,
    salary_max           INTEGER       NOT NULL,
    region               VARCHAR(20)   NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    published_on         DATE,
    application_deadline DATE          NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT vacancy_agency_fk FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT vacancy_salary_range CHECK (salary_min >= 0 AND salary_min <= salary_max),
    CONSTRAINT vacancy_status_known CHECK (status IN ('DRAFT', 'PUBLISHED', 'CLOSED', 'CANCELLED')),
    CONSTRAINT vacancy_published_has_date CHECK (status = 'DRAFT' OR published_on IS NOT NULL)
);

-- The public list reads published vacancies newest first; the index gives that order without a sort.
CREATE INDEX vacancy_by_status_newest ON vacancy (status, published_on DESC, id DESC);
CREATE INDEX vacancy_by_agency ON vacancy (agency_id);

CREATE SEQUENCE user_account_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE user_account (
    id              BIGINT       NOT NULL PRIMARY KEY,
    email           VARCHAR(254) NOT NULL,
    password_hash   VARCHAR(512) NOT NULL,
    agency_id       BIGINT,
    enabled         BOOLEAN      NOT NULL,
    failed_sign_ins INTEGER      NOT NULL,
    locked_until    TIMESTAMP,
    created_at      TIMESTAMP    NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT user_account_email_unique UNIQUE (email),
    CONSTRAINT user_account_agency_fk FOREIGN KEY (agency_id) REFERENCES agency (id)
);

CREATE TABLE user_account_role (
    user_account_id BIGINT      NOT NULL,
    role_name       VARCHAR(20) NOT NULL,
    CONSTRAINT user_account_role_pk PRIMARY KEY (user_account_id, role_name),
    CONSTRAINT user_account_role_account_fk FOREIGN KEY (user_account_id) REFERENCES user_account (id),
    CONSTRAINT user_account_role_known CHECK (role_name IN ('APPLICANT', 'HR_OFFICER', 'ADMIN'))
);
