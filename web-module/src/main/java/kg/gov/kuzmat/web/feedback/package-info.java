/** The public feedback form and the administrators' inbox. */
package kg.gov.kuzmat.web.feedback;
