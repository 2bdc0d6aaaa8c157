-- Applicants who register themselves, the dated versions of the privacy policy they accept, the
-- record of each acceptance, and the single-use tokens sent to their e-mail address.

ALTER TABLE user_account ADD COLUMN email_confirmed_at TIMESTAMP;
-- The language the person reads the portal in: mails to them are written in it.
ALTER TABLE user_account ADD COLUMN preferred_language VARCHAR(2) DEFAULT 'ky' NOT NULL;
-- Set when the person deleted their account: the row stays only as an anonymous tombstone.
ALTER TABLE user_account ADD COLUMN erased_at TIMESTAMP;
ALTER TABLE user_account ADD CONSTRAINT user_account_language_known CHECK (preferred_language IN ('ky', 'ru', 'en'));
-- Accounts before this version were created by administrators, who vouched for the address.
UPDATE user_account SET email_confirmed_at = created_at;

CREATE SEQUENCE privacy_policy_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE privacy_policy (
    id             BIGINT         NOT NULL PRIMARY KEY,
    version_number INTEGER        NOT NULL,
    last_updated   DATE           NOT NULL,
    text_ky        VARCHAR(200000) NOT NULL,
    text_ru        VARCHAR(200000) NOT NULL,
    text_en        VARCHAR(200000) NOT NULL,
    published_at   TIMESTAMP      NOT NULL,
    CONSTRAINT privacy_policy_number_unique UNIQUE (version_number),
    CONSTRAINT privacy_policy_number_positive CHECK (version_number > 0)
);

CREATE SEQUENCE consent_seq START WITH 50 INCREMENT BY 50;

-- Who accepted which version, when, from where. Kept after an account is erased as proof that the
-- processing before it was consented to; erasing removes the address and browser it came from.
CREATE TABLE consent (
    id              BIGINT       NOT NULL PRIMARY KEY,
    user_account_id BIGINT       NOT NULL,
    policy_id       BIGINT       NOT NULL,
    accepted_at     TIMESTAMP    NOT NULL,
    ip_address      VARCHAR(45),
    user_agent      VARCHAR(500),
    withdrawn_at    TIMESTAMP,
    CONSTRAINT consent_account_fk FOREIGN KEY (user_account_id) REFERENCES user_account (id),
    CONSTRAINT consent_policy_fk FOREIGN KEY (policy_id) REFERENCES privacy_policy (id)
);
CREATE INDEX consent_by_account ON consent (user_account_id, policy_id);

-- The applicant's identity and contacts; the row is deleted when the person erases their account.
CREATE TABLE applicant (
    user_account_id BIGINT       NOT NULL PRIMARY KEY,
    surname         VARCHAR(100) NOT NULL,
    given_name      VARCHAR(100) NOT NULL,
    patronymic      VARCHAR(100),
    personal_number VARCHAR(14)  NOT NULL,
    birth_date      DATE         NOT NULL,
    phone           VARCHAR(20)  NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT applicant_account_fk FOREIGN KEY (user_account_id) REFERENCES user_account (id),
    CONSTRAINT applicant_pin_unique UNIQUE (personal_number)
);

CREATE SEQUENCE account_token_seq START WITH 50 INCREMENT BY 50;

-- Only a hash of each token is stored: a copy of the database does not let anyone confirm or reset.
CREATE TABLE account_token (
    id              BIGINT      NOT NULL PRIMARY KEY,
    user_account_id BIGINT      NOT NULL,
    purpose         VARCHAR(20) NOT NULL,
    token_hash      VARCHAR(64) NOT NULL,
    created_at      TIMESTAMP   NOT NULL,
    expires_at      TIMESTAMP   NOT NULL,
    used_at         TIMESTAMP,
    CONSTRAINT account_token_account_fk FOREIGN KEY (user_account_id) REFERENCES user_account (id),
    CONSTRAINT account_token_hash_unique UNIQUE (token_hash),
    CONSTRAINT account_token_purpose_known CHECK (purpose IN ('CONFIRM_EMAIL', 'RESET_PASSWORD'))
);
CREATE INDEX account_token_by_account ON account_token (user_account_id, purpose);
