/** What the portal's system administrators oversee: the directory, the accounts, the whole catalogue. */
package kg.gov.kuzmat.administration;
