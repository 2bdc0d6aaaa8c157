/**
 * Accounts that sign in to the portal, their roles, password hashing and the sign-in rules
 * (lock-out after repeated failures). The web module's identity store delegates here.
 */
package kg.gov.kuzmat.security;
