-- Computer-based testing: a bilingual question bank whose questions are never changed once written
-- (an edit is a new revision, the old one retired), a test specification per position group, the
-- sitting of each competition's test, and each candidate's attempt with the variant drawn for them,
-- every saved answer, and a log of everything that happened during it.

CREATE SEQUENCE exam_topic_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE exam_topic (
    id      BIGINT       NOT NULL PRIMARY KEY,
    code    VARCHAR(40)  NOT NULL,
    name_ky VARCHAR(200) NOT NULL,
    name_ru VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    CONSTRAINT exam_topic_code_unique UNIQUE (code)
);

CREATE SEQUENCE exam_question_seq START WITH 50 INCREMENT BY 50;

-- A revision's text and answer never change: attempts keep pointing at the revision they showed.
CREATE TABLE exam_question (
    id             BIGINT        NOT NULL PRIMARY KEY,
    lineage        BIGINT        NOT NULL,
    revision       INTEGER       NOT NULL,
    topic_id       BIGINT        NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    text_ky        VARCHAR(2000) NOT NULL,
    option_a_ky    VARCHAR(500)  NOT NULL,
    option_b_ky    VARCHAR(500)  NOT NULL,
    option_c_ky    VARCHAR(500)  NOT NULL,
    option_d_ky    VARCHAR(500)  NOT NULL,
    text_ru        VARCHAR(2000) NOT NULL,
    option_a_ru    VARCHAR(500)  NOT NULL,
    option_b_ru    VARCHAR(500)  NOT NULL,
    option_c_ru    VARCHAR(500)  NOT NULL,
    option_d_ru    VARCHAR(500)  NOT NULL,
    correct_option INTEGER       NOT NULL,
    written_by     VARCHAR(254)  NOT NULL,
    written_at     TIMESTAMP     NOT NULL,
    decided_by     VARCHAR(254),
    decided_at     TIMESTAMP,
    CONSTRAINT exam_question_topic_fk FOREIGN KEY (topic_id) REFERENCES exam_topic (id),
    CONSTRAINT exam_question_revision_unique UNIQUE (lineage, revision),
    CONSTRAINT exam_question_status_known CHECK (status IN ('PROPOSED', 'ACTIVE', 'RETIRED', 'REJECTED')),
    CONSTRAINT exam_question_option_known CHECK (correct_option BETWEEN 1 AND 4)
);
CREATE INDEX exam_question_by_topic ON exam_question (topic_id, status);
CREATE INDEX exam_question_by_lineage ON exam_question (lineage, revision);

-- How many questions of which topics a group's test has, its time limit and pass score.
CREATE TABLE exam_specification (
    position_group     VARCHAR(20) NOT NULL PRIMARY KEY,
    time_limit_minutes INTEGER     NOT NULL,
    pass_score         INTEGER     NOT NULL,
    version            BIGINT      NOT NULL,
    CONSTRAINT exam_specification_limits CHECK (time_limit_minutes BETWEEN 5 AND 480 AND pass_score > 0)
);

CREATE TABLE exam_specification_topic (
    position_group VARCHAR(20) NOT NULL,
    topic_id       BIGINT      NOT NULL,
    question_count INTEGER     NOT NULL,
    CONSTRAINT exam_specification_topic_pk PRIMARY KEY (position_group, topic_id),
    CONSTRAINT exam_specification_topic_spec_fk FOREIGN KEY (position_group) REFERENCES exam_specification (position_group),
    CONSTRAINT exam_specification_topic_topic_fk FOREIGN KEY (topic_id) REFERENCES exam_topic (id),
    CONSTRAINT exam_specification_topic_count CHECK (question_count > 0)
);

-- A competition's test: the window in which candidates may start, and the specification's topics and
-- time limit as they were when the sitting was scheduled, so that later edits of the specification
-- change no scheduled test. The pass score and maximum are the competition's (set from the specification).
CREATE TABLE exam_sitting (
    vacancy_id         BIGINT    NOT NULL PRIMARY KEY,
    opens_at           TIMESTAMP NOT NULL,
    closes_at          TIMESTAMP NOT NULL,
    time_limit_minutes INTEGER   NOT NULL,
    version            BIGINT    NOT NULL,
    CONSTRAINT exam_sitting_competition_fk FOREIGN KEY (vacancy_id) REFERENCES competition (vacancy_id),
    CONSTRAINT exam_sitting_window CHECK (closes_at > opens_at)
);

