/**
 * The competitive selection: applications with their snapshots, the stages of a competition, and what
 * each candidate and HR officer sees of it.
 */
package kg.gov.kuzmat.selection;
