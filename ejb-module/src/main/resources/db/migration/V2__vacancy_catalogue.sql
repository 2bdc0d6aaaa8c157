-- Vacancy catalogue: everything an announcement of the competition states, its cancellation, the
-- record of edits made after publication, and the indexes the public search reads through.
-- Existing rows get neutral values so that the NOT NULL columns hold from now on.

ALTER TABLE vacancy ADD COLUMN structural_unit VARCHAR(300) DEFAULT '—' NOT NULL;
ALTER TABLE vacancy ADD COLUMN competition_type VARCHAR(20) DEFAULT 'OPEN' NOT NULL;
ALTER TABLE vacancy ADD COLUMN education_level VARCHAR(30) DEFAULT 'HIGHER_BACHELOR' NOT NULL;
ALTER TABLE vacancy ADD COLUMN min_service_years INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE vacancy ADD COLUMN min_experience_years INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE vacancy ADD COLUMN state_language_level VARCHAR(2) DEFAULT 'B1' NOT NULL;
ALTER TABLE vacancy ADD COLUMN official_language_level VARCHAR(2) DEFAULT 'B1' NOT NULL;
ALTER TABLE vacancy ADD COLUMN city VARCHAR(100) DEFAULT '—' NOT NULL;
ALTER TABLE vacancy ADD COLUMN contact VARCHAR(300) DEFAULT '—' NOT NULL;
ALTER TABLE vacancy ADD COLUMN cancellation_reason VARCHAR(1000);
ALTER TABLE vacancy ADD COLUMN cancelled_on DATE;

ALTER TABLE vacancy ADD CONSTRAINT vacancy_competition_type_known CHECK (competition_type IN ('OPEN', 'INTERNAL'));
ALTER TABLE vacancy ADD CONSTRAINT vacancy_years_not_negative CHECK (min_service_years >= 0 AND min_experience_years >= 0);
ALTER TABLE vacancy ADD CONSTRAINT vacancy_cancelled_has_reason
    CHECK (status <> 'CANCELLED' OR (cancellation_reason IS NOT NULL AND cancelled_on IS NOT NULL));

-- Edits of a published vacancy, field by field: who changed what, when, from what to what.
CREATE SEQUENCE vacancy_change_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE vacancy_change (
    id          BIGINT         NOT NULL PRIMARY KEY,
    vacancy_id  BIGINT         NOT NULL,
    changed_at  TIMESTAMP      NOT NULL,
    changed_by  VARCHAR(254)   NOT NULL,
    field_name  VARCHAR(50)    NOT NULL,
    old_value   VARCHAR(20000),
    new_value   VARCHAR(20000),
    CONSTRAINT vacancy_change_vacancy_fk FOREIGN KEY (vacancy_id) REFERENCES vacancy (id)
);

CREATE INDEX vacancy_change_by_vacancy ON vacancy_change (vacancy_id, changed_at);

-- The search index: the distinct lower-case words of a vacancy's title, duties and requirements.
-- A query word matches a term by prefix (LIKE 'word%'), which reads the (term, vacancy_id) index and
-- copes with Kyrgyz and Russian endings. Filled by the application whenever a vacancy's text changes.
CREATE TABLE vacancy_search_term (
    vacancy_id BIGINT      NOT NULL,
    term       VARCHAR(40) NOT NULL,
    CONSTRAINT vacancy_search_term_pk PRIMARY KEY (vacancy_id, term),
    CONSTRAINT vacancy_search_term_vacancy_fk FOREIGN KEY (vacancy_id) REFERENCES vacancy (id)
);

CREATE INDEX vacancy_search_term_by_term ON vacancy_search_term (term, vacancy_id);