CREATE TABLE exam_sitting_topic (
    vacancy_id     BIGINT  NOT NULL,
    topic_id       BIGINT  NOT NULL,
    question_count INTEGER NOT NULL,
    CONSTRAINT exam_sitting_topic_pk PRIMARY KEY (vacancy_id, topic_id),
    CONSTRAINT exam_sitting_topic_sitting_fk FOREIGN KEY (vacancy_id) REFERENCES exam_sitting (vacancy_id),
    CONSTRAINT exam_sitting_topic_topic_fk FOREIGN KEY (topic_id) REFERENCES exam_topic (id)
);

CREATE SEQUENCE exam_attempt_seq START WITH 50 INCREMENT BY 50;

-- One attempt per candidate per competition, whatever a second tab, device or double click sends.
CREATE TABLE exam_attempt (
    id             BIGINT      NOT NULL PRIMARY KEY,
    vacancy_id     BIGINT      NOT NULL,
    application_id BIGINT      NOT NULL,
    -- The candidate's account, so that every answer saved checks its owner without a join.
    account_id     BIGINT      NOT NULL,
    language       VARCHAR(2)  NOT NULL,
    started_at     TIMESTAMP   NOT NULL,
    ends_at        TIMESTAMP   NOT NULL,
    submitted_at   TIMESTAMP,
    submitted_how  VARCHAR(20),
    score          INTEGER,
    question_count INTEGER     NOT NULL,
    pass_score     INTEGER     NOT NULL,
    version        BIGINT      NOT NULL,
    CONSTRAINT exam_attempt_sitting_fk FOREIGN KEY (vacancy_id) REFERENCES exam_sitting (vacancy_id),
    CONSTRAINT exam_attempt_application_fk FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT exam_attempt_account_fk FOREIGN KEY (account_id) REFERENCES user_account (id),
    CONSTRAINT exam_attempt_once UNIQUE (application_id),
    CONSTRAINT exam_attempt_language_known CHECK (language IN ('ky', 'ru')),
    CONSTRAINT exam_attempt_how_known CHECK (submitted_how IS NULL OR submitted_how IN ('CANDIDATE', 'TIME_UP'))
);
CREATE INDEX exam_attempt_running ON exam_attempt (submitted_at, ends_at);
CREATE INDEX exam_attempt_by_sitting ON exam_attempt (vacancy_id);

-- The drawn variant: the question at each position, the order its options were shown in (e.g. 'CADB'),
-- and the option chosen, in the question's own lettering.
CREATE TABLE exam_answer (
    attempt_id    BIGINT    NOT NULL,
    position      INTEGER   NOT NULL,
    question_id   BIGINT    NOT NULL,
    option_order  CHAR(4)   NOT NULL,
    chosen_option INTEGER,
    answered_at   TIMESTAMP,
    CONSTRAINT exam_answer_pk PRIMARY KEY (attempt_id, position),
    CONSTRAINT exam_answer_attempt_fk FOREIGN KEY (attempt_id) REFERENCES exam_attempt (id),
    CONSTRAINT exam_answer_question_fk FOREIGN KEY (question_id) REFERENCES exam_question (id),
    CONSTRAINT exam_answer_option_known CHECK (chosen_option IS NULL OR chosen_option BETWEEN 1 AND 4)
);
CREATE INDEX exam_answer_by_question ON exam_answer (question_id);

CREATE SEQUENCE exam_attempt_event_seq START WITH 500 INCREMENT BY 500;

-- What happened during an attempt, from where: shown to the agency when a candidate disputes a result.
CREATE TABLE exam_attempt_event (
    id          BIGINT       NOT NULL PRIMARY KEY,
    attempt_id  BIGINT       NOT NULL,
    happened_at TIMESTAMP    NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    detail      VARCHAR(200),
    address     VARCHAR(45),
    CONSTRAINT exam_attempt_event_attempt_fk FOREIGN KEY (attempt_id) REFERENCES exam_attempt (id)
);
CREATE INDEX exam_attempt_event_by_attempt ON exam_attempt_event (attempt_id, happened_at);
