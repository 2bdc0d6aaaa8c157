-- A recording of a candidate's interview, kept for the retention period (3 years by default), then
-- deleted; the candidate may download their own.

CREATE SEQUENCE interview_recording_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE interview_recording (
    id             BIGINT       NOT NULL PRIMARY KEY,
    application_id BIGINT       NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    content_type   VARCHAR(50)  NOT NULL,
    size_bytes     INTEGER      NOT NULL,
    content        BYTEA        NOT NULL,
    uploaded_by    VARCHAR(254) NOT NULL,
    uploaded_at    TIMESTAMP    NOT NULL,
    retain_until   DATE         NOT NULL,
    CONSTRAINT interview_recording_application_fk FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT interview_recording_type_known CHECK (content_type IN ('audio/mpeg', 'audio/ogg', 'audio/wav', 'video/mp4', 'video/webm'))
);
CREATE INDEX interview_recording_by_application ON interview_recording (application_id);
CREATE INDEX interview_recording_by_retention ON interview_recording (retain_until);
