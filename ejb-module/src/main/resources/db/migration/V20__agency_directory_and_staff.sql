-- The administrators' directory of bodies (a parent body, and whether it is still active) and HR
-- officers invited by e-mail to set their password.

ALTER TABLE agency ADD COLUMN parent_id BIGINT;
ALTER TABLE agency ADD CONSTRAINT agency_parent_fk FOREIGN KEY (parent_id) REFERENCES agency (id);
ALTER TABLE agency ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;

ALTER TABLE account_token DROP CONSTRAINT account_token_purpose_known;
ALTER TABLE account_token ADD CONSTRAINT account_token_purpose_known
    CHECK (purpose IN ('CONFIRM_EMAIL', 'RESET_PASSWORD', 'INVITATION'));
