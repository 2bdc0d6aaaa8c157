/**
 * Vacancies of state and municipal bodies: the drafts HR officers write, their publication and
 * closing, and the public catalogue applicants browse.
 */
package kg.gov.kuzmat.vacancy;
