-- Feedback from the public side (policy clauses 5, 6: questions about the portal and personal data),
-- read and answered by the administrators. The sender's address is kept to limit abuse per address.

CREATE SEQUENCE feedback_message_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE feedback_message (
    id          BIGINT        NOT NULL PRIMARY KEY,
    received_at TIMESTAMP     NOT NULL,
    sender_name VARCHAR(200)  NOT NULL,
    email       VARCHAR(254)  NOT NULL,
    message     VARCHAR(4000) NOT NULL,
    language    VARCHAR(2)    NOT NULL,
    address     VARCHAR(45),
    answered_at TIMESTAMP,
    answered_by VARCHAR(254),
    answer      VARCHAR(4000),
    version     BIGINT        NOT NULL
);
CREATE INDEX feedback_message_by_address ON feedback_message (address, received_at);
CREATE INDEX feedback_message_by_time ON feedback_message (received_at);
