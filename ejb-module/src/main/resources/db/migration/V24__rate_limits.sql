-- One limiter for everything a client can repeat (sign-ins, registrations, password resets, feedback,
-- confirmation mails): a counter per bucket and fixed window, raised by one UPDATE that also checks the
-- limit, so that parallel requests cannot all pass a check made before any of them counted. A bucket is
-- a kind and a SHA-256 of what is counted (a network address, a typed e-mail address): no address is
-- stored in clear, and counters older than two days are deleted.
CREATE TABLE rate_counter (
    bucket       VARCHAR(100) NOT NULL,
    window_start BIGINT       NOT NULL,
    hits         INT          NOT NULL,
    CONSTRAINT rate_counter_pk PRIMARY KEY (bucket, window_start)
);
CREATE INDEX rate_counter_by_window ON rate_counter (window_start);

-- The sign-in lock-out is counted by the limiter per typed address, whether an account has it or not, so
-- that a lock-out no longer tells that an address is registered; the account's own counter goes.
ALTER TABLE user_account DROP COLUMN failed_sign_ins;
ALTER TABLE user_account DROP COLUMN locked_until;
