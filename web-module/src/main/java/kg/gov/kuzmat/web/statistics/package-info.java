/** The statistics pages: the administrators' dashboard with its charts and export, and the public summary. */
package kg.gov.kuzmat.web.statistics;
