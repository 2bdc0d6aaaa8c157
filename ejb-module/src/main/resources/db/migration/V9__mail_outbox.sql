-- Mail waits here until the mail server has taken it: written in the transaction of the change it
-- reports (so a rolled-back change sends nothing), sent after commit, retried while the server is down.

CREATE SEQUENCE mail_outbox_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE mail_outbox (
    id              BIGINT         NOT NULL PRIMARY KEY,
    recipient       VARCHAR(254)   NOT NULL,
    subject         VARCHAR(300)   NOT NULL,
    body            VARCHAR(100000) NOT NULL,
    created_at      TIMESTAMP      NOT NULL,
    attempts        INTEGER        NOT NULL,
    next_attempt_at TIMESTAMP,
    sent_at         TIMESTAMP,
    last_error      VARCHAR(500),
    version         BIGINT         NOT NULL
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at);
CREATE INDEX mail_outbox_by_recipient ON mail_outbox (recipient);
