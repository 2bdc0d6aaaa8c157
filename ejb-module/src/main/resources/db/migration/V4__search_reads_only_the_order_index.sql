-- The public search reads the ids of one page along the index of its order and stops after the page
-- (VacancyCatalogue.search). H2 walks an index in ORDER BY order only if the index begins with the
-- ORDER BY columns, so the order indexes of V1 and V3, which began with the status, made it read and
-- sort every match. Each order index now begins with its order and also holds every column the
-- filters test, so that finding a page, and counting matches, reads only the index, never the rows
-- with their long texts.

-- The agency's type is kept with the vacancy (agencies do not change type) so that the filter on it
-- needs no join.
ALTER TABLE vacancy ADD COLUMN agency_type VARCHAR(20);
UPDATE vacancy SET agency_type = (SELECT a.agency_type FROM agency a WHERE a.id = vacancy.agency_id);
ALTER TABLE vacancy ALTER COLUMN agency_type SET NOT NULL;
ALTER TABLE vacancy ADD CONSTRAINT vacancy_agency_type_known CHECK (agency_type IN ('STATE', 'MUNICIPAL'));

DROP INDEX vacancy_by_status_newest;
DROP INDEX vacancy_by_status_deadline;
DROP INDEX vacancy_by_status_salary;
CREATE INDEX vacancy_newest ON vacancy (published_on DESC, id DESC,
    status, application_deadline, region, agency_type, position_group, competition_type, salary_max, salary_min, agency_id);
CREATE INDEX vacancy_by_deadline ON vacancy (application_deadline, id,
    status, published_on, region, agency_type, position_group, competition_type, salary_max, salary_min, agency_id);
CREATE INDEX vacancy_by_salary ON vacancy (salary_max DESC, id DESC,
    status, application_deadline, published_on, region, agency_type, position_group, competition_type, salary_min, agency_id);
