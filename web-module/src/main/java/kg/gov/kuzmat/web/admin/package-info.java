/** The administrators' pages. */
package kg.gov.kuzmat.web.admin;
