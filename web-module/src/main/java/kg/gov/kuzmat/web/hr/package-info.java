/** The HR officers' intranet: their agency's vacancies, written, published, edited and cancelled. */
package kg.gov.kuzmat.web.hr;
