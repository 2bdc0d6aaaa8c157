/** Public pages of state and municipal bodies. */
package kg.gov.kuzmat.web.agency;
