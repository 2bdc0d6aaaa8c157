-- The access audit (policy 3.2, 4): every read of a candidate's file, change of personal data, sign-in
-- (successful or not), role or agency change and export of personal data, with who, when and from
-- which address. Append-only: the application has no update or delete path for it, and in production
-- the portal's database role may only INSERT and SELECT on this table (README, "Security").

CREATE SEQUENCE audit_entry_seq START WITH 500 INCREMENT BY 500;

CREATE TABLE audit_entry (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    happened_at        TIMESTAMP    NOT NULL,
    actor              VARCHAR(254) NOT NULL,
    address            VARCHAR(45),
    action             VARCHAR(30)  NOT NULL,
    subject_account_id BIGINT,
    detail             VARCHAR(500),
    CONSTRAINT audit_entry_subject_fk FOREIGN KEY (subject_account_id) REFERENCES user_account (id)
);
CREATE INDEX audit_entry_by_time ON audit_entry (happened_at);
CREATE INDEX audit_entry_by_subject ON audit_entry (subject_account_id, happened_at);
CREATE INDEX audit_entry_by_actor ON audit_entry (actor, happened_at);
