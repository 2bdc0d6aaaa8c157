/** Sign-in and sign-out over Jakarta Security: the form mechanism, the identity store, the login page. */
package kg.gov.kuzmat.web.security;
