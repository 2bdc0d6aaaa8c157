-- A candidate's appeal against a stage result, its review by the agency, and the decision, recorded
-- and shown to both sides.

CREATE SEQUENCE appeal_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE appeal (
    id              BIGINT        NOT NULL PRIMARY KEY,
    application_id  BIGINT        NOT NULL,
    against_result  VARCHAR(30)   NOT NULL,
    filed_at        TIMESTAMP     NOT NULL,
    grounds         VARCHAR(4000) NOT NULL,
    decision        VARCHAR(20),
    decision_reason VARCHAR(1000),
    decided_at      TIMESTAMP,
    decided_by      VARCHAR(254),
    version         BIGINT        NOT NULL,
    CONSTRAINT appeal_application_fk FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT appeal_decision_known CHECK (decision IS NULL OR decision IN ('UPHELD', 'REJECTED'))
);
CREATE INDEX appeal_by_application ON appeal (application_id);
