/**
 * Applicants: the citizens who register, keep their personal information and apply to vacancies.
 */
package kg.gov.kuzmat.applicant;
