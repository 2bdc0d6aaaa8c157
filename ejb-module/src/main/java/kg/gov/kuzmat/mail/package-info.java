/** Mail to citizens: composed in their language, sent through the server's mail session after commit. */
package kg.gov.kuzmat.mail;
