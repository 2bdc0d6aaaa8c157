/** Public vacancy pages. */
package kg.gov.kuzmat.web.vacancy;
