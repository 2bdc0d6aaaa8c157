-- The personnel reserve: candidates a commission recommended, per agency and position group, for a
-- limited time (12 months unless configured otherwise).

CREATE SEQUENCE reserve_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE reserve_entry (
    id              BIGINT      NOT NULL PRIMARY KEY,
    user_account_id BIGINT      NOT NULL,
    agency_id       BIGINT      NOT NULL,
    position_group  VARCHAR(20) NOT NULL,
    application_id  BIGINT      NOT NULL,
    entered_on      DATE        NOT NULL,
    expires_on      DATE        NOT NULL,
    expiry_warned   BOOLEAN     NOT NULL,
    left_on         DATE,
    version         BIGINT      NOT NULL,
    CONSTRAINT reserve_entry_account_fk FOREIGN KEY (user_account_id) REFERENCES user_account (id),
    CONSTRAINT reserve_entry_agency_fk FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT reserve_entry_application_fk FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT reserve_entry_once UNIQUE (application_id),
    CONSTRAINT reserve_entry_dates CHECK (expires_on > entered_on)
);
CREATE INDEX reserve_entry_by_agency ON reserve_entry (agency_id, position_group, expires_on);
CREATE INDEX reserve_entry_by_expiry ON reserve_entry (expires_on);
