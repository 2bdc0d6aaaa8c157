/** The signed-in person's own pages, and the HR officers' landing page that shows their agency. */
package kg.gov.kuzmat.web.account;
