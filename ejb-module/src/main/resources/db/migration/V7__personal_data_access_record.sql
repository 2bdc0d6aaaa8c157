-- Who saw or received a person's data (policy 3.2, 3.4), shown to the person on their "My data"
-- page: an HR officer of an agency opening their file, or a disclosure to an authorised state body on
-- its official written request. Kept after the person erases their account, as the Agency's record.

CREATE SEQUENCE personal_data_access_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE personal_data_access (
    id              BIGINT        NOT NULL PRIMARY KEY,
    user_account_id BIGINT        NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    accessed_at     TIMESTAMP     NOT NULL,
    agency_id       BIGINT,
    state_body      VARCHAR(300),
    letter_number   VARCHAR(100),
    letter_date     DATE,
    legal_basis     VARCHAR(500),
    data_given      VARCHAR(2000),
    CONSTRAINT personal_data_access_account_fk FOREIGN KEY (user_account_id) REFERENCES user_account (id),
    CONSTRAINT personal_data_access_agency_fk FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT personal_data_access_kind_known CHECK (kind IN ('HR_VIEW', 'DISCLOSURE')),
    CONSTRAINT personal_data_access_hr_view_has_agency CHECK (kind <> 'HR_VIEW' OR agency_id IS NOT NULL),
    CONSTRAINT personal_data_access_disclosure_has_letter CHECK (kind <> 'DISCLOSURE'
        OR (state_body IS NOT NULL AND letter_number IS NOT NULL AND letter_date IS NOT NULL AND legal_basis IS NOT NULL))
);
CREATE INDEX personal_data_access_by_account ON personal_data_access (user_account_id, accessed_at);
