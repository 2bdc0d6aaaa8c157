/** The privacy policy as published to citizens. */
package kg.gov.kuzmat.web.privacy;
