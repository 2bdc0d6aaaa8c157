-- The disclosure register (policy 3.4): a person's data leaves the portal only on an official written
-- request of an authorised state body, registered here with its scanned letter before anything can be
-- exported, and only the data the letter asks for; every export is recorded, and the person sees the
-- disclosure among who received their data. The register is the Agency's record: it stays when the
-- person erases their account.

CREATE SEQUENCE disclosure_request_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE disclosure_request (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    state_body          VARCHAR(300) NOT NULL,
    letter_number       VARCHAR(100) NOT NULL,
    letter_date         DATE         NOT NULL,
    legal_basis         VARCHAR(500) NOT NULL,
    personal_number     VARCHAR(14)  NOT NULL,
    subject_account_id  BIGINT       NOT NULL,
    data_requested      VARCHAR(200) NOT NULL,
    letter_file_name    VARCHAR(255) NOT NULL,
    letter_content_type VARCHAR(50)  NOT NULL,
    letter_content      BYTEA        NOT NULL,
    registered_by       VARCHAR(254) NOT NULL,
    registered_at       TIMESTAMP    NOT NULL,
    CONSTRAINT disclosure_request_subject_fk FOREIGN KEY (subject_account_id) REFERENCES user_account (id)
);
CREATE INDEX disclosure_request_by_subject ON disclosure_request (subject_account_id);

CREATE SEQUENCE disclosure_export_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE disclosure_export (
    id          BIGINT       NOT NULL PRIMARY KEY,
    request_id  BIGINT       NOT NULL,
    exported_by VARCHAR(254) NOT NULL,
    exported_at TIMESTAMP    NOT NULL,
    data_given  VARCHAR(200) NOT NULL,
    CONSTRAINT disclosure_export_request_fk FOREIGN KEY (request_id) REFERENCES disclosure_request (id)
);
CREATE INDEX disclosure_export_by_request ON disclosure_export (request_id, exported_at);
