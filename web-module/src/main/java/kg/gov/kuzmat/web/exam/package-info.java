/** The computer test's pages: the candidate's test, the officer's sitting, the bank's administration, published results. */
package kg.gov.kuzmat.web.exam;
