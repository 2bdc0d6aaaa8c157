/** The access audit: an append-only trail of who read, changed or exported personal data, and every sign-in. */
package kg.gov.kuzmat.audit;
