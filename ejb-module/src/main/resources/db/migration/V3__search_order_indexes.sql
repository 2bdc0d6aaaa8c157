-- The public search lists open vacancies in three orders; each has an index that yields its order
-- without sorting the matches (newest first is vacancy_by_status_newest, from V1). Every order ends
-- with the id, so pages never repeat or skip a vacancy.
CREATE INDEX vacancy_by_status_deadline ON vacancy (status, application_deadline, id);
CREATE INDEX vacancy_by_status_salary ON vacancy (status, salary_max DESC, id DESC);
