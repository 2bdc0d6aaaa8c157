/**
 * Computer-based testing: the question bank with its revisions, the test specification of each
 * position group, a competition's sitting, and each candidate's timed attempt, scored on the server.
 */
package kg.gov.kuzmat.exam;
