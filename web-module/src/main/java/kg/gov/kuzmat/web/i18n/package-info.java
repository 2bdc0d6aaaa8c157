/** The reader's language (Kyrgyz, Russian or English), chosen without an HTTP session, and translated messages. */
package kg.gov.kuzmat.web.i18n;
